import type { FieldIndex } from './row-checker';
import type { Table } from './table';
import type { Bbox, ImportMessage } from './types';
import { isBlank, parseCoordinate } from './values';
import { crsDefinition, looksLikeMetres, parseCrsName } from './projection';
import type { Projector } from './projector';

/** How a file's coordinates become WGS84 degrees. */
export interface PointFrame {
  /** Converts a row's `[x, y]` when it is in metres; degrees pass through unchanged. */
  toDegrees?: (x: number, y: number) => [lng: number, lat: number];
  messages: ImportMessage[];
  /** The coordinates cannot be read at all: nothing may be written. */
  fatal: boolean;
}

/** Rows sampled to decide whether a file is in metres (spread over the whole file). */
const SAMPLE_ROWS = 200;

function samplePairs(table: Table, index: FieldIndex): [number, number][] {
  const pairs: [number, number][] = [];
  const n = table.rows.length;
  const step = Math.max(1, Math.floor(n / SAMPLE_ROWS));
  for (let i = 0; i < n; i += step) {
    const row = table.rows[i];
    if (row.point) {
      pairs.push(row.point);
      continue;
    }
    if (index.lng === undefined || index.lat === undefined) continue;
    const [x, y] = [row.cells[index.lng], row.cells[index.lat]];
    if (isBlank(x) || isBlank(y)) continue;
    const [px, py] = [parseCoordinate(x), parseCoordinate(y)];
    if (px !== null && py !== null) pairs.push([px.value, py.value]);
  }
  return pairs;
}

function converter(project: Projector): PointFrame['toDegrees'] {
  // Degrees in a projected file (a row typed by hand) are left as they are.
  return (x, y) => (Math.abs(x) > 180 || Math.abs(y) > 90 ? (project(x, y) ?? [x, y]) : [x, y]);
}

/**
 * Decides the file's coordinate frame. A CRS the file names (a GeoJSON `crs` member) is used as
 * named; without one, coordinates that are mostly metres are read in the single Indonesian UTM
 * or DGN95 TM-3 zone that places most of them in the city, with a warning that names it (Kota
 * Kediri lies in UTM 49S and TM-3 49.2). A CRS we cannot convert, or metres no zone places in the
 * city, is a file error: guessing further could put every point in the wrong place.
 */
export async function resolvePointFrame(
  table: Table,
  index: FieldIndex,
  cityBbox: Bbox,
  crsText: string | undefined,
): Promise<PointFrame> {
  if (crsText !== undefined) {
    const crs = parseCrsName(crsText);
    if (crs.kind === 'wgs84') return { messages: [], fatal: false };
    const project =
      crs.kind === 'epsg' && crsDefinition(crs.epsg) !== null
        ? (await import('./projector')).projectorFor(crs.epsg)
        : null;
    if (crs.kind === 'unknown' || project === null)
      return {
        messages: [{ code: 'crs_unsupported', severity: 'error', params: { crs: crsText } }],
        fatal: true,
      };
    const name = crsDefinition(crs.epsg)?.name ?? crsText;
    return {
      toDegrees: converter(project),
      messages: [{ code: 'crs_reprojected', severity: 'info', params: { crs: name } }],
      fatal: false,
    };
  }
  const pairs = samplePairs(table, index);
  const metres = pairs.filter(([x, y]) => looksLikeMetres(x, y));
  if (metres.length === 0 || metres.length * 2 <= pairs.length)
    return { messages: [], fatal: false };
  const inCity = (lng: number, lat: number) =>
    lng >= cityBbox.minLng &&
    lng <= cityBbox.maxLng &&
    lat >= cityBbox.minLat &&
    lat <= cityBbox.maxLat;
  const { guessUtmZone, projectorFor } = await import('./projector');
  const epsg = guessUtmZone(metres, inCity);
  const project = epsg === null ? null : projectorFor(epsg);
  if (epsg === null || project === null)
    return { messages: [{ code: 'projected_not_in_city', severity: 'error' }], fatal: true };
  const name = crsDefinition(epsg)?.name ?? `EPSG:${epsg}`;
  return {
    toDegrees: converter(project),
    messages: [{ code: 'utm_zone_guessed', severity: 'warning', params: { crs: name } }],
    fatal: false,
  };
}
