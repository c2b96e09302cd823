import { PROGRAM_TARGET } from '../sync/contract';
import { SYNC_TABLES, type JangkauDb } from './db';
import { VersionWriter, writeProgramVersion } from './sync-apply';
import { queueProgram, queueRevisions } from './sync-queue';

/**
 * The user's two answers to a conflict (issue 12 §4: nothing is overwritten silently). While a
 * conflict is open the record shows the server's version (sync-store.ts keeps it so).
 */

/** "Keep theirs": the server's version stays; mine is dropped. */
export async function keepTheirs(db: JangkauDb, changeId: string): Promise<void> {
  await db.conflicts.delete(changeId);
}

/**
 * "Keep mine": my version goes back into the pages as a new revision and is queued as a new
 * change. Its baseRev is the server's rev of the conflict (storage recorded it as the rev seen),
 * so the server takes it unless the record moved again since — then it is a new conflict.
 */
export async function keepMine(db: JangkauDb, changeId: string, by: string): Promise<void> {
  await db.transaction('rw', SYNC_TABLES, async () => {
    const conflict = await db.conflicts.get(changeId);
    if (conflict === undefined) return;
    const { target, recordId, mine } = conflict;
    await db.conflicts.delete(changeId);
    const record = mine.op === 'delete' ? null : mine.record;
    if (target === PROGRAM_TARGET) {
      await writeProgramVersion(db, recordId, record);
      // A programme deletion is not queued (sync-queue.ts): only a kept definition goes back.
      if (record !== null) {
        const definition = await db.programs.get(recordId);
        if (definition !== undefined)
          await queueProgram(db, definition, by, new Date().toISOString());
      }
      return;
    }
    // Null: the pages (the server's version) equal mine already but for rev and time — the
    // server has my content, nothing to send.
    const writer = new VersionWriter(db);
    const revision = await writer.write(target, recordId, record, by);
    await writer.flush();
    if (revision !== null) await queueRevisions(db, [revision]);
  });
}

/** Drops a change the server refused, once the user has read why (never done unasked). */
export async function dismissRejected(db: JangkauDb, changeId: string): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entries = await db.outbox.where('state').anyOf('pending', 'rejected').toArray();
    for (const e of entries) {
      const changes = e.changes.filter((c) => c.changeId !== changeId || c.rejected === undefined);
      if (changes.length === e.changes.length) continue;
      if (changes.length === 0) await db.outbox.delete(e.seq as number);
      else await db.outbox.put({ ...e, changes }, e.seq);
    }
  });
}
