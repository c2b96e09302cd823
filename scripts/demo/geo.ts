import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { KelurahanFeature, LngLat } from '../../src/lib/model/kelurahan.ts';
import type { Rng } from './prng.ts';

/** Demo coordinates keep 5 decimals (~1.1 m): plenty for a map, and short in JSON. */
const COORD_DECIMALS = 5;
const SCALE = 10 ** COORD_DECIMALS;
const round = (v: number): number => Math.round(v * SCALE) / SCALE;

/** Strictly inside (not on the edge): a point on a shared edge belongs to no kelurahan clearly. */
export function inside(f: KelurahanFeature, p: LngLat): boolean {
  return booleanPointInPolygon(p, f, { ignoreBoundary: true });
}

function bboxOf(f: KelurahanFeature): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys)
    for (const [x, y] of poly[0]) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return [w, s, e, n];
}

/** A uniformly random point inside the kelurahan, rounded, and still inside after rounding. */
function randomPointIn(f: KelurahanFeature, rng: Rng): LngLat {
  const [w, s, e, n] = bboxOf(f);
  for (let i = 0; i < 10_000; i++) {
    const p: LngLat = [round(rng.range(w, e)), round(rng.range(s, n))];
    if (inside(f, p)) return p;
  }
  throw new Error(`no random point found in ${f.properties.kode}`);
}

const M_PER_DEG_LAT = 111_320;

/**
 * A point within `radiusM` of `center` (uniform over the disc) that lies inside the kelurahan;
 * near an edge, retries, then falls back to a uniform point in the kelurahan.
 */
export function pointNear(f: KelurahanFeature, center: LngLat, radiusM: number, rng: Rng): LngLat {
  const mPerDegLng = M_PER_DEG_LAT * Math.cos((center[1] * Math.PI) / 180);
  for (let i = 0; i < 60; i++) {
    const r = radiusM * Math.sqrt(rng.next());
    const a = rng.range(0, 2 * Math.PI);
    const p: LngLat = [
      round(center[0] + (r * Math.cos(a)) / mPerDegLng),
      round(center[1] + (r * Math.sin(a)) / M_PER_DEG_LAT),
    ];
    if (inside(f, p)) return p;
  }
  return randomPointIn(f, rng);
}

/** Approximate distance in metres (equirectangular; fine within a 10 km city). */
export function distanceM(a: LngLat, b: LngLat): number {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const dx = (a[0] - b[0]) * M_PER_DEG_LAT * Math.cos(lat);
  const dy = (a[1] - b[1]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/**
 * `count` well-spread points inside the kelurahan (Mitchell's best candidate): each new point is
 * the farthest from the chosen ones of a few random candidates, so RW centres do not bunch up.
 */
export function spreadPoints(f: KelurahanFeature, count: number, rng: Rng): LngLat[] {
  const out: LngLat[] = [];
  for (let k = 0; k < count; k++) {
    let best: LngLat | undefined;
    let bestD = -1;
    for (let c = 0; c < 8; c++) {
      const p = randomPointIn(f, rng);
      const d = out.length === 0 ? 0 : Math.min(...out.map((q) => distanceM(p, q)));
      if (d > bestD) {
        best = p;
        bestD = d;
      }
    }
    out.push(best as LngLat);
  }
  return out;
}
