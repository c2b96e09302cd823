import type { ProgramDefinition } from '../programs/definition';
import { checkCustomProgram } from '../programs/registry';
import type { JangkauDb } from './db';
import { nowIso } from './ids';
import { QUEUE_TABLES, queueProgram } from './sync-queue';

/** A definition the checks refused: nothing was written. */
export class ProgramDefinitionError extends Error {
  override name = 'ProgramDefinitionError';
  constructor(readonly problems: string[]) {
    super(problems[0] ?? 'invalid programme definition');
  }
}

/** The user's own programmes, by id. */
export async function listCustomPrograms(db: JangkauDb): Promise<ProgramDefinition[]> {
  return db.programs.orderBy('id').toArray();
}

/**
 * Adds or replaces (same id) one of the user's programmes, after the same checks as every other
 * way in: the format, and no id or index id taken by a shipped or another custom programme.
 */
export async function saveCustomProgram(db: JangkauDb, input: unknown): Promise<ProgramDefinition> {
  return db.transaction('rw', ['programs', ...QUEUE_TABLES], async () => {
    const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : null;
    const others = (await db.programs.toArray()).filter((p) => p.id !== id);
    const checked = checkCustomProgram(input, others);
    if (!checked.ok) throw new ProgramDefinitionError(checked.problems);
    await db.programs.put(checked.definition);
    await queueProgram(db, checked.definition, 'local', nowIso());
    return checked.definition;
  });
}
