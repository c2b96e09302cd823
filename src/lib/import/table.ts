import type { Cell } from './values';
import type { ImportMessage } from './types';

/** One data row of a parsed file. */
export interface TableRow {
  /** Row number as in the file: header = row 1 (GeoJSON: feature index + 1). */
  row: number;
  cells: Cell[];
  /** Problems the reader found in this row (broken quotes, field count, geometry). */
  messages?: ImportMessage[];
  /** GeoJSON only: the feature's point `[lng, lat]`, preferred over lat/lng columns. */
  point?: [lng: number, lat: number] | null;
}

/** What every reader (CSV, XLSX, GeoJSON) produces. */
export interface Table {
  headers: string[];
  rows: TableRow[];
  fileMessages: ImportMessage[];
  /** A file-level error was found: nothing may be written. */
  fatal: boolean;
  /** GeoJSON only: the CRS its `crs` member names (`urn:ogc:def:crs:EPSG::32749`), if any. */
  crs?: string;
}
