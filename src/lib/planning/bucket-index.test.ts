import { describe, expect, it } from 'vitest';
import { buildBucketIndex, forEachWithin } from './bucket-index';

/** mulberry32: deterministic pseudo-random numbers in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function within(index: ReturnType<typeof buildBucketIndex>, x: number, y: number, r: number) {
  const out: number[] = [];
  forEachWithin(index, x, y, r, (id) => {
    out.push(id);
  });
  return out.sort((a, b) => a - b);
}

describe('bucket index', () => {
  it('finds exactly the points a brute-force distance test finds', () => {
    const rand = seeded(3);
    const n = 2000;
    const x = Float64Array.from({ length: n }, () => rand() * 3000 - 1500);
    const y = Float64Array.from({ length: n }, () => rand() * 2000);
    for (const cellM of [37, 250, 5000]) {
      const index = buildBucketIndex(x, y, cellM);
      for (let q = 0; q < 50; q++) {
        const [qx, qy, r] = [rand() * 4000 - 2000, rand() * 2600 - 300, rand() * 400];
        const brute: number[] = [];
        for (let i = 0; i < n; i++) if ((x[i] - qx) ** 2 + (y[i] - qy) ** 2 <= r * r) brute.push(i);
        expect(within(index, qx, qy, r)).toEqual(brute);
      }
    }
  });

  it('counts a point exactly R away (3-4-5 triangle) and skips non-finite points', () => {
    // (3, 4) is exactly 5 m from the origin: 3² + 4² = 5², exact in floating point.
    const index = buildBucketIndex([3, 0, NaN, 3.0001], [4, 0, 1, 4], 2);
    expect(within(index, 0, 0, 5)).toEqual([0, 1]);
    expect(within(index, 0, 0, 4.9999)).toEqual([1]);
  });

  it('stops early when the visitor returns true', () => {
    const index = buildBucketIndex([0, 1, 2], [0, 0, 0], 10);
    let seen = 0;
    expect(forEachWithin(index, 0, 0, 10, () => ++seen === 2)).toBe(true);
    expect(seen).toBe(2);
    expect(forEachWithin(index, 100, 100, 1, () => true)).toBe(false);
  });
});
