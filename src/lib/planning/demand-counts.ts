/**
 * Demand points in the local frame (metres) and how many sites reach each: the residents side of
 * the what-if engine. The solver's bucket index (`bucket-index.ts`) finds the points in a disc;
 * per point a coverage count; per kelurahan the weight of the points whose count is above 0.
 */
import { buildBucketIndex, forEachWithin, type BucketIndex } from './bucket-index';

/** Demand points in local-frame metres; `owner` is the kelurahan index, or −1 for none. */
export interface DemandPoints {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Residents the point stands for (any non-negative number). */
  readonly weight: Float64Array;
  readonly owner: Int32Array;
}

/** The demand points, bucketed, with their coverage counts. */
export interface DemandCounts {
  readonly points: DemandPoints;
  /** Per point: how many sites are within the radius. */
  readonly count: Int32Array;
  /** Per kelurahan: weight of the points with `count > 0`. */
  readonly coveredWeight: Float64Array;
  /** Per kelurahan: weight of all its points. */
  readonly totalWeight: Float64Array;
  /** The points in buckets (`bucket-index.ts`, shared with the site solver). */
  readonly index: BucketIndex;
}

/**
 * Checks `points` (lengths, finite coordinates, weights ≥ 0, owners in `−1 .. featureCount − 1`)
 * and buckets a copy of them on cells of `cellM` metres. Throws `RangeError` on bad input: the arrays come
 * from outside the engine.
 */
export function createDemandCounts(
  points: DemandPoints,
  featureCount: number,
  cellM: number,
): DemandCounts {
  const { x, y, weight, owner } = points;
  const n = x.length;
  if (y.length !== n || weight.length !== n || owner.length !== n) {
    throw new RangeError('demand: x, y, weight and owner must have the same length');
  }
  const totalWeight = new Float64Array(featureCount);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) {
      throw new RangeError(`demand: point ${i} has no finite position`);
    }
    if (!(weight[i] >= 0) || !Number.isFinite(weight[i])) {
      throw new RangeError(`demand: point ${i} has a negative or non-finite weight`);
    }
    if (owner[i] < -1 || owner[i] >= featureCount) {
      throw new RangeError(
        `demand: point ${i} has owner ${owner[i]} outside −1..${featureCount - 1}`,
      );
    }
    if (owner[i] >= 0) totalWeight[owner[i]] += weight[i];
  }
  return {
    // Copies: the caller may reuse its arrays.
    points: { x: x.slice(), y: y.slice(), weight: weight.slice(), owner: owner.slice() },
    count: new Int32Array(n),
    coveredWeight: new Float64Array(featureCount),
    totalWeight,
    index: buildBucketIndex(x, y, cellM),
  };
}

/**
 * Adds `delta` (+1: a site arrives at `(cx, cy)`, −1: it leaves) to the count of every point
 * within `radiusM` metres (distance ≤ R, the same test both ways, so +1 then −1 restores every
 * count), and moves a point's weight in or out of `coveredWeight` when its count crosses 0 ↔ 1:
 * two sites over one point count its residents once.
 */
export function applyDisc(
  d: DemandCounts,
  cx: number,
  cy: number,
  radiusM: number,
  delta: 1 | -1,
): void {
  const { weight, owner } = d.points;
  // A point's weight moves when its count goes 0 → 1 (arriving) or 1 → 0 (leaving).
  const crossing = delta > 0 ? 0 : 1;
  forPointsInDisc(d, cx, cy, radiusM, (p) => {
    const before = d.count[p];
    d.count[p] = before + delta;
    if (before === crossing && owner[p] >= 0) d.coveredWeight[owner[p]] += delta * weight[p];
  });
}

/**
 * Weight of the points within `radiusM` of `(cx, cy)` that exactly one site reaches: for a
 * current site, the residents only it serves (what closing it would lose).
 */
export function soleWeight(d: DemandCounts, cx: number, cy: number, radiusM: number): number {
  let sum = 0;
  forPointsInDisc(d, cx, cy, radiusM, (p) => {
    if (d.count[p] === 1 && d.points.owner[p] >= 0) sum += d.points.weight[p];
  });
  return sum;
}

/**
 * Sets every count from scratch for sites at `(xs[i], ys[i])`, then each covered weight as one sum
 * in point order (the reference an incremental state is checked against).
 */
export function recountDemand(
  d: DemandCounts,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  n: number,
  radiusM: number,
): void {
  const { count } = d;
  count.fill(0);
  for (let i = 0; i < n; i++) forPointsInDisc(d, xs[i], ys[i], radiusM, (p) => count[p]++);
  const { weight, owner } = d.points;
  d.coveredWeight.fill(0);
  for (let p = 0; p < count.length; p++) {
    if (count[p] > 0 && owner[p] >= 0) d.coveredWeight[owner[p]] += weight[p];
  }
}

/** Calls `fn` for every point at distance ≤ `radiusM` from `(cx, cy)`. */
function forPointsInDisc(
  d: DemandCounts,
  cx: number,
  cy: number,
  radiusM: number,
  fn: (point: number) => void,
): void {
  forEachWithin(d.index, cx, cy, radiusM, (p) => {
    fn(p);
  });
}
