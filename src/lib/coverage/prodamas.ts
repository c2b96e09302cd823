import { PRODAMAS_CATEGORIES, type ProdamasCategory } from '../model/records';
import type { ProdamasInput } from './input';
import type { KelurahanPopulation } from './population';

/** Prodamas Plus figures for one kelurahan. */
export interface ProdamasMetrics {
  projects: number;
  budgetRp: number;
  /** Rupiah per resident; null without a population figure. */
  budgetPerResident: number | null;
  /** Distinct (RW, RT) pairs with at least one project. */
  rtWithProject: number;
  rtCount: number;
  /** True when `rtCount` is residents / persons-per-RT rather than a published count. */
  rtCountIsEstimate: boolean;
  /** Share of RTs with at least one project, 0..100 (capped at 100). */
  rtSharePct: number;
  /** Share of projects reported 100 % done, 0..100; null without projects. */
  completedPct: number | null;
  /** Per category: projects, budget and budget share (0..100). */
  mix: Record<ProdamasCategory, { projects: number; budgetRp: number; budgetSharePct: number }>;
}

/**
 * Prodamas metrics per kelurahan. `owner[i]` is the kelurahan of `projects[i]` (see
 * `placeRecords`). The RT count comes from the population table; without one it is estimated as
 * residents / `personsPerRt`.
 */
export function prodamasMetrics(
  projects: readonly ProdamasInput[],
  owner: Int16Array,
  population: readonly KelurahanPopulation[],
  personsPerRt: number,
): ProdamasMetrics[] {
  const rows = population.map((pop) => {
    const mix = Object.fromEntries(
      PRODAMAS_CATEGORIES.map((c) => [c, { projects: 0, budgetRp: 0, budgetSharePct: 0 }]),
    ) as ProdamasMetrics['mix'];
    const rtCount = pop.rtCount ?? Math.max(1, Math.round(pop.total / personsPerRt));
    return {
      projects: 0,
      budgetRp: 0,
      budgetPerResident: null as number | null,
      rtWithProject: 0,
      rtCount,
      rtCountIsEstimate: pop.rtCount === null,
      rtSharePct: 0,
      completedPct: null as number | null,
      mix,
      done: 0,
      rts: new Set<string>(),
    };
  });
  projects.forEach((p, i) => {
    const k = owner[i];
    if (k < 0) return;
    const row = rows[k];
    row.projects++;
    row.budgetRp += p.budgetRp;
    row.mix[p.category].projects++;
    row.mix[p.category].budgetRp += p.budgetRp;
    if (p.progress === 100) row.done++;
    if (p.rt !== null) row.rts.add(`${p.rw ?? ''}/${p.rt}`);
  });
  return rows.map(({ done, rts, ...row }, k) => {
    const pop = population[k].total;
    for (const c of PRODAMAS_CATEGORIES) {
      row.mix[c].budgetSharePct = row.budgetRp > 0 ? (100 * row.mix[c].budgetRp) / row.budgetRp : 0;
    }
    return {
      ...row,
      budgetPerResident: pop > 0 ? row.budgetRp / pop : null,
      rtWithProject: rts.size,
      rtSharePct: Math.min(100, (100 * rts.size) / row.rtCount),
      completedPct: row.projects > 0 ? (100 * done) / row.projects : null,
    };
  });
}
