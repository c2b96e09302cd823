import { describe, expect, it } from 'vitest';
import type { DemandPoints } from './demand-grid';
import { solveMclp } from './mclp';

/** Demand on the x axis: `[x metres, weight]` pairs. */
function line(points: [number, number][]): DemandPoints {
  return {
    count: points.length,
    x: Float64Array.from(points, (p) => p[0]),
    y: new Float64Array(points.length),
    weight: Float64Array.from(points, (p) => p[1]),
  };
}

const onLine = (xs: number[]) => ({ candidateX: xs, candidateY: xs.map(() => 0) });

describe('solveMclp on hand-worked instances', () => {
  it('never picks a site in an empty area (gain 0), so fewer than k may come back', () => {
    // Residents at x = 0 (4) and x = 30 (6); candidate 0 is 5 km away, candidate 1 at x = 10
    // reaches both at R = 50 m. Greedy: candidate 1 gains 10, then candidate 0 gains 0 → stop.
    const demand = line([
      [0, 4],
      [30, 6],
    ]);
    const r = solveMclp({ demand, ...onLine([5000, 10]), radiusM: 50, k: 2 });
    expect(r.chosen).toEqual([1]);
    expect(r.gains).toEqual([10]);
    expect([r.covered, r.total]).toEqual([10, 10]);
    const empty = solveMclp({ demand, ...onLine([5000]), radiusM: 50, k: 1 });
    expect(empty.chosen).toEqual([]);
    expect([empty.covered, empty.curve.length]).toEqual([0, 0]);
  });

  it('never picks two identical candidates', () => {
    // 10 residents at x = 0, 5 at x = 1000. Candidates 0 and 1 both at x = 0, candidate 2 at
    // x = 1000; R = 100 m. Greedy: 0 (gain 10; 1 ties and loses on index), then 1 gains 0 and
    // 2 gains 5 → 2, then 1 still gains 0 → stop with two sites although k = 3.
    const demand = line([
      [0, 10],
      [1000, 5],
    ]);
    const r = solveMclp({ demand, ...onLine([0, 0, 1000]), radiusM: 100, k: 3 });
    expect(r.chosen).toEqual([0, 2]);
    expect(r.gains).toEqual([10, 5]);
    expect(r.curve).toEqual([10, 15]);
  });

  // A(x=0, 2) B(100, 3) C(200, 3) D(300, 2), R = 60 m. Candidate 0 at x = 150 reaches B, C (6);
  // candidate 1 at x = 50 reaches A, B (5); candidate 2 at x = 250 reaches C, D (5).
  // All pairs: {0,1} = 8, {0,2} = 8, {1,2} = 10, so the optimum is {1, 2} = 10.
  const abcd = line([
    [0, 2],
    [100, 3],
    [200, 3],
    [300, 2],
  ]);
  const cands = onLine([150, 50, 250]);

  it('greedy alone is not optimal here: its first pick blocks the optimal pair', () => {
    // Greedy: 0 (6); then 1 and 2 both add 2 → 1 (lowest index): {0, 1} = 8.
    const r = solveMclp({ demand: abcd, ...cands, radiusM: 60, k: 2, maxSwapIterations: 0 });
    expect(r.chosen).toEqual([0, 1]);
    expect(r.curve).toEqual([6, 8]);
    expect(r.swapped).toBe(false);
  });

  it('the swap step reaches the optimum and re-orders the final set greedily', () => {
    // Swap 0 → 2: candidate 2 newly reaches D (2) and C, which only 0 reached (3); 0 alone
    // reached C (3): +2 → {1, 2} = 10. Re-ordered: 1 and 2 each add 5, tie → 1 first.
    const r = solveMclp({ demand: abcd, ...cands, radiusM: 60, k: 2 });
    expect(r.greedyChosen).toEqual([0, 1]);
    expect(r.greedyCurve).toEqual([6, 8]);
    expect(r.chosen).toEqual([1, 2]);
    expect(r.gains).toEqual([5, 5]);
    expect(r.curve).toEqual([5, 10]);
    expect([r.covered, r.total, r.swaps, r.swapped]).toEqual([10, 10, 1, true]);
  });

  it('existing sites reduce gains: what they reach counts as covered already', () => {
    // An existing site at x = 50 reaches A, B (5). Gains: candidate 0 → C = 3, candidate 1 → 0,
    // candidate 2 → C + D = 5. Greedy: 2; then 0 adds 0 (C taken), 1 adds 0 → stop.
    const r = solveMclp({
      demand: abcd,
      ...cands,
      existingX: [50],
      existingY: [0],
      radiusM: 60,
      k: 2,
    });
    expect(r.chosen).toEqual([2]);
    expect(r.gains).toEqual([5]);
    expect([r.coveredByExisting, r.covered, r.total]).toEqual([5, 10, 10]);
  });

  it('leaves a 1-swap local optimum when two swaps are needed', () => {
    // L2(x=0, 6) L1(100, 10) R1(200, 10) R2(300, 6), X(1000, 11); R = 60 m. Candidates:
    // 0 at 150 → L1 + R1 = 20; 1 at 1000 → X = 11; 2 at 50 → L2 + L1 = 16; 3 at 250 → R1 + R2 = 16.
    // Greedy: 0 (20), then 1 adds 11, 2 and 3 add 6 → {0, 1} = 31. Its 1-swaps: {2,1} = 27,
    // {3,1} = 27, {0,2} = 26, {0,3} = 26, all worse; the optimum {2, 3} = 32 is two swaps away.
    // The tabu continuation takes the least bad swap 0 → 2 (27), then 1 → 3 (32).
    const demand = line([
      [0, 6],
      [100, 10],
      [200, 10],
      [300, 6],
      [1000, 11],
    ]);
    const r = solveMclp({ demand, ...onLine([150, 1000, 50, 250]), radiusM: 60, k: 2 });
    expect(r.greedyChosen).toEqual([0, 1]);
    expect(r.greedyCurve).toEqual([20, 31]);
    expect(r.chosen).toEqual([2, 3]);
    expect(r.covered).toBe(32);
    // With one iteration the search makes the losing swap and keeps the best set seen: greedy's.
    const one = solveMclp({
      demand,
      ...onLine([150, 1000, 50, 250]),
      radiusM: 60,
      k: 2,
      maxSwapIterations: 1,
    });
    expect(one.chosen).toEqual([0, 1]);
    expect(one.covered).toBe(31);
  });

  it('drops a site that later picks make idle, and re-orders the rest', () => {
    // R = 10 m, weight 1 each: p1 (−8, 0), p2 (6, 3), p3 (6, −3), p4 (−20, 0), p5 (16, 0).
    // Candidate 0 at (0, 0) reaches p1, p2, p3 (distances 8, 6.7, 6.7); candidate 1 at (−14, 0)
    // reaches p1, p4 (6, 6); candidate 2 at (10, 0) reaches p2, p3, p5 (5, 5, 6).
    // Greedy k = 3: 0 (3; ties 2, lower index), then 1 and 2 each add 1 → 1, then 2 adds 1.
    // Now 1 and 2 cover all that 0 reaches: 0 is idle and goes; no other candidate exists.
    // Re-ordered: 2 adds 3, then 1 adds 2 → [2, 1], five residents, two sites for k = 3.
    const demand: DemandPoints = {
      count: 5,
      x: Float64Array.from([-8, 6, 6, -20, 16]),
      y: Float64Array.from([0, 3, -3, 0, 0]),
      weight: new Float64Array(5).fill(1),
    };
    const r = solveMclp({
      demand,
      candidateX: [0, -14, 10],
      candidateY: [0, 0, 0],
      radiusM: 10,
      k: 3,
    });
    expect(r.greedyChosen).toEqual([0, 1, 2]);
    expect(r.greedyCurve).toEqual([3, 4, 5]);
    expect(r.chosen).toEqual([2, 1]);
    expect(r.gains).toEqual([3, 2]);
    expect([r.covered, r.swapped]).toEqual([5, true]);
  });

  it('refuses a negative radius and mismatched candidate arrays', () => {
    const demand = line([[0, 1]]);
    expect(() => solveMclp({ demand, ...onLine([0]), radiusM: -1, k: 1 })).toThrow(RangeError);
    expect(() =>
      solveMclp({ demand, candidateX: [0, 1], candidateY: [0], radiusM: 1, k: 1 }),
    ).toThrow(RangeError);
  });
});
