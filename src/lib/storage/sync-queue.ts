import type { Revision, StoredRecord } from '../model/revision';
import type { ProgramDefinition } from '../programs/definition';
import { PROGRAM_TARGET, PUSH_LIMIT } from '../sync/contract';
import type { QueuedChange } from '../sync/outbox';
import type { JangkauDb } from './db';
import { randomUuid } from './ids';

/**
 * The outbox hook: every local write calls one of these inside its OWN transaction (the tables
 * `QUEUE_TABLES` must be in its scope), so a change is queued exactly when it is stored. With no
 * server connected they write nothing: records made before connecting are local-only until the
 * user uploads them (sync-upload.ts), and a browser that never connects keeps no outbox.
 */
export const QUEUE_TABLES = ['outbox', 'syncMeta'] as const;

async function connected(db: JangkauDb): Promise<boolean> {
  return (await db.syncMeta.get('state')) !== undefined;
}

/** The change a revision is for the server: its `after`, or a delete when it left none. */
function changeOfRevision(r: Revision): QueuedChange {
  return {
    changeId: randomUuid(),
    target: r.target,
    recordId: r.recordId,
    op: r.after === null ? 'delete' : 'upsert',
    record: r.after,
    at: r.at,
    by: r.by,
    localBaseRev: r.rev - 1,
  };
}

/** Queues one user action's revisions (field entry, restore, undo) as one outbox row. */
export async function queueRevisions(db: JangkauDb, revisions: readonly Revision[]): Promise<void> {
  if (revisions.length === 0 || !(await connected(db))) return;
  await db.outbox.add({ state: 'pending', changes: revisions.map(changeOfRevision) });
}

/**
 * Queues records as creates (an import batch, an upload), one outbox row per 500: a row is then
 * at most one push's worth.
 */
export async function queueRecords(
  db: JangkauDb,
  target: string,
  records: readonly StoredRecord[],
  by: string,
  at: string,
): Promise<number> {
  if (records.length === 0 || !(await connected(db))) return 0;
  const rows = [];
  for (let i = 0; i < records.length; i += PUSH_LIMIT) {
    const changes = records.slice(i, i + PUSH_LIMIT).map((record): QueuedChange => ({
      changeId: randomUuid(),
      target,
      recordId: record.id,
      op: 'upsert',
      record,
      at,
      by,
      localBaseRev: 0,
    }));
    rows.push({ state: 'pending' as const, changes });
  }
  await db.outbox.bulkAdd(rows);
  return records.length;
}

/** Queues a programme definition saved here (`~program`; the server takes it from admins only). */
export async function queueProgram(
  db: JangkauDb,
  definition: ProgramDefinition,
  by: string,
  at: string,
): Promise<void> {
  if (!(await connected(db))) return;
  const record = { ...definition } as QueuedChange['record'];
  const change: QueuedChange = {
    changeId: randomUuid(),
    target: PROGRAM_TARGET,
    recordId: definition.id,
    op: 'upsert',
    record,
    at,
    by,
    localBaseRev: 0,
  };
  await db.outbox.add({ state: 'pending', changes: [change] });
}

/**
 * Queues the delete of a programme definition deleted here (the server keeps it marked deleted
 * with its last text; other browsers take the delete on their next pull).
 */
export async function queueProgramDelete(db: JangkauDb, id: string, by: string, at: string) {
  if (!(await connected(db))) return;
  const change: QueuedChange = {
    changeId: randomUuid(),
    target: PROGRAM_TARGET,
    recordId: id,
    op: 'delete',
    record: null,
    at,
    by,
    localBaseRev: 0,
  };
  await db.outbox.add({ state: 'pending', changes: [change] });
}

/**
 * Queues deletes for records a batch undo takes away (the undo of an import after it was
 * synced would otherwise leave them on the server for ever). `records` as they were.
 */
export async function queueDeletes(
  db: JangkauDb,
  target: string,
  records: readonly StoredRecord[],
  by: string,
  at: string,
): Promise<void> {
  if (records.length === 0 || !(await connected(db))) return;
  const rows = [];
  for (let i = 0; i < records.length; i += PUSH_LIMIT) {
    const changes = records.slice(i, i + PUSH_LIMIT).map((record): QueuedChange => ({
      changeId: randomUuid(),
      target,
      recordId: record.id,
      op: 'delete',
      record: null,
      at,
      by,
      localBaseRev: record.rev ?? 1,
    }));
    rows.push({ state: 'pending' as const, changes });
  }
  await db.outbox.bulkAdd(rows);
}
