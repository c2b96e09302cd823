import { describe, expect, it } from 'vitest';
import { changeLegend, formatChange, periodLabel } from './change-format';
import { changeChoropleth, type ChangeRow } from './period-change';

const row = (kode: string, delta: number): ChangeRow => ({
  kode,
  nama: kode,
  a: 0,
  b: delta,
  delta,
  gain: delta,
  scoreA: 0,
  scoreB: 0,
  scoreDelta: 0,
  rankA: 1,
  rankB: 1,
  rankDelta: 0,
});

describe('formatChange', () => {
  it('signs the change and writes a share’s change in points', () => {
    expect(formatChange('id', 'count', 2)).toBe('+2');
    expect(formatChange('en', 'count', -3)).toBe('\u22123');
    expect(formatChange('id', 'count', 0)).toBe('±0');
    expect(formatChange('id', 'pct', 1.25)).toBe('+1,3 poin');
    expect(formatChange('en', 'pct', -0.5)).toBe('\u22120.5 pp');
  });
});

describe('periodLabel', () => {
  it('names a year by its number and a range by its dates', () => {
    expect(periodLabel('en', { from: '2024-01-01', to: '2024-12-31' })).toBe('2024');
    expect(periodLabel('en', { from: '2024-03-01', to: '2024-06-30' })).toBe(
      '1 Mar 2024 – 30 Jun 2024',
    );
  });
});

describe('changeLegend', () => {
  it('lists worse to better with the ends named and whole classes as one value', () => {
    const c = changeChoropleth([row('a', -1), row('b', 0), row('c', 2)], 'bank_sampah_count');
    expect(changeLegend('en', 'count', c.classes, 0).map((e) => e.label)).toEqual([
      '\u22123 (worse)',
      '\u22122',
      '\u22121',
      'No change',
      '+1',
      '+2',
      '+3 (better)',
    ]);
  });
});
