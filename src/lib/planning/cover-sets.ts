import { buildBucketIndex, forEachWithin } from './bucket-index';
import type { DemandPoints } from './demand-grid';

/**
 * Which demand points each candidate site reaches, as CSR typed arrays: candidate `j` covers
 * `items[start[j]] … items[start[j + 1] − 1]` (demand point indexes).
 */
export interface CoverSets {
  readonly candidateCount: number;
  /** Offsets per candidate, length candidateCount + 1. */
  readonly start: Uint32Array;
  /** Demand point indexes, candidate after candidate. */
  readonly items: Uint32Array;
}

/**
 * Cover sets of candidates `(candX[j], candY[j])` (metres, the demand's frame) at `radiusM`
 * metres: demand within distance ≤ R. Demand with weight 0 and demand flagged in `skip` (e.g.
 * already covered by existing sites) is left out, so it can never add to a gain. Two candidates at
 * the same place get the same list in the same order, hence bit-identical gains.
 */
export function buildCoverSets(
  demand: DemandPoints,
  candX: ArrayLike<number>,
  candY: ArrayLike<number>,
  radiusM: number,
  skip?: Uint8Array,
): CoverSets {
  const m = candX.length;
  const start = new Uint32Array(m + 1);
  // Buckets of R/2: a query reads ~(2R + R/2)² of buckets against a πR² disc, few wasted points.
  const index = buildBucketIndex(demand.x, demand.y, Math.max(radiusM / 2, 1));
  let items = new Uint32Array(Math.max(1024, 4 * m));
  let n = 0;
  const push = (id: number): void => {
    if (demand.weight[id] === 0 || (skip && skip[id])) return;
    if (n === items.length) {
      const grown = new Uint32Array(items.length * 2);
      grown.set(items);
      items = grown;
    }
    items[n++] = id;
  };
  for (let j = 0; j < m; j++) {
    if (radiusM >= 0) forEachWithin(index, candX[j], candY[j], radiusM, push);
    start[j + 1] = n;
  }
  return { candidateCount: m, start, items: items.slice(0, n) };
}
