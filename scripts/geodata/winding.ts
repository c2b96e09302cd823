import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Twice the signed planar (shoelace) area of a closed ring in its own coordinate units.
 * Positive means counter-clockwise when x is east and y is north (`[lng, lat]`). A city-sized
 * ring is far too small for the lng/lat plane to flip its orientation, so this is exact enough
 * for deciding winding.
 */
export function ringSignedArea2(ring: Position[]): number {
  let sum = 0;
  // Relative to the first vertex: keeps products small, so the sign is right even for rings a
  // few metres across at lng 112.
  const [x0, y0] = ring[0];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    sum += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  }
  return sum;
}

/** True when a closed `[lng, lat]` ring runs counter-clockwise. */
export function isCounterClockwise(ring: Position[]): boolean {
  return ringSignedArea2(ring) > 0;
}

function oriented(ring: Position[], wantCcw: boolean): Position[] {
  return isCounterClockwise(ring) === wantCcw ? ring : [...ring].reverse();
}

/** Polygon rings with RFC 7946 winding: outer ring counter-clockwise, holes clockwise. */
function rewindPolygonRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => oriented(ring, i === 0));
}

/** Copy of a (Multi)Polygon with RFC 7946 winding (§3.1.6). Input is not modified. */
export function rewindRfc7946<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindPolygonRings(geometry.coordinates) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygonRings) };
}

/** Every polygon's rings of a (Multi)Polygon, as a list of polygons. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
