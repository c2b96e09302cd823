import type { Program } from '../model/records';
import type { ProgramDefinition } from '../programs/definition';
import { BUILT_IN_PROGRAMS } from '../programs/builtin';
import type { DefinedProgramCoverage } from './defined-metrics';
import type { HomeCareMetrics } from './home-care';
import type { KelurahanPopulation } from './population';
import type { ProdamasMetrics } from './prodamas';
import type { IndexComponentInput } from './underserved';

/** An index component as the panels show it: whose it is, its names, its weight. */
export interface IndexComponentInfo {
  id: string;
  /** The programme it measures (`bank_sampah`, `emas`, a user's `puskesmas`…). */
  program: string;
  names: { id: string; en: string };
  metric: ProgramDefinition['index'][number]['metric'];
  /** The definition's weight. */
  defaultWeight: number;
  /** The weight used: the user's where set, else the default. */
  weight: number;
  /** Its programme has records that count; without them it adds nothing to any score. */
  hasData: boolean;
  /** One of the built-in programmes' four (they keep their own texts and always show). */
  builtIn: boolean;
  /** `[r, g, b]` of its programme, for the bars of the ranking. */
  color: readonly [number, number, number];
}

/** The built-in programmes' figures, as computeAll has them. */
export interface BuiltInFigures {
  has: (p: Program) => boolean;
  bankSampahCoveredPct: Float64Array;
  prodamas: readonly ProdamasMetrics[];
  homeCare: readonly HomeCareMetrics[];
}

const SCALE: Record<IndexComponentInfo['metric'], IndexComponentInput['scale']> = {
  covered_pct: 'share',
  rt_share_pct: 'share',
  amount_per_resident: 'relative',
  persons_per_1k: 'relative',
  count_per_10k: 'relative',
};

/**
 * Every index component, from the definitions: the built-in programmes' four (read from the
 * engine's own figures, so the index is what it always was), then each defined programme's in
 * the order given. `weights` holds the user's choices by component id.
 */
export function indexComponents(
  builtIn: BuiltInFigures,
  defined: readonly { definition: ProgramDefinition; coverage: DefinedProgramCoverage }[],
  population: readonly KelurahanPopulation[],
  weights: Readonly<Record<string, number>>,
): { info: IndexComponentInfo[]; inputs: IndexComponentInput[] } {
  const info: IndexComponentInfo[] = [];
  const inputs: IndexComponentInput[] = [];
  const add = (
    definition: ProgramDefinition,
    component: ProgramDefinition['index'][number],
    values: readonly (number | null)[] | null,
    builtIn: boolean,
  ) => {
    const weight = finiteWeight(weights[component.id]) ?? component.weight;
    info.push({
      id: component.id,
      program: definition.id,
      names: component.names,
      metric: component.metric,
      defaultWeight: component.weight,
      weight,
      hasData: values !== null,
      builtIn,
      color: definition.color,
    });
    inputs.push({ id: component.id, scale: SCALE[component.metric], values, weight });
  };
  for (const definition of BUILT_IN_PROGRAMS)
    for (const component of definition.index)
      add(definition, component, builtInValues(component.id, builtIn), true);
  for (const { definition, coverage } of defined)
    for (const component of definition.index)
      add(
        definition,
        component,
        coverage.counted > 0 ? definedValues(component, coverage, population) : null,
        false,
      );
  return { info, inputs };
}

/** The built-in components keep their engine's figures (Home Care per 1,000 elderly where known). */
function builtInValues(id: string, f: BuiltInFigures): readonly (number | null)[] | null {
  switch (id) {
    case 'bank_sampah_catchment':
      return f.has('bank_sampah') ? Array.from(f.bankSampahCoveredPct) : null;
    case 'prodamas_rt_reach':
      return f.has('prodamas') ? f.prodamas.map((m) => m.rtSharePct) : null;
    case 'prodamas_budget':
      return f.has('prodamas') ? f.prodamas.map((m) => m.budgetPerResident) : null;
    case 'home_care_reach':
      return f.has('home_care')
        ? f.homeCare.map((m) => m.patientsPer1000Elderly ?? m.patientsPer1000)
        : null;
    default:
      throw new Error(`built-in index component without figures: ${id}`);
  }
}

function definedValues(
  component: ProgramDefinition['index'][number],
  coverage: DefinedProgramCoverage,
  population: readonly KelurahanPopulation[],
): (number | null)[] {
  return coverage.kelurahan.map((m, k) => {
    const residents = population[k].total;
    switch (component.metric) {
      case 'covered_pct':
        return m.coveredPct;
      case 'rt_share_pct':
        return m.rtSharePct;
      case 'count_per_10k':
        return m.per10k;
      case 'amount_per_resident':
        return residents > 0 ? (m.amounts[component.field!] ?? 0) / residents : null;
      case 'persons_per_1k':
        return residents > 0 ? ((m.persons[component.field!] ?? 0) * 1000) / residents : null;
    }
  });
}

function finiteWeight(w: number | undefined): number | undefined {
  return w !== undefined && Number.isFinite(w) && w >= 0 ? w : undefined;
}
