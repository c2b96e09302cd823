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
  return db.transaction('rw', db.batches, db.pages, async () => {
    const deleted = await deletePagesOf(db, id);
    await db.batches.update(id, { undone: true, undoneAt: nowIso() });
    return deleted;
  });
}

/** Deletes the pages of batch `id` (inside the caller's transaction); returns the records deleted. */
export async function deletePagesOf(db: JangkauDb, id: string): Promise<number> {
  const pages = db.pages.where('batchId').equals(id);
  let records = 0;
  await pages.each((p) => {
    records += p.records.length;
  });
  await pages.delete();
  return records;
}
