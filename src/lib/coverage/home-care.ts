import type { HomeCareInput } from './input';
import type { KelurahanPopulation } from './population';

/** Home Care Peduli figures for one kelurahan. */
export interface HomeCareMetrics {
  visits: number;
  patients: number;
  visitsPer1000: number | null;
  patientsPer1000: number | null;
  /** Per 1,000 residents aged 60+, only where the elderly count is known. */
  visitsPer1000Elderly: number | null;
  patientsPer1000Elderly: number | null;
  /** ISO date of the latest visit, null without visits. */
  lastVisit: string | null;
  /** Whole days from the last visit to the reference date; null without visits. */
  daysSinceLastVisit: number | null;
}

const DAY_MS = 86_400_000;

/** Days from ISO date `a` to ISO date `b` (UTC calendar days). */
export function daysBetween(a: string, b: string): number {
  return Math.round(
    (Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) /
      DAY_MS,
  );
}

/**
 * Home Care metrics per kelurahan; `owner[i]` is the kelurahan of `visits[i]`. `asOf` is the
 * reference date for days since the last visit (ISO); null uses the latest visit in `visits`, so
 * the result never depends on the clock.
 */
export function homeCareMetrics(
  visits: readonly HomeCareInput[],
  owner: Int16Array,
  population: readonly KelurahanPopulation[],
  asOf: string | null,
): { rows: HomeCareMetrics[]; asOf: string | null } {
  const acc = population.map(() => ({ visits: 0, patients: new Set<string>(), last: '' }));
  let latest = '';
  visits.forEach((v, i) => {
    if (v.date > latest) latest = v.date;
    const k = owner[i];
    if (k < 0) return;
    acc[k].visits++;
    acc[k].patients.add(v.patientId);
    if (v.date > acc[k].last) acc[k].last = v.date;
  });
  const ref = asOf ?? (latest || null);
  const per = (n: number, d: number | null) => (d !== null && d > 0 ? (1000 * n) / d : null);
  const rows = acc.map((a, k) => {
    const pop = population[k];
    return {
      visits: a.visits,
      patients: a.patients.size,
      visitsPer1000: per(a.visits, pop.total),
      patientsPer1000: per(a.patients.size, pop.total),
      visitsPer1000Elderly: per(a.visits, pop.elderly),
      patientsPer1000Elderly: per(a.patients.size, pop.elderly),
      lastVisit: a.last || null,
      daysSinceLastVisit: a.last && ref ? daysBetween(a.last, ref) : null,
    };
  });
  return { rows, asOf: ref };
}
