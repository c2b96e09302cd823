import type { KelurahanCoverage } from '../coverage/result';
import type { MetricId } from './metric-catalog';

/**
 * How the kecamatan and city figure of a metric is averaged. Every mean is Σ value·weight / Σ
 * weight over the kelurahan that have a value and a positive weight, so a weighted mean of a rate
 * equals the rate of the totals:
 * - `area`: shares of the area (covered %): weight km², gives the covered share of the whole area.
 * - `population`: per-resident rates (per 10,000, Rp per resident) and shares of the residents
 *   (residents within reach %): weight residents, gives total count / total residents.
 * - `elderly`: per 1,000 residents aged 60+: weight elderly residents.
 * - `rt`: share of RTs with a project: weight RT count, gives RTs reached / all RTs.
 * - `projects`: share of projects completed: weight projects, gives done / all projects.
 * - `kelurahan`: plain mean over kelurahan, for figures that describe a kelurahan as a unit (counts,
 *   residents, the underserved score, days since the last visit): "the average kelurahan".
 */
type MeanKind = 'area' | 'population' | 'elderly' | 'rt' | 'projects' | 'kelurahan';

interface CompareRule {
  mean: MeanKind;
  value: (k: KelurahanCoverage) => number | null;
}

const weightOf: Record<MeanKind, (k: KelurahanCoverage) => number> = {
  area: (k) => k.areaKm2,
  population: (k) => k.population.total,
  elderly: (k) => k.population.elderly ?? 0,
  rt: (k) => k.prodamas.rtCount,
  projects: (k) => k.prodamas.projects,
  kelurahan: () => 1,
};

/** The metrics of the profile's comparison table, in display order. */
const COMPARE_METRICS = [
  'underserved_score',
  'bank_sampah_covered_pct',
  'bank_sampah_residents_pct',
  'bank_sampah_per10k',
  'prodamas_covered_pct',
  'prodamas_residents_pct',
  'prodamas_count',
  'prodamas_budget_per_resident',
  'prodamas_rt_share_pct',
  'prodamas_completed_pct',
  'home_care_covered_pct',
  'home_care_residents_pct',
  'home_care_patients_per1000',
  'home_care_days_since_last_visit',
  'population_total',
] as const satisfies readonly MetricId[];

export type CompareMetricId = (typeof COMPARE_METRICS)[number];

/**
 * The averaging rule of each compared metric. Home Care patients per 1,000 is not listed: its basis
 * (elderly or all residents) follows the kelurahan shown, see {@link compareKelurahan}.
 */
const RULES: Record<Exclude<CompareMetricId, 'home_care_patients_per1000'>, CompareRule> = {
  underserved_score: { mean: 'kelurahan', value: (k) => k.underserved.score },
  bank_sampah_covered_pct: { mean: 'area', value: (k) => k.programs.bank_sampah.coveredPct },
  bank_sampah_residents_pct: {
    mean: 'population',
    value: (k) => k.programs.bank_sampah.residentsCoveredPct,
  },
  bank_sampah_per10k: { mean: 'population', value: (k) => k.programs.bank_sampah.per10k },
  prodamas_covered_pct: { mean: 'area', value: (k) => k.programs.prodamas.coveredPct },
  prodamas_residents_pct: {
    mean: 'population',
    value: (k) => k.programs.prodamas.residentsCoveredPct,
  },
  prodamas_count: { mean: 'kelurahan', value: (k) => k.programs.prodamas.count },
  prodamas_budget_per_resident: { mean: 'population', value: (k) => k.prodamas.budgetPerResident },
  prodamas_rt_share_pct: { mean: 'rt', value: (k) => k.prodamas.rtSharePct },
  prodamas_completed_pct: { mean: 'projects', value: (k) => k.prodamas.completedPct },
  home_care_covered_pct: { mean: 'area', value: (k) => k.programs.home_care.coveredPct },
  home_care_residents_pct: {
    mean: 'population',
    value: (k) => k.programs.home_care.residentsCoveredPct,
  },
  home_care_days_since_last_visit: {
    mean: 'kelurahan',
    value: (k) => k.homeCare.daysSinceLastVisit,
  },
  population_total: { mean: 'kelurahan', value: (k) => k.population.total },
};

/** Σ value·weight / Σ weight over members with a finite value and a positive weight; null if none. */
export function weightedMean(
  members: readonly KelurahanCoverage[],
  value: (k: KelurahanCoverage) => number | null,
  weight: (k: KelurahanCoverage) => number,
): { mean: number | null; n: number } {
  let sum = 0;
  let weights = 0;
  let n = 0;
  for (const k of members) {
    const v = value(k);
    const w = weight(k);
    if (v === null || !Number.isFinite(v) || !(w > 0)) continue;
    sum += v * w;
    weights += w;
    n++;
  }
  return { mean: weights > 0 ? sum / weights : null, n };
}

/** One row of the comparison: the kelurahan's value beside its kecamatan's and the city's mean. */
export interface ComparisonRow {
  metric: CompareMetricId;
  mean: MeanKind;
  kelurahan: number | null;
  kecamatan: number | null;
  city: number | null;
  /** Kelurahan that entered each mean. */
  nKecamatan: number;
  nCity: number;
}

/** Kecamatan code (`35.71.0x`) of a kelurahan code (`35.71.0x.10nn`). */
const kecamatanOf = (kode: string): string => kode.slice(0, 8);

/**
 * The comparison table of kelurahan `kode` against its kecamatan and the whole city (every
 * kelurahan in `all`, including itself). Home Care patients per 1,000 uses the kelurahan's own
 * basis: per 1,000 elderly (weight: elderly, over kelurahan with an elderly count) when it has an
 * elderly count, else per 1,000 residents (weight: residents), so the three columns share a unit.
 * Returns null when `kode` is not in `all`.
 */
export function compareKelurahan(
  all: readonly KelurahanCoverage[],
  kode: string,
  metrics: readonly CompareMetricId[] = COMPARE_METRICS,
): ComparisonRow[] | null {
  const self = all.find((k) => k.kode === kode);
  if (!self) return null;
  const kec = all.filter((k) => kecamatanOf(k.kode) === kecamatanOf(kode));
  return metrics.map((metric) => {
    const rule = ruleFor(metric, self);
    const weight = weightOf[rule.mean];
    const inKec = weightedMean(kec, rule.value, weight);
    const inCity = weightedMean(all, rule.value, weight);
    return {
      metric,
      mean: rule.mean,
      kelurahan: rule.value(self),
      kecamatan: inKec.mean,
      city: inCity.mean,
      nKecamatan: inKec.n,
      nCity: inCity.n,
    };
  });
}

function ruleFor(metric: CompareMetricId, self: KelurahanCoverage): CompareRule {
  if (metric !== 'home_care_patients_per1000') return RULES[metric];
  return self.homeCare.patientsPer1000Elderly !== null
    ? { mean: 'elderly', value: (k) => k.homeCare.patientsPer1000Elderly }
    : { mean: 'population', value: (k) => k.homeCare.patientsPer1000 };
}
