import type { KelurahanCoverage } from '../coverage/result';

/**
 * Every per-kelurahan figure the explorer can map, rank or put in a URL. One list, so the
 * choropleth, the ranking table and the shared link agree on ids, units and direction.
 */
export const METRIC_IDS = [
  'underserved_score',
  'bank_sampah_covered_pct',
  'bank_sampah_count',
  'bank_sampah_per10k',
  'prodamas_covered_pct',
  'prodamas_count',
  'prodamas_budget_per_resident',
  'prodamas_rt_share_pct',
  'prodamas_completed_pct',
  'home_care_covered_pct',
  'home_care_visits',
  'home_care_patients_per1000',
  'home_care_days_since_last_visit',
  'population_total',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDef {
  id: MetricId;
  /** `higher`: a higher value means better served; `lower`: the opposite (scores, days). */
  better: 'higher' | 'lower';
  unit: 'pct' | 'count' | 'rate' | 'rupiah' | 'days' | 'score';
  /** The value for one kelurahan; null when there is no data. */
  value: (k: KelurahanCoverage) => number | null;
}

export const METRICS: Record<MetricId, MetricDef> = {
  underserved_score: {
    id: 'underserved_score',
    better: 'lower',
    unit: 'score',
    value: (k) => k.underserved.score,
  },
  bank_sampah_covered_pct: {
    id: 'bank_sampah_covered_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.programs.bank_sampah.coveredPct,
  },
  bank_sampah_count: {
    id: 'bank_sampah_count',
    better: 'higher',
    unit: 'count',
    value: (k) => k.programs.bank_sampah.count,
  },
  bank_sampah_per10k: {
    id: 'bank_sampah_per10k',
    better: 'higher',
    unit: 'rate',
    value: (k) => k.programs.bank_sampah.per10k,
  },
  prodamas_covered_pct: {
    id: 'prodamas_covered_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.programs.prodamas.coveredPct,
  },
  prodamas_count: {
    id: 'prodamas_count',
    better: 'higher',
    unit: 'count',
    value: (k) => k.programs.prodamas.count,
  },
  prodamas_budget_per_resident: {
    id: 'prodamas_budget_per_resident',
    better: 'higher',
    unit: 'rupiah',
    value: (k) => k.prodamas.budgetPerResident,
  },
  prodamas_rt_share_pct: {
    id: 'prodamas_rt_share_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.prodamas.rtSharePct,
  },
  prodamas_completed_pct: {
    id: 'prodamas_completed_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.prodamas.completedPct,
  },
  home_care_covered_pct: {
    id: 'home_care_covered_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.programs.home_care.coveredPct,
  },
  home_care_visits: {
    id: 'home_care_visits',
    better: 'higher',
    unit: 'count',
    value: (k) => k.homeCare.visits,
  },
  home_care_patients_per1000: {
    id: 'home_care_patients_per1000',
    better: 'higher',
    unit: 'rate',
    value: (k) => k.homeCare.patientsPer1000Elderly ?? k.homeCare.patientsPer1000,
  },
  home_care_days_since_last_visit: {
    id: 'home_care_days_since_last_visit',
    better: 'lower',
    unit: 'days',
    value: (k) => k.homeCare.daysSinceLastVisit,
  },
  population_total: {
    id: 'population_total',
    better: 'higher',
    unit: 'count',
    value: (k) => k.population.total,
  },
};

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && (METRIC_IDS as readonly string[]).includes(value);
}
