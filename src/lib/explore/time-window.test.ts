import { describe, expect, it } from 'vitest';
import { daysInMonth, monthFilters, monthIndexOf, monthSpanOf, yearMonthOf } from './time-window';

describe('time window', () => {
  it('spans Home Care months and whole Prodamas years', () => {
    // Prodamas 2021 → Jan 2021; the last visit in Oct 2025 → 12·4 + 10 = 58 months.
    const span = monthSpanOf(
      Object.freeze([{ date: '2024-03-15' }, { date: '2025-10-31' }, { date: 'rusak' }]),
      Object.freeze([{ year: 2023 }, { year: 2021 }]),
    );
    expect(span).toEqual({ first: 2021 * 12, count: 58 });
    expect(yearMonthOf(span!.first + 57)).toEqual({ year: 2025, month: 10 });
  });

  it('extends to December of the last Prodamas year', () => {
    const span = monthSpanOf([{ date: '2024-11-02' }], [{ year: 2025 }]);
    expect(span).toEqual({ first: 2024 * 12 + 10, count: 14 });
    expect(monthSpanOf([], [])).toBeNull();
  });

  it('knows month lengths, leap years included', () => {
    expect([2024, 2025, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29]);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('turns a month into filters and back', () => {
    const span = { first: 2021 * 12, count: 58 };
    expect(monthFilters(span, 37)).toEqual({
      homeCareFrom: '2024-02-01',
      homeCareTo: '2024-02-29',
      prodamasYear: 2024,
    });
    for (const i of [0, 37, 57]) expect(monthIndexOf(span, monthFilters(span, i))).toBe(i);
  });

  it('reads no month from other filters', () => {
    const span = { first: 2021 * 12, count: 58 };
    const feb = { homeCareFrom: '2024-02-01', homeCareTo: '2024-02-29', prodamasYear: 2024 };
    expect(monthIndexOf(span, { ...feb, prodamasYear: null })).toBeNull();
    expect(monthIndexOf(span, { ...feb, homeCareTo: '2024-03-31' })).toBeNull();
    expect(
      monthIndexOf(span, { homeCareFrom: null, homeCareTo: null, prodamasYear: null }),
    ).toBeNull();
    expect(
      monthIndexOf(span, {
        homeCareFrom: '2020-12-01',
        homeCareTo: '2020-12-31',
        prodamasYear: 2020,
      }),
    ).toBeNull();
  });
});
