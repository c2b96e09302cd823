import { describe, expect, it } from 'vitest';
import { geodesicAreaM2 } from './area.ts';
import { rect } from './test-shapes.ts';
import { checkPartition, summarisePartition } from './partition-check.ts';

const D = 0.001; // ~110 m cells near Kediri

describe('checkPartition', () => {
  it('finds nothing in a 2×2 grid of cells that share vertices', () => {
    const parts = [
      { id: 'a', geometry: rect(112, -7.8, 112 + D, -7.8 + D) },
      { id: 'b', geometry: rect(112 + D, -7.8, 112 + 2 * D, -7.8 + D) },
      { id: 'c', geometry: rect(112, -7.8 + D, 112 + D, -7.8 + 2 * D) },
      { id: 'd', geometry: rect(112 + D, -7.8 + D, 112 + 2 * D, -7.8 + 2 * D) },
    ];
    const report = checkPartition(parts);
    expect(report.overlaps).toEqual([]);
    expect(report.gaps).toEqual([]);
    // The union is the 2D × 2D square (geometric identity).
    expect(report.unionAreaM2).toBeCloseTo(
      geodesicAreaM2(rect(112, -7.8, 112 + 2 * D, -7.8 + 2 * D)),
      2,
    );
  });

  it('measures an overlap strip as the rectangle the two cells share', () => {
    const a = rect(112, -7.8, 112 + D, -7.8 + D);
    const b = rect(112 + 0.9 * D, -7.8, 112 + 2 * D, -7.8 + D); // 10 % of a cell overlaps
    const report = checkPartition([
      { id: 'a', geometry: a },
      { id: 'b', geometry: b },
    ]);
    expect(report.overlaps).toHaveLength(1);
    expect(report.overlaps[0]).toMatchObject({ a: 'a', b: 'b' });
    const strip = geodesicAreaM2(rect(112 + 0.9 * D, -7.8, 112 + D, -7.8 + D));
    expect(report.overlaps[0].areaM2).toBeCloseTo(strip, 1);
    expect(summarisePartition(report).overlapPairs).toBe(1);
  });

  it('measures a hole left by a missing middle cell of a 3×3 grid as one gap', () => {
    // Grid lines computed once, so neighbours share bit-identical coordinates.
    const xs = [0, 1, 2, 3].map((i) => 112 + i * D);
    const ys = [0, 1, 2, 3].map((j) => -7.8 + j * D);
    const parts = [];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        if (i === 1 && j === 1) continue;
        parts.push({ id: `${i}${j}`, geometry: rect(xs[i], ys[j], xs[i + 1], ys[j + 1]) });
      }
    }
    const report = checkPartition(parts);
    expect(report.overlaps).toEqual([]);
    expect(report.gaps).toHaveLength(1);
    const middle = geodesicAreaM2(rect(xs[1], ys[1], xs[2], ys[2]));
    expect(report.gaps[0].areaM2).toBeCloseTo(middle, 1);
    const s = summarisePartition(report, 1);
    expect(s.gapPieces).toBe(1);
    expect(summarisePartition(report, middle + 1).gapPieces).toBe(0);
  });
});
