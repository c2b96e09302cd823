import { describe, expect, it } from 'vitest';
import { distinctYears, inList, toggleInList } from './filter-edit';

const ALL = Object.freeze(['a', 'b', 'c'] as const);

describe('filter edits', () => {
  it('unticks one value out of "no restriction"', () => {
    expect(toggleInList(ALL, null, 'b', false)).toEqual(['a', 'c']);
  });

  it('gives "no restriction" when every value is ticked again', () => {
    expect(toggleInList(ALL, ['a', 'c'], 'b', true)).toBeNull();
  });

  it('keeps the canonical order and can untick everything', () => {
    expect(toggleInList(ALL, ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(toggleInList(ALL, ['c'], 'c', false)).toEqual([]);
  });

  it('reads a list filter', () => {
    expect(inList(null, 'a')).toBe(true);
    expect(inList(['a'], 'b')).toBe(false);
  });

  it('lists the distinct years', () => {
    expect(
      distinctYears([{ year: 2023 }, { year: 2021 }, { year: 2023 }, { year: 2022.5 }]),
    ).toEqual([2021, 2023]);
  });
});
