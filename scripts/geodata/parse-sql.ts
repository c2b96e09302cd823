import type { MultiPolygon, Polygon, Position } from 'geojson';

/** One kelurahan row of the `wilayah_boundaries` SQL dump, geometry already in GeoJSON order. */
export interface SourceRow {
  /** Kemendagri code `35.71.KK.1NNN`. */
  kode: string;
  nama: string;
  /** The dump's own centroid column, `[lng, lat]` degrees (not always inside the polygon). */
  centroid: [number, number];
  /** `[lng, lat]` degrees, winding exactly as stored (not yet RFC 7946). */
  geometry: Polygon | MultiPolygon;
}

// One VALUES tuple: ('kode','nama',lat,lng,'path'). Names in this dump hold no quotes, but
// SQL-escaped quotes ('') are accepted so a future upstream name like "Ngadi'rejo" still parses.
const ROW_RE =
  /\(\s*'([^']*)'\s*,\s*'((?:[^']|'')*)'\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*'(\[[^']*\])'\s*\)/g;

/** Nesting depth of a JSON array: a position `[a, b]` is 1, a ring 2, a polygon 3. */
function depth(value: unknown): number {
  let d = 0;
  let v = value;
  while (Array.isArray(v)) {
    d += 1;
    v = v[0];
  }
  return d;
}

/** Swap one `[lat, lng]` source position to GeoJSON `[lng, lat]`, rejecting anything else. */
function toLngLat(p: unknown, kode: string): Position {
  if (
    !Array.isArray(p) ||
    p.length !== 2 ||
    !p.every((n) => typeof n === 'number' && isFinite(n))
  ) {
    throw new Error(`${kode}: bad position ${JSON.stringify(p)}`);
  }
  const [lat, lng] = p as [number, number];
  return [lng, lat];
}

function toRings(rings: unknown, kode: string): Position[][] {
  if (!Array.isArray(rings)) throw new Error(`${kode}: polygon is not an array`);
  return rings.map((ring: unknown) => {
    if (!Array.isArray(ring)) throw new Error(`${kode}: ring is not an array`);
    return ring.map((p: unknown) => toLngLat(p, kode));
  });
}

/**
 * Parse the `path` column: JSON in `[lat, lng]` order; 3 levels of nesting is a Polygon,
 * 4 levels a MultiPolygon. Returns GeoJSON geometry in `[lng, lat]` order.
 */
export function parsePath(pathJson: string, kode = '?'): Polygon | MultiPolygon {
  const raw: unknown = JSON.parse(pathJson);
  const d = depth(raw);
  if (d === 3) return { type: 'Polygon', coordinates: toRings(raw, kode) };
  if (d === 4 && Array.isArray(raw)) {
    return { type: 'MultiPolygon', coordinates: raw.map((poly: unknown) => toRings(poly, kode)) };
  }
  throw new Error(`${kode}: path nesting depth ${d}, expected 3 (Polygon) or 4 (MultiPolygon)`);
}

/**
 * Parse every `INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES (...)` tuple of a
 * SQL dump. Rows come back in file order; duplicate codes are an error.
 */
export function parseWilayahSql(sql: string): SourceRow[] {
  const rows: SourceRow[] = [];
  const seen = new Set<string>();
  for (const m of sql.matchAll(ROW_RE)) {
    const [, kode, namaSql, lat, lng, path] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (seen.has(kode)) throw new Error(`duplicate kode ${kode}`);
    seen.add(kode);
    rows.push({
      kode,
      nama: namaSql.replaceAll("''", "'"),
      centroid: [Number(lng), Number(lat)],
      geometry: parsePath(path, kode),
    });
  }
  return rows;
}
