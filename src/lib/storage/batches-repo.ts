import type { BatchTarget, ImportBatch } from '../model/records';
import type { JangkauDb } from './db';
import { nowIso } from './ids';
import { inDeletedProgram, undoProgramDeletion } from './programs-delete';
import type { StoredRecord } from '../model/revision';
import { QUEUE_TABLES, queueDeletes, queueProgram } from './sync-queue';

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
 * as history). Returns the number of records deleted; 0 for an unknown or already undone batch,
 * and for an import into a programme deleted since (its records went with the programme and come
 * back with it). Undoing a `program-deleted` batch brings the programme and its records back and
 * returns their number (programs-delete.ts).
 */
export async function undoBatch(db: JangkauDb, id: string): Promise<number> {
  const batch = await db.batches.get(id);
  if (batch === undefined || batch.undone === true) return 0;
  return db.transaction('rw', ['batches', 'pages', 'programs', ...QUEUE_TABLES], async () => {
    if (batch.kind === 'program-deleted') {
      const back = await undoProgramDeletion(db, batch);
      // The server took the delete (when connected): the definition goes back to it as well.
      if (batch.deletedProgram) await queueProgram(db, batch.deletedProgram, 'undo', nowIso());
      await db.batches.update(id, { undone: true, undoneAt: nowIso() });
      return back;
    }
    if (await inDeletedProgram(db, id)) return 0;
    // A synced import undone here is undone on the server too (demo data never went there).
    if (batch.kind !== 'demo') {
      const pages = await db.pages.where('batchId').equals(id).toArray();
      for (const p of pages)
        await queueDeletes(db, p.target, p.records as StoredRecord[], 'undo', nowIso());
    }
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
