import type { KelurahanCoverage } from '../coverage/result';
import type { DefinedKelurahanMetrics, DefinedProgramCoverage } from '../coverage/defined-metrics';

/**
 * Every per-kelurahan figure the explorer can map, rank or put in a URL. One list, so the
 * choropleth, the ranking table and the shared link agree on ids, units and direction.
 */
export const METRIC_IDS = [
  'underserved_score',
  'bank_sampah_covered_pct',
  'bank_sampah_residents_pct',
  'bank_sampah_count',
  'bank_sampah_per10k',
  'prodamas_covered_pct',
  'prodamas_residents_pct',
  'prodamas_count',
  'prodamas_budget_per_resident',
  'prodamas_rt_share_pct',
  'prodamas_completed_pct',
  'home_care_covered_pct',
  'home_care_residents_pct',
  'home_care_visits',
  'home_care_patients_per1000',
  'home_care_days_since_last_visit',
  'population_total',
] as const;

export type BuiltInMetricId = (typeof METRIC_IDS)[number];
/** What the explorer can map of a defined programme (presets, users' own). */
export type DefinedFigure = 'covered_pct' | 'residents_pct' | 'count' | 'per10k' | 'rt_share_pct';
/** `defined:<programme id>:<figure>`, e.g. `defined:emas:covered_pct`. */
export type DefinedMetricId = `defined:${string}:${DefinedFigure}`;
export type MetricId = BuiltInMetricId | DefinedMetricId;

export interface MetricDef {
  id: MetricId;
  /** `higher`: a higher value means better served; `lower`: the opposite (scores, days). */
  better: 'higher' | 'lower';
  unit: 'pct' | 'count' | 'rate' | 'rupiah' | 'days' | 'score';
  /** The value for one kelurahan; null when there is no data. */
  value: (k: KelurahanCoverage) => number | null;
}

export const METRICS: Record<BuiltInMetricId, MetricDef> = {
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
  bank_sampah_residents_pct: {
    id: 'bank_sampah_residents_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.programs.bank_sampah.residentsCoveredPct,
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
  prodamas_residents_pct: {
    id: 'prodamas_residents_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.programs.prodamas.residentsCoveredPct,
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
  home_care_residents_pct: {
    id: 'home_care_residents_pct',
    better: 'higher',
    unit: 'pct',
    value: (k) => k.programs.home_care.residentsCoveredPct,
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

const DEFINED_METRIC =
  /^defined:([a-z][a-z0-9_]{1,31}):(covered_pct|residents_pct|count|per10k|rt_share_pct)$/;

/** A built-in id, or a defined programme's metric by its syntax (the programme may be absent). */
export function isMetricId(value: unknown): value is MetricId {
  return (
    typeof value === 'string' &&
    ((METRIC_IDS as readonly string[]).includes(value) || DEFINED_METRIC.test(value))
  );
}

/** The programme and figure of a defined metric id; null for a built-in one. */
export function parseDefinedMetric(
  id: MetricId,
): { program: string; figure: DefinedFigure } | null {
  const m = DEFINED_METRIC.exec(id);
  return m ? { program: m[1], figure: m[2] as DefinedFigure } : null;
}

const DEFINED_UNITS: Record<DefinedFigure, MetricDef['unit']> = {
  covered_pct: 'pct',
  residents_pct: 'pct',
  count: 'count',
  per10k: 'rate',
  rt_share_pct: 'pct',
};

/**
 * Any metric's definition. A defined programme's figures read the kelurahan's row of that
 * programme (`KelurahanCoverage.defined`); a programme without records there has no data (null).
 */
export function metricDef(id: MetricId): MetricDef {
  const defined = parseDefinedMetric(id);
  if (!defined) return METRICS[id as BuiltInMetricId];
  const { program, figure } = defined;
  const read = {
    covered_pct: (m: DefinedKelurahanMetrics) => m.coveredPct,
    residents_pct: (m: DefinedKelurahanMetrics) => m.residentsPct,
    count: (m: DefinedKelurahanMetrics) => m.count,
    per10k: (m: DefinedKelurahanMetrics) => m.per10k,
    rt_share_pct: (m: DefinedKelurahanMetrics) => m.rtSharePct,
  }[figure];
  return {
    id,
    better: 'higher',
    unit: DEFINED_UNITS[figure],
    value: (k) => {
      const m = k.defined?.[program];
      return m ? read(m) : null;
    },
  };
}

/**
 * The metrics a defined programme offers: a site's catchment shares (area, residents) first, else
 * its RT reach.
 */
export function definedMetricIds(
  defined: readonly Pick<DefinedProgramCoverage, 'program' | 'archetype' | 'radiusM'>[],
): DefinedMetricId[] {
  return defined.flatMap((d) => {
    const figures: DefinedFigure[] =
      d.radiusM !== null
        ? ['covered_pct', 'residents_pct', 'count', 'per10k']
        : ['count', 'per10k', 'rt_share_pct'];
    return figures.map((f): DefinedMetricId => `defined:${d.program}:${f}`);
  });
}
