import { toX, toY } from '../geo/local-frame';
import { buildBucketIndex, forEachWithin } from './bucket-index';
import type { DemandGrid, DemandPoints } from './demand-grid';

/** Residents within reach of a set of sites. */
export interface DemandCoverage {
  /** Covered weight per kelurahan (city order). */
  readonly perKelurahan: Float64Array;
  /** Covered weight of the whole city (every kelurahan, not the points outside). */
  readonly city: number;
  /** Covered weight of demand points outside every kelurahan. */
  readonly outside: number;
  /** 1 per demand point within reach of at least one site. */
  readonly covered: Uint8Array;
}

/**
 * Marks the demand points within `radiusM` metres of at least one site. Sites are in the same
 * frame as the demand (`siteX`, `siteY` in metres); a point exactly `radiusM` away is covered.
 * Each point asks a bucket index of the sites (buckets of side R, so at most 3×3 buckets) and
 * stops at the first site in reach: O(points · sites per R² area) at worst.
 */
export function markCovered(
  demand: DemandPoints,
  siteX: ArrayLike<number>,
  siteY: ArrayLike<number>,
  radiusM: number,
): Uint8Array {
  const covered = new Uint8Array(demand.count);
  if (siteX.length === 0 || !(radiusM >= 0)) return covered;
  const index = buildBucketIndex(siteX, siteY, Math.max(radiusM, 1));
  const hit = () => true;
  for (let i = 0; i < demand.count; i++) {
    if (forEachWithin(index, demand.x[i], demand.y[i], radiusM, hit)) covered[i] = 1;
  }
  return covered;
}

/**
 * Residents within `radiusM` metres of `sitesLngLat` (interleaved `[lng, lat, …]` degrees,
 * projected into the demand's frame) per kelurahan and for the city. A demand point counts
 * whole when its centre is within reach: cells cut by a disc's outline count wholly or not at
 * all, a sampling error of about one cell along the outline (area shares come from the exact
 * sweep in `coverage/`, not from here).
 */
export function residentsWithin(
  demand: DemandGrid,
  sitesLngLat: ArrayLike<number>,
  radiusM: number,
): DemandCoverage {
  const n = sitesLngLat.length >> 1;
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    sx[s] = toX(demand.frame, sitesLngLat[2 * s]);
    sy[s] = toY(demand.frame, sitesLngLat[2 * s + 1]);
  }
  const covered = markCovered(demand, sx, sy, radiusM);
  const perKelurahan = new Float64Array(demand.perKelurahan.length);
  let city = 0;
  let outside = 0;
  for (let i = 0; i < demand.count; i++) {
    if (!covered[i]) continue;
    const k = demand.owner[i];
    if (k >= 0) {
      perKelurahan[k] += demand.weight[i];
      city += demand.weight[i];
    } else outside += demand.weight[i];
  }
  return { perKelurahan, city, outside, covered };
}
