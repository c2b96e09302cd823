import { PERIOD_YEARS, yearPeriod } from '../coverage/periods';
import type { PeriodPair } from './url-state';

/**
 * The years the period pickers offer: every year from the first to the last the data tells of —
 * Prodamas years, Home Care visit years and bank sampah founding years — within
 * {@link PERIOD_YEARS}. Ascending, without gaps (a year with no record is still a period).
 */
export function dataYears(
  prodamas: readonly { year: number }[],
  homeCare: readonly { date: string }[],
  bankSampah: readonly { established: string | null }[],
): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  const see = (y: number) => {
    if (!Number.isInteger(y) || y < PERIOD_YEARS[0] || y > PERIOD_YEARS[1]) return;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  };
  for (const p of prodamas) see(p.year);
  for (const v of homeCare) see(Number(v.date.slice(0, 4)));
  for (const b of bankSampah) if (b.established) see(Number(b.established.slice(0, 4)));
  if (!Number.isFinite(lo)) return [];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** The comparison a user starts with: the year before the last against the last. */
export function defaultPair(years: readonly number[]): PeriodPair {
  const last = years.at(-1) ?? new Date().getUTCFullYear();
  const before = years.length > 1 ? years[years.length - 2] : last;
  return { a: yearPeriod(before), b: yearPeriod(last) };
}
