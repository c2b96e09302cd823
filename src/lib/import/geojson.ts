import type { ImportMessage } from './types';
import type { Table, TableRow } from './table';
import type { Cell } from './values';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const invalid = (detail: string): Table => ({
  headers: [],
  rows: [],
  fileMessages: [{ code: 'geojson_invalid', severity: 'error', params: { detail } }],
  fatal: true,
});

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature): properties become columns, a Point
 * geometry becomes the row's location. Rows are numbered feature index + 1.
 */
export function readGeoJson(text: string): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return invalid(e instanceof Error ? e.message : 'not JSON');
  }
  let features: unknown[];
  if (isObject(data) && data.type === 'FeatureCollection' && Array.isArray(data.features))
    features = data.features;
  else if (isObject(data) && data.type === 'Feature') features = [data];
  else return invalid('expected a FeatureCollection');
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    if (
      !isObject(f) ||
      !(f.properties === null || f.properties === undefined || isObject(f.properties))
    )
      continue;
    for (const key of Object.keys(f.properties ?? {}))
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
  }
  const rows: TableRow[] = features.map((f, i) => {
    const messages: ImportMessage[] = [];
    if (!isObject(f) || f.type !== 'Feature') {
      messages.push({
        code: 'geojson_invalid',
        severity: 'error',
        params: { detail: 'not a Feature' },
      });
      return { row: i + 1, cells: headers.map(() => null), messages };
    }
    const props = isObject(f.properties) ? f.properties : {};
    const cells = headers.map((h) => toCell(props[h]));
    return {
      row: i + 1,
      cells,
      point: pointOf(f.geometry, messages),
      messages: messages.length ? messages : undefined,
    };
  });
  const crs = isObject(data) ? crsOf(data.crs) : undefined;
  return { headers, rows, fileMessages: [], fatal: false, ...(crs === undefined ? {} : { crs }) };
}

/**
 * The CRS a (2008-style) GeoJSON `crs` member names: `{"type": "name", "properties": {"name":
 * "urn:ogc:def:crs:EPSG::32749"}}`, or the older `{"type": "EPSG", "properties": {"code": 32749}}`.
 * RFC 7946 dropped the member (WGS84 always), but GIS exports in metres still write it.
 */
function crsOf(crs: unknown): string | undefined {
  if (!isObject(crs) || !isObject(crs.properties)) return undefined;
  const { name, code } = crs.properties;
  if (typeof name === 'string' && name.trim() !== '') return name.trim();
  if (typeof code === 'number' || (typeof code === 'string' && code.trim() !== ''))
    return `EPSG:${String(code).trim()}`;
  return undefined;
}

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Nested values are kept as their JSON text, never interpreted.
  return JSON.stringify(v);
}

function pointOf(geometry: unknown, messages: ImportMessage[]): [number, number] | null {
  if (geometry === null || geometry === undefined) return null;
  if (!isObject(geometry)) {
    messages.push({ code: 'geojson_invalid', severity: 'error', params: { detail: 'geometry' } });
    return null;
  }
  const c = geometry.coordinates;
  if (
    geometry.type === 'Point' &&
    Array.isArray(c) &&
    typeof c[0] === 'number' &&
    typeof c[1] === 'number'
  )
    return [c[0], c[1]];
  if (geometry.type === 'Point') {
    messages.push({
      code: 'geojson_invalid',
      severity: 'error',
      params: { detail: 'Point coordinates' },
    });
    return null;
  }
  messages.push({
    code: 'geometry_not_point',
    severity: 'warning',
    params: { type: String(geometry.type) },
  });
  return null;
}
