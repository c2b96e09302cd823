import { describe, expect, it } from 'vitest';
import { ckmeansClasses, classIndexOf, classesOf, quantileClasses, rampIndex } from './classify';

describe('quantileClasses', () => {
  it('splits 1..10 into five pairs', () => {
    const values = [10, 3, 1, 7, 5, 2, 9, 4, 8, 6];
    expect(quantileClasses(values, 5)).toEqual([
      { min: 1, max: 2 },
      { min: 3, max: 4 },
      { min: 5, max: 6 },
      { min: 7, max: 8 },
      { min: 9, max: 10 },
    ]);
  });

  it('keeps ties in one class', () => {
    // Ranks 0..3 → [1,1] [1,2] by count; the tie at 1 pulls the second 1 into the first class.
    expect(quantileClasses([1, 1, 1, 2], 2)).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2 },
    ]);
  });
});

describe('ckmeansClasses', () => {
  it('finds clearly separated groups', () => {
    const values = [1, 2, 3, 101, 102, 103, 1001, 1002, 1003];
    expect(ckmeansClasses(values, 3)).toEqual([
      { min: 1, max: 3 },
      { min: 101, max: 103 },
      { min: 1001, max: 1003 },
    ]);
  });

  it('puts a lone outlier in its own class', () => {
    // {1,2,3,4} | {100} costs 5; the next best, {1,2,3} | {4,100}, costs 2 + 4608.
    expect(ckmeansClasses([4, 100, 1, 3, 2], 2)).toEqual([
      { min: 1, max: 4 },
      { min: 100, max: 100 },
    ]);
  });
});

describe('edge cases', () => {
  it('gives one class when all values are equal', () => {
    for (const method of ['quantile', 'jenks'] as const) {
      expect(classesOf([7, 7, 7, 7], method, 5)).toEqual([{ min: 7, max: 7 }]);
    }
  });

  it('ignores nulls and maps them to no class', () => {
    const classes = classesOf([null, 1, 2, null, 3, 4, 5], 'quantile', 5);
    expect(classes).toHaveLength(5);
    expect(classIndexOf(classes, null)).toBe(-1);
    expect(classIndexOf(classes, Number.NaN)).toBe(-1);
    expect(classIndexOf(classes, 3)).toBe(2);
    expect(classesOf([null, null], 'jenks', 5)).toEqual([]);
  });

  it('spreads fewer classes over the ramp and reverses on request', () => {
    expect([0, 1, 2, 3, 4].map((i) => rampIndex(i, 5, 5, false))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((i) => rampIndex(i, 5, 5, true))).toEqual([4, 3, 2, 1, 0]);
    expect([0, 1].map((i) => rampIndex(i, 2, 5, false))).toEqual([0, 4]);
    expect(rampIndex(0, 1, 5, false)).toBe(2);
  });
});
