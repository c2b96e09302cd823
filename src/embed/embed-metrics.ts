import { METRICS, type MetricDef, type MetricId } from '../lib/explore/metric-catalog';
import type { Program } from '../lib/model/records';
import type { MetricValue } from '../lib/explore/format-metric';
import type { EmbedKelurahanFigures, EmbedKelurahanInfo, PublicCount } from './data-contract';

/**
 * The metrics the public embed can map: a subset of the app's catalogue (same ids, units and
 * direction), read from the public data file. Left out on purpose: Home Care catchment shares (of
 * the area and of the residents) and days since the last visit (derived from home locations and
 * visit dates).
 */
const EMBED_METRIC_IDS = [
  'underserved_score',
  'bank_sampah_covered_pct',
  'bank_sampah_residents_pct',
  'bank_sampah_count',
  'bank_sampah_per10k',
  'prodamas_budget_per_resident',
  'prodamas_rt_share_pct',
  'prodamas_count',
  'prodamas_covered_pct',
  'prodamas_residents_pct',
  'prodamas_completed_pct',
  'home_care_patients_per1000',
  'home_care_visits',
  'population_total',
] as const satisfies readonly MetricId[];

export type EmbedMetricId = (typeof EMBED_METRIC_IDS)[number];

/** A metric's value in one kelurahan: a number, no data, or a count hidden as below threshold. */
export type EmbedValue = MetricValue;

export interface EmbedMetricDef extends Pick<MetricDef, 'better' | 'unit'> {
  id: EmbedMetricId;
  /** The programme it belongs to; null for cross-programme figures. */
  program: Program | null;
  value: (f: EmbedKelurahanFigures, k: EmbedKelurahanInfo) => EmbedValue;
}

const of = (v: number | null): EmbedValue =>
  v === null ? { kind: 'none' } : { kind: 'value', value: v };
const count = (c: PublicCount): EmbedValue =>
  c.suppressed ? { kind: 'suppressed' } : { kind: 'value', value: c.value };

const VALUES: Record<EmbedMetricId, [Program | null, EmbedMetricDef['value']]> = {
  underserved_score: [null, (f) => of(f.underservedScore)],
  bank_sampah_covered_pct: ['bank_sampah', (f) => of(f.bankSampah.coveredPct)],
  // Files written before residents within reach have no such field: no data ("–").
  bank_sampah_residents_pct: ['bank_sampah', (f) => of(f.bankSampah.residentsPct ?? null)],
  bank_sampah_count: ['bank_sampah', (f) => of(f.bankSampah.count)],
  bank_sampah_per10k: ['bank_sampah', (f) => of(f.bankSampah.per10k)],
  prodamas_budget_per_resident: ['prodamas', (f) => of(f.prodamas.budgetPerResident)],
  prodamas_rt_share_pct: ['prodamas', (f) => of(f.prodamas.rtSharePct)],
  prodamas_count: ['prodamas', (f) => of(f.prodamas.projects)],
  prodamas_covered_pct: ['prodamas', (f) => of(f.prodamas.coveredPct)],
  prodamas_residents_pct: ['prodamas', (f) => of(f.prodamas.residentsPct ?? null)],
  prodamas_completed_pct: ['prodamas', (f) => of(f.prodamas.completedPct)],
  home_care_patients_per1000: [
    'home_care',
    (f) =>
      f.homeCare.patients.suppressed
        ? { kind: 'suppressed' }
        : of(f.homeCare.patientsPer1000Elderly ?? f.homeCare.patientsPer1000),
  ],
  home_care_visits: ['home_care', (f) => count(f.homeCare.visits)],
  population_total: [null, (_f, k) => of(k.population)],
};

export const EMBED_METRICS = Object.fromEntries(
  EMBED_METRIC_IDS.map((id) => {
    const [program, value] = VALUES[id];
    const { better, unit } = METRICS[id];
    return [id, { id, program, better, unit, value }];
  }),
) as Record<EmbedMetricId, EmbedMetricDef>;

/** The metric a programme shows when the URL names none (or one of another programme). */
export const DEFAULT_METRIC_OF: Record<Program, EmbedMetricId> = {
  bank_sampah: 'bank_sampah_covered_pct',
  prodamas: 'prodamas_budget_per_resident',
  home_care: 'home_care_patients_per1000',
};
export const DEFAULT_EMBED_METRIC: EmbedMetricId = 'underserved_score';

export function isEmbedMetricId(value: unknown): value is EmbedMetricId {
  return typeof value === 'string' && (EMBED_METRIC_IDS as readonly string[]).includes(value);
}
