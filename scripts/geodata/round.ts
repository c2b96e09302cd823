import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Decimal places kept in the output: 7 decimals of a degree is ~1.1 cm at Kediri, well below
 * the source's own accuracy, while keeping the files small.
 */
export const COORD_DECIMALS = 7;

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/**
 * Round a ring's `[lng, lat]` positions and drop consecutive duplicates that rounding creates.
 * Rounding is a pure function of the value, so a vertex shared by two neighbours rounds to
 * the same position on both sides and the partition stays topological.
 */
export function roundRing(ring: Position[], decimals = COORD_DECIMALS): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [roundTo(p[0], decimals), roundTo(p[1], decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Copy of a (Multi)Polygon with rounded coordinates (see {@link roundRing}). */
export function roundGeometry<G extends Polygon | MultiPolygon>(
  geometry: G,
  decimals = COORD_DECIMALS,
): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((r) => roundRing(r, decimals)) };
  }
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((rings) => rings.map((r) => roundRing(r, decimals))),
  };
}
