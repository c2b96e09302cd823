/**
 * A scenario as files a planner can hand on: CSV (one row per site change, opens in Excel) and
 * GeoJSON (opens in QGIS, and imports back as a site list). Names are user text: CSV cells are
 * guarded against formula injection as every export is (export/csv.ts).
 */
import { csvCell } from '../export/csv';
import type { Scenario } from './scenario';

/** A real site the scenario closes, as the app knows it. */
export interface ClosedSite {
  id: string;
  name: string;
  lng: number | null;
  lat: number | null;
}

const CSV_HEADER = [
  'scenario',
  'programme',
  'radius_m',
  'change',
  'site_id',
  'name',
  'lng',
  'lat',
  'origin',
];

/** RFC 4180 CSV with a UTF-8 BOM, `change` = `added` | `removed`. */
export function scenarioCsv(s: Scenario, closed: readonly ClosedSite[]): string {
  const row = (cells: (string | number | null)[]) =>
    // Numbers are not guarded: a negative latitude is not a formula.
    cells
      .map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : csvCell(c, ',', true)))
      .join(',');
  const lines = [CSV_HEADER.join(',')];
  for (const a of s.added)
    lines.push(row([s.name, s.target, s.radiusM, 'added', a.id, '', a.lng, a.lat, a.origin]));
  for (const c of closed)
    lines.push(row([s.name, s.target, s.radiusM, 'removed', c.id, c.name, c.lng, c.lat, '']));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A FeatureCollection of the scenario's sites; closed sites without a location are left out. */
export function scenarioGeoJson(s: Scenario, closed: readonly ClosedSite[]): string {
  const feature = (lng: number, lat: number, properties: Record<string, string | number>) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lng, lat] },
    properties: { scenario: s.name, programme: s.target, radius_m: s.radiusM, ...properties },
  });
  const features = [
    ...s.added.map((a) =>
      feature(a.lng, a.lat, { change: 'added', site_id: a.id, origin: a.origin }),
    ),
    ...closed
      .filter((c) => c.lng !== null && c.lat !== null)
      .map((c) => feature(c.lng!, c.lat!, { change: 'removed', site_id: c.id, name: c.name })),
  ];
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}
