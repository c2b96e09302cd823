import { median } from './metrics';
import type { UnderservedWeights } from './options';

export type UnderservedComponent = keyof UnderservedWeights;
export const UNDERSERVED_COMPONENTS: readonly UnderservedComponent[] = [
  'bank_sampah_catchment',
  'prodamas_rt_reach',
  'prodamas_budget',
  'home_care_reach',
];

/** Inputs of the index for one kelurahan (null = no data for that indicator). */
export interface UnderservedInput {
  bankSampahCoveredPct: number | null;
  prodamasRtSharePct: number | null;
  prodamasBudgetPerResident: number | null;
  /** Patients per 1,000 elderly where known, else per 1,000 residents. */
  homeCarePatientsRate: number | null;
}

export interface UnderservedRow {
  /** 0 (well served) .. 100 (unserved on every weighted component). */
  score: number;
  /** 1 = most underserved; ties broken by kelurahan code, ascending. */
  rank: number;
  /** Need per component, 0..1 (null when the component had no data). */
  need: Record<UnderservedComponent, number | null>;
  /** Points each component adds to the score; they sum to `score`. */
  contribution: Record<UnderservedComponent, number>;
}

/**
 * The underserved index (formula in src/lib/coverage/README.md): per component a need in 0..1,
 *  - bank_sampah_catchment: 1 − covered share of the area;
 *  - prodamas_rt_reach: 1 − share of RTs with a project;
 *  - prodamas_budget: max(0, 1 − budget per resident / city median);
 *  - home_care_reach: max(0, 1 − patients rate / city median),
 * then score = 100 · Σ wᵢ·needᵢ / Σ wᵢ over the components with data city-wide. Ranks are 1..n.
 */
export function underservedIndex(
  inputs: readonly UnderservedInput[],
  kodes: readonly string[],
  weights: UnderservedWeights,
): UnderservedRow[] {
  const budgetMedian = median(inputs.map((r) => r.prodamasBudgetPerResident ?? NaN));
  const hcMedian = median(inputs.map((r) => r.homeCarePatientsRate ?? NaN));
  const relative = (v: number | null, m: number) =>
    v === null ? null : m > 0 ? Math.max(0, 1 - v / m) : 0;
  const needs = inputs.map((r): Record<UnderservedComponent, number | null> => ({
    bank_sampah_catchment:
      r.bankSampahCoveredPct === null ? null : 1 - clamp01(r.bankSampahCoveredPct / 100),
    prodamas_rt_reach:
      r.prodamasRtSharePct === null ? null : 1 - clamp01(r.prodamasRtSharePct / 100),
    prodamas_budget: relative(r.prodamasBudgetPerResident, budgetMedian),
    home_care_reach: relative(r.homeCarePatientsRate, hcMedian),
  }));
  // A component counts only if some kelurahan has data for it; a kelurahan missing a counted
  // component's data gets need 1 there (no evidence of service).
  const active = UNDERSERVED_COMPONENTS.filter(
    (c) => Math.max(0, weights[c]) > 0 && needs.some((n) => n[c] !== null),
  );
  const total = active.reduce((s, c) => s + Math.max(0, weights[c]), 0);
  const rows = needs.map((need) => {
    const contribution = Object.fromEntries(UNDERSERVED_COMPONENTS.map((c) => [c, 0])) as Record<
      UnderservedComponent,
      number
    >;
    let score = 0;
    for (const c of active) {
      contribution[c] = (100 * Math.max(0, weights[c]) * (need[c] ?? 1)) / total;
      score += contribution[c];
    }
    return { score, rank: 0, need, contribution };
  });
  const order = rows
    .map((_, k) => k)
    .sort((a, b) => rows[b].score - rows[a].score || (kodes[a] < kodes[b] ? -1 : 1));
  order.forEach((k, i) => (rows[k].rank = i + 1));
  return rows;
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
