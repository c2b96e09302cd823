// A UMD bundle: Node's ESM loader sees only a default export, so no named import here.
import geographiclib from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf } from './winding.ts';

const WGS84 = geographiclib.Geodesic.WGS84;

/**
 * Ellipsoidal (WGS84, geodesic edges) area of one closed `[lng, lat]` ring in m², unsigned.
 * Uses GeographicLib (Karney 2013), accurate to well under 1 m² at city scale.
 */
export function ringAreaM2(ring: Position[]): number {
  const poly = WGS84.Polygon(false);
  // The closing position repeats the first; GeographicLib closes the ring itself.
  for (let i = 0; i + 1 < ring.length; i++) poly.AddPoint(ring[i][1], ring[i][0]);
  // sign=true: a clockwise ring gives a negative area instead of "the rest of the Earth".
  const { area } = poly.Compute(false, true);
  return Math.abs(area ?? 0);
}

/** Ellipsoidal area of a (Multi)Polygon in m²: outer rings minus holes. */
export function geodesicAreaM2(geometry: Polygon | MultiPolygon): number {
  let total = 0;
  for (const rings of polygonsOf(geometry)) {
    rings.forEach((ring, i) => {
      total += i === 0 ? ringAreaM2(ring) : -ringAreaM2(ring);
    });
  }
  return total;
}

/** Area in km², rounded to 4 decimals (100 m², below the accuracy of the source boundaries). */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return Math.round(geodesicAreaM2(geometry) / 100) / 1e4;
}
