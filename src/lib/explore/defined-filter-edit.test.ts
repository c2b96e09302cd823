import { describe, expect, it } from 'vitest';
import { keeps, setBound, toggleValue } from './defined-filter-edit';

const ALL = ['hotel', 'restoran', 'parkir'];

describe('defined filter edits', () => {
  it('drops and restores a value; all kept again is no filter at all', () => {
    const one = toggleValue(undefined, 'type', ALL, 'parkir', false);
    expect(one).toEqual({ values: { type: ['hotel', 'restoran'] } });
    expect(keeps(one, 'type', 'parkir')).toBe(false);
    expect(keeps(one, 'type', 'hotel')).toBe(true);
    expect(keeps(one, 'other', 'x')).toBe(true);
    expect(toggleValue(one, 'type', ALL, 'parkir', true)).toBeUndefined();
  });

  it('sets and clears bounds, refusing malformed ones', () => {
    const dated = setBound(undefined, 'from', 'start', '2022-01-01');
    expect(dated).toEqual({ from: { start: '2022-01-01' } });
    expect(setBound(dated, 'from', 'start', '01/01/2022')).toBeUndefined();
    const both = setBound(dated, 'min', 'amountRp', 5_000_000);
    expect(both).toEqual({ from: { start: '2022-01-01' }, min: { amountRp: 5_000_000 } });
    expect(setBound(both, 'min', 'amountRp', Number.NaN)).toEqual(dated);
    expect(setBound(both, 'from', 'start', null)).toEqual({ min: { amountRp: 5_000_000 } });
  });
});
