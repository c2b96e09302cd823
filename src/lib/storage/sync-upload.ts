import type { StoredRecord } from '../model/revision';
import { PROGRAM_TARGET } from '../sync/contract';
import { recordKey } from '../sync/outbox';
import { SYNC_TABLES, type JangkauDb } from './db';
import { nowIso } from './ids';
import { groupBy } from './record-pages';
import { queueProgram, queueRecords } from './sync-queue';

/**
 * "Upload local records" (issue 12 §2): queues as creates every record the server has not
 * seen — stored before this browser connected, so never queued — and the user's own programme
 * definitions first (their records name them). Left out: demo data (the server seeds its own),
 * population figures (not a programme's records), batches undone and deleted programmes, and
 * anything already queued or seen. Returns the number of records and definitions queued.
 */
export async function uploadLocalRecords(db: JangkauDb, by: string): Promise<number> {
  return db.transaction('rw', SYNC_TABLES, async () => {
    if ((await db.syncMeta.get('state')) === undefined) return 0;
    const at = nowIso();
    const seen = new Set((await db.syncRevs.toCollection().primaryKeys()) as string[]);
    await db.outbox.each((e) => {
      for (const c of e.changes) seen.add(recordKey(c.target, c.recordId));
    });
    let queued = 0;
    for (const definition of await db.programs.orderBy('id').toArray()) {
      if (seen.has(recordKey(PROGRAM_TARGET, definition.id))) continue;
      await queueProgram(db, definition, by, at);
      queued++;
    }
    const live = new Set(
      (await db.batches.toArray())
        .filter((b) => b.undone !== true && (b.kind === 'import' || b.kind === 'field'))
        .map((b) => b.id),
    );
    const pages = (await db.pages.toArray()).filter(
      (p) => live.has(p.batchId) && p.target !== 'population' && !p.target.startsWith('~'),
    );
    for (const [target, list] of groupBy(pages, (p) => p.target)) {
      const records = list
        .flatMap((p) => p.records as StoredRecord[])
        .filter((r) => !seen.has(recordKey(target, r.id)));
      queued += await queueRecords(db, target, records, by, at);
    }
    return queued;
  });
}
