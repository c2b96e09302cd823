import type { BatchTarget, ImportBatch } from '../model/records';
import type { JangkauDb } from './db';
import { nowIso } from './ids';

export interface BatchListOptions {
  program?: BatchTarget;
  /** Undone batches are history; they are listed only when asked for. */
  includeUndone?: boolean;
  kind?: ImportBatch['kind'];
}

/** Batches, newest first. */
export async function listBatches(
  db: JangkauDb,
  opts: BatchListOptions = {},
): Promise<ImportBatch[]> {
  const all = await db.batches.orderBy('createdAt').reverse().toArray();
  return all.filter(
    (b) =>
      (opts.program === undefined || b.program === opts.program) &&
      (opts.kind === undefined || b.kind === opts.kind) &&
      (opts.includeUndone === true || b.undone !== true),
  );
}

/**
 * Undoes a batch in one transaction: deletes its records and marks it undone (the batch row stays
 * as history). Returns the number of records deleted; 0 for an unknown or already undone batch.
 */
export async function undoBatch(db: JangkauDb, id: string): Promise<number> {
  const batch = await db.batches.get(id);
  if (batch === undefined || batch.undone === true) return 0;
  const table = db.recordTable(batch.program);
  return db.transaction('rw', db.batches, table, async () => {
    const deleted = await table.where('batchId').equals(id).delete();
    await db.batches.update(id, { undone: true, undoneAt: nowIso() });
    return deleted;
  });
}
