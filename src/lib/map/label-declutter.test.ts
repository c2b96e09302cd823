import { describe, expect, it } from 'vitest';
import { declutter, type LabelBox } from './label-declutter';

const box = (x: number, y: number, halfWidth = 10, halfHeight = 5): LabelBox => ({
  x,
  y,
  halfWidth,
  halfHeight,
});

describe('declutter', () => {
  it('keeps the first of two overlapping labels', () => {
    // 15 px apart with half widths 10 + 10: they overlap by 5 px.
    expect(declutter([box(0, 0), box(15, 0)])).toEqual([true, false]);
    expect(declutter([box(15, 0), box(0, 0)])).toEqual([true, false]);
  });

  it('keeps labels that only touch, and labels apart in either direction', () => {
    expect(declutter([box(0, 0), box(20, 0)])).toEqual([true, true]); // edges meet at x = 10
    expect(declutter([box(0, 0), box(5, 10)])).toEqual([true, true]); // edges meet at y = 5
    expect(declutter([box(0, 0), box(5, 9)])).toEqual([true, false]);
  });

  it('a hidden label hides nothing', () => {
    // A overlaps B, B overlaps C, A and C are 30 px apart: B goes, C stays.
    expect(declutter([box(0, 0), box(15, 0), box(30, 0)])).toEqual([true, false, true]);
  });

  it('every kept pair is apart, and every hidden label overlaps a kept one (random boxes)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 400;
    const boxes = Array.from({ length: 60 }, () => box(rand(), rand(), 5 + rand() / 20, 6));
    const shown = declutter(boxes);
    const overlap = (a: LabelBox, b: LabelBox) =>
      Math.abs(a.x - b.x) < a.halfWidth + b.halfWidth &&
      Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight;
    boxes.forEach((b, i) => {
      const earlierKept = boxes.slice(0, i).filter((_, j) => shown[j]);
      expect(shown[i]).toBe(!earlierKept.some((k) => overlap(k, b)));
    });
    expect(shown.filter(Boolean).length).toBeGreaterThan(5);
  });
});
