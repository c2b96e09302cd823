import type { ImportBatch } from '../model/records';
import { checkCustomProgram } from '../programs/registry';
import type { JangkauDb } from './db';
import { nowIso, randomId } from './ids';
import { ProgramDefinitionError } from './programs-repo';
import type { RecordPage } from './record-pages';
import { QUEUE_TABLES, queueProgramDelete } from './sync-queue';

/**
 * A deleted programme's pages stay in `pages` under the target `~deleted/<batch id>`: no reader
 * of a programme's records finds them (`~` sorts after every programme id, which starts a–z),
 * and undo moves them back untouched — the records inside are never rewritten.
 */
const DELETED_PREFIX = '~deleted/';

export const deletedTarget = (batchId: string): string => `${DELETED_PREFIX}${batchId}`;
export const isDeletedTarget = (target: string): boolean => target.startsWith(DELETED_PREFIX);

/**
 * Deletes one of the user's programmes and its records as ONE batch of kind `program-deleted`
 * (one transaction): the definition leaves the programmes table and is kept in the batch row,
 * its pages move to the batch's deleted target. `undoBatch` brings both back.
 */
export async function deleteCustomProgram(
  db: JangkauDb,
  id: string,
  /**
   * True for the user's own delete: queued for the team server in the same transaction. A
   * delete pulled from the server (sync-apply.ts) must not go back to it.
   */
  opts: { queue: boolean } = { queue: false },
): Promise<ImportBatch> {
  return db.transaction('rw', ['programs', 'pages', 'batches', ...QUEUE_TABLES], async () => {
    const definition = await db.programs.get(id);
    if (definition === undefined) throw new Error(`no programme of your own with id ${id}`);
    const batchId = randomId('del');
    const pages = await db.pages.where('target').equals(id).toArray();
    const moved = pages.map((p) => ({ ...p, target: deletedTarget(batchId) }));
    await db.pages.bulkPut(moved);
    const batch: ImportBatch = {
      id: batchId,
      program: id,
      sourceFile: `${id}.jangkau-program.json`,
      createdAt: nowIso(),
      rowCount: pages.reduce((n, p) => n + p.records.length, 0),
      kind: 'program-deleted',
      deletedProgram: definition,
    };
    await db.batches.add(batch);
    await db.programs.delete(id);
    if (opts.queue) await queueProgramDelete(db, id, 'local', batch.createdAt);
    return batch;
  });
}

/**
 * Undoes a `program-deleted` batch inside the caller's transaction (programs, pages, batches):
 * the definition comes back as it was and every page to its programme. Refused (nothing
 * changes) when a programme defined since took its id or an index id. Returns the records back.
 */
export async function undoProgramDeletion(db: JangkauDb, batch: ImportBatch): Promise<number> {
  const definition = batch.deletedProgram;
  if (definition === undefined) throw new Error(`batch ${batch.id} holds no definition`);
  const others = await db.programs.toArray();
  const checked = checkCustomProgram(definition, others);
  if (!checked.ok) throw new ProgramDefinitionError(checked.problems);
  const pages = (await db.pages
    .where('target')
    .equals(deletedTarget(batch.id))
    .toArray()) as RecordPage[];
  await db.pages.bulkPut(pages.map((p) => ({ ...p, target: definition.id })));
  await db.programs.put(definition);
  return pages.reduce((n, p) => n + p.records.length, 0);
}

/** Whether batch `id` has records in a deleted programme (its undo would reach into them). */
export async function inDeletedProgram(db: JangkauDb, batchId: string): Promise<boolean> {
  const pages = await db.pages.where('batchId').equals(batchId).toArray();
  return pages.some((p) => isDeletedTarget(p.target));
}

/**
 * The records of programmes deleted and not brought back, with the deletion batch each is
 * under (for backups: they carry them so that a restore keeps undo possible).
 */
export async function readDeletedPages(db: JangkauDb): Promise<RecordPage[]> {
  return db.pages.where('target').startsWith(DELETED_PREFIX).toArray();
}
