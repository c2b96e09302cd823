import type { CoverSets } from './cover-sets';

/** Picks of the greedy phase, in the order picked. */
export interface GreedyPicks {
  readonly chosen: number[];
  /** Marginal gain of each pick (weight it newly covers), > 0. */
  readonly gains: number[];
}

/**
 * Greedy maximal covering with lazy evaluation (CELF): each candidate sits in a max-heap keyed by
 * an upper bound of its marginal gain (its gain when last computed; coverage is submodular, so a
 * gain can only shrink as sites are added). The top is recomputed until a fresh one stays on top;
 * that one is the true best. Ties go to the lowest candidate index (the heap orders by gain, then
 * index, and a stale entry with an equal bound and a lower index is refreshed first). A float sum
 * over a subset of the same non-negative terms in the same order never exceeds the full sum, so
 * the bounds stay valid in floating point too. Stops after `k` picks or when no candidate would
 * add anything: a pick never has gain 0, so fewer than `k` may come back.
 */
export function lazyGreedy(sets: CoverSets, weight: ArrayLike<number>, k: number): GreedyPicks {
  const { candidateCount: m, start, items } = sets;
  const covered = new Uint8Array(weight.length);
  const bound = new Float64Array(m);
  const stamp = new Int32Array(m);
  const heap = new Int32Array(m);
  let size = 0;
  const gainOf = (j: number): number => {
    let g = 0;
    for (let p = start[j], end = start[j + 1]; p < end; p++) {
      if (!covered[items[p]]) g += weight[items[p]];
    }
    return g;
  };
  const before = (a: number, b: number): boolean =>
    bound[a] > bound[b] || (bound[a] === bound[b] && a < b);
  const siftDown = (at: number): void => {
    const j = heap[at];
    for (;;) {
      let c = 2 * at + 1;
      if (c >= size) break;
      if (c + 1 < size && before(heap[c + 1], heap[c])) c++;
      if (!before(heap[c], j)) break;
      heap[at] = heap[c];
      at = c;
    }
    heap[at] = j;
  };
  for (let j = 0; j < m; j++) {
    bound[j] = gainOf(j);
    if (bound[j] > 0) heap[size++] = j;
  }
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at);

  const chosen: number[] = [];
  const gains: number[] = [];
  while (chosen.length < k && size > 0) {
    const j = heap[0];
    if (stamp[j] !== chosen.length) {
      bound[j] = gainOf(j);
      stamp[j] = chosen.length;
      siftDown(0);
      continue;
    }
    if (!(bound[j] > 0)) break;
    chosen.push(j);
    gains.push(bound[j]);
    for (let p = start[j], end = start[j + 1]; p < end; p++) covered[items[p]] = 1;
    heap[0] = heap[--size];
    siftDown(0);
  }
  return { chosen, gains };
}
