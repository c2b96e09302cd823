import type { Queryable } from '../db/database.ts';
import type { ProgramDefinition } from '../../src/lib/programs/definition.ts';
import { SHIPPED_PROGRAMS } from '../../src/lib/programs/registry.ts';
import type { TargetClass } from './access.ts';

/** Definitions sync as this target (contract v1). */
export const PROGRAM_TARGET = '~program';
const POPULATION_TARGET = 'population';

/** The programmes this server knows: shipped plus the custom ones stored (deleted ones too). */
export interface Catalog {
  custom: ProgramDefinition[];
  classOf(target: string): TargetClass;
  /** Targets whose records are personal data (unknown ones are treated alike by pull). */
  personalTargets: string[];
}

export async function loadCatalog(q: Queryable): Promise<Catalog> {
  const rows = await q.query<{ definition: ProgramDefinition; deleted: boolean }>(
    'SELECT definition, deleted FROM programs ORDER BY id',
  );
  // A deleted programme keeps its class: its records' privacy does not lapse with the definition.
  const all = [...SHIPPED_PROGRAMS, ...rows.map((r) => r.definition)];
  const byId = new Map(all.map((d) => [d.id, d.privacy]));
  return {
    custom: rows.filter((r) => !r.deleted).map((r) => r.definition),
    classOf: (target) =>
      target === POPULATION_TARGET ? 'population' : (byId.get(target) ?? 'unknown'),
    personalTargets: all.filter((d) => d.privacy === 'personal').map((d) => d.id),
  };
}
