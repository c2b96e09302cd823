import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { LngLat } from '../../src/lib/model/kelurahan.ts';
import { geodesicAreaM2 } from './area.ts';
import { polygonsOf } from './winding.ts';

const WGS84_A_M = 6378137;
const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const DEG = Math.PI / 180;

/**
 * Metres per degree of longitude and latitude at latitude `latDeg` on the WGS84 ellipsoid
 * (prime-vertical and meridional radii of curvature). Over a kelurahan (< 3 km) the error of this
 * local scaling is far below a metre, so distances in the scaled frame are true to scale.
 */
export function metresPerDegree(latDeg: number): { mPerDegLng: number; mPerDegLat: number } {
  const s = Math.sin(latDeg * DEG);
  const w = Math.sqrt(1 - E2 * s * s);
  const n = WGS84_A_M / w;
  const m = (WGS84_A_M * (1 - E2)) / (w * w * w);
  return { mPerDegLng: n * Math.cos(latDeg * DEG) * DEG, mPerDegLat: m * DEG };
}

/** The largest part of a (Multi)Polygon by ellipsoidal area, as polygon rings. */
function largestPart(geometry: Polygon | MultiPolygon): Position[][] {
  let best: Position[][] = [];
  let bestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const a = geodesicAreaM2({ type: 'Polygon', coordinates: rings });
    if (a > bestArea) [best, bestArea] = [rings, a];
  }
  return best;
}

/**
 * Label point `[lng, lat]` of a (Multi)Polygon: the pole of inaccessibility (the interior point
 * farthest from every edge) of its largest part, found by polylabel to `precisionM` metres in a
 * local metric frame. Polylabel on raw degrees would stretch east-west distances by 1/cos(lat).
 * The point is rounded to `decimals` and must still lie strictly inside the whole geometry.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precisionM = 1, decimals = 6): LngLat {
  const rings = largestPart(geometry);
  const [lng0, lat0] = rings[0][0];
  const { mPerDegLng, mPerDegLat } = metresPerDegree(lat0);
  const metric = rings.map((ring) =>
    ring.map((p): [number, number] => [(p[0] - lng0) * mPerDegLng, (p[1] - lat0) * mPerDegLat]),
  );
  const [x, y] = polylabel(metric, precisionM);
  const f = 10 ** decimals;
  const label: LngLat = [
    Math.round((lng0 + x / mPerDegLng) * f) / f,
    Math.round((lat0 + y / mPerDegLat) * f) / f,
  ];
  if (!booleanPointInPolygon(label, geometry, { ignoreBoundary: true })) {
    throw new Error(`label ${label.join(',')} is not inside its polygon`);
  }
  return label;
}
