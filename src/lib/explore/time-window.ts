import type { CoverageFilters } from '../coverage/options';

/** Months as ordinals: `year * 12 + (month - 1)`, so consecutive months differ by 1. */
export interface MonthSpan {
  /** Ordinal of the first month with data. */
  first: number;
  /** Number of months from the first to the last month with data, inclusive (≥ 1). */
  count: number;
}

export interface YearMonth {
  year: number;
  /** 1..12 */
  month: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

const monthOrdinal = (year: number, month: number): number => year * 12 + (month - 1);

export function yearMonthOf(ordinal: number): YearMonth {
  return { year: Math.floor(ordinal / 12), month: (ordinal % 12) + 1 };
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The months the data spans: Home Care visits by their month, Prodamas projects by their whole
 * year (January to December). Null when there is no dated record.
 */
export function monthSpanOf(
  homeCare: readonly { date: string }[],
  prodamas: readonly { year: number }[],
): MonthSpan | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of homeCare) {
    const m = ISO_DATE.exec(v.date);
    if (!m) continue;
    const ordinal = monthOrdinal(Number(m[1]), Number(m[2]));
    if (ordinal < lo) lo = ordinal;
    if (ordinal > hi) hi = ordinal;
  }
  for (const p of prodamas) {
    if (!Number.isInteger(p.year)) continue;
    if (monthOrdinal(p.year, 1) < lo) lo = monthOrdinal(p.year, 1);
    if (monthOrdinal(p.year, 12) > hi) hi = monthOrdinal(p.year, 12);
  }
  return Number.isFinite(lo) ? { first: lo, count: hi - lo + 1 } : null;
}

/** The filters that show one month: its Home Care visits and the Prodamas projects of its year. */
export function monthFilters(
  span: MonthSpan,
  index: number,
): Pick<CoverageFilters, 'homeCareFrom' | 'homeCareTo' | 'prodamasYear'> {
  const { year, month } = yearMonthOf(span.first + index);
  return {
    homeCareFrom: `${year}-${pad(month)}-01`,
    homeCareTo: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
    prodamasYear: year,
  };
}

/**
 * The month index (0..count-1) that `filters` show, or null when they are not exactly one month
 * of the span (no date range, a longer range, or a Prodamas year that is not the month's year).
 * The time slider reads its position from the filters, so the two can never disagree.
 */
export function monthIndexOf(
  span: MonthSpan,
  filters: Pick<CoverageFilters, 'homeCareFrom' | 'homeCareTo' | 'prodamasYear'>,
): number | null {
  const m = ISO_DATE.exec(filters.homeCareFrom ?? '');
  if (!m) return null;
  const index = monthOrdinal(Number(m[1]), Number(m[2])) - span.first;
  if (index < 0 || index >= span.count) return null;
  const expected = monthFilters(span, index);
  return expected.homeCareFrom === filters.homeCareFrom &&
    expected.homeCareTo === filters.homeCareTo &&
    expected.prodamasYear === filters.prodamasYear
    ? index
    : null;
}
