import { BATCH_TARGETS, type ImportBatch } from '../model/records';
import type { Revision, RevisionKind, StoredRecord } from '../model/revision';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import type { JangkauDb } from './db';
import type { TargetPages } from './edit-pages';

/** What every field edit writes, in ONE transaction (the outbox too: sync-queue.ts). */
export const EDIT_TABLES = [
  'pages',
  'batches',
  'revisions',
  'programs',
  'outbox',
  'syncMeta',
] as const;

/** Why storage refused an edit; `reason` is for the UI's message (i18n), `message` for logs. */
export type EditRefusal =
  'population' | 'unknown-target' | 'program-deleted' | 'not-found' | 'repeated-id' | 'no-records';

export class EditRefusedError extends Error {
  override name = 'EditRefusedError';
  constructor(
    readonly reason: EditRefusal,
    message: string,
  ) {
    super(message);
  }
}

/** The batch field entry writes a target's new records into. */
const fieldBatchId = (target: string): string => `field:${target}`;
const FIELD_SOURCE_FILE = 'entri lapangan';

/**
 * Refuses targets that field entry may not change: population (not a programme), an id no
 * programme has, and a user's programme deleted since (its pages wait under `~deleted/…` for an
 * undo, which must find them as they were).
 */
export async function checkEditTarget(db: JangkauDb, target: string): Promise<void> {
  if (target === 'population')
    throw new EditRefusedError('population', 'population figures are not edited record by record');
  if (SHIPPED_PROGRAMS.some((p) => p.id === target)) return;
  if ((await db.programs.get(target)) !== undefined) return;
  const deleted = await db.batches
    .where('program')
    .equals(target)
    .filter((b) => b.kind === 'program-deleted' && b.undone !== true)
    .count();
  if (deleted > 0)
    throw new EditRefusedError(
      'program-deleted',
      `programme ${target} was deleted: undo its deletion before changing its records`,
    );
  throw new EditRefusedError('unknown-target', `no programme ${target}`);
}

/** Whether `target` is a defined programme (its records carry `program`). */
export const isDefinedTarget = (target: string): boolean =>
  !(BATCH_TARGETS as readonly string[]).includes(target);

/**
 * The time of a new group: now, or a millisecond after the newest revision when the clock has
 * not moved past it (two edits in one millisecond, a clock set back), so that `at` alone orders
 * the history and the newest group is always the last one written.
 */
export async function nextAt(db: JangkauDb): Promise<string> {
  const last = await db.revisions.orderBy('at').last();
  const now = Date.now();
  const t = last === undefined ? now : Math.max(now, Date.parse(last.at) + 1);
  return new Date(t).toISOString();
}

/** The newest revision of record `id` of `target`, or undefined. */
async function latestRevision(
  db: JangkauDb,
  target: string,
  id: string,
): Promise<Revision | undefined> {
  const revs = await db.revisions
    .where('recordId')
    .equals(id)
    .filter((r) => r.target === target)
    .toArray();
  return revs.reduce<Revision | undefined>(
    (a, r) => (a === undefined || r.at > a.at ? r : a),
    undefined,
  );
}

/**
 * The rev a change of record `id` gets: one more than both the stored record's and its newest
 * revision's (a delete counts too, and a record removed by a batch undo keeps its history).
 */
export async function nextRev(
  db: JangkauDb,
  target: string,
  id: string,
  stored: StoredRecord | undefined,
): Promise<number> {
  const latest = await latestRevision(db, target, id);
  return Math.max(stored === undefined ? 0 : (stored.rev ?? 1), latest?.rev ?? 0) + 1;
}

/** The field batch of `target`, created on first use (and taken back into use if undone). */
export async function fieldBatch(db: JangkauDb, target: string, at: string): Promise<ImportBatch> {
  const id = fieldBatchId(target);
  const stored = await db.batches.get(id);
  if (stored !== undefined && stored.undone !== true) return stored;
  const batch: ImportBatch = {
    id,
    program: target,
    sourceFile: FIELD_SOURCE_FILE,
    createdAt: stored?.createdAt ?? at,
    rowCount: 0,
    kind: 'field',
  };
  await db.batches.put(batch);
  return batch;
}

/**
 * Where a record coming back (undelete, undo of a delete) goes: its own batch while that is
 * live, else the target's field batch (its import was undone or its demo cleared since).
 */
export async function homeBatch(
  db: JangkauDb,
  target: string,
  batchId: string,
  at: string,
): Promise<ImportBatch> {
  const own = await db.batches.get(batchId);
  if (
    own !== undefined &&
    own.undone !== true &&
    own.program === target &&
    own.kind !== 'program-deleted'
  )
    return own;
  return fieldBatch(db, target, at);
}

/** Keeps each field batch's rowCount equal to its live records after the edit's page changes. */
export async function applyCounts(db: JangkauDb, pages: TargetPages): Promise<void> {
  for (const [batchId, n] of pages.countDelta) {
    if (n === 0) continue;
    const batch = await db.batches.get(batchId);
    if (batch?.kind === 'field') await db.batches.update(batchId, { rowCount: batch.rowCount + n });
  }
}

/** The provenance storage keeps from the stored record whatever a form hands over. */
export function keepProvenance(next: StoredRecord, stored: StoredRecord): StoredRecord {
  return {
    ...next,
    id: stored.id,
    batchId: stored.batchId,
    sourceFile: stored.sourceFile,
    sourceRow: stored.sourceRow,
    createdAt: stored.createdAt,
  };
}

/** Equal as data (key order aside); `loose` also ignores `rev` and `updatedAt`. */
export function sameRecord(
  a: StoredRecord | null | undefined,
  b: StoredRecord | null | undefined,
  loose = false,
): boolean {
  if (a == null || b == null) return a == null && b == null;
  const strip = (r: StoredRecord) => (loose ? { ...r, rev: undefined, updatedAt: undefined } : r);
  return stable(strip(a)) === stable(strip(b));
}

/** JSON with object keys sorted (undefined values dropped, as JSON does). */
function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)))
      : x,
  );
}

export interface RevisionInput {
  recordId: string;
  kind: RevisionKind;
  before: StoredRecord | null;
  after: StoredRecord | null;
  rev: number;
}

/**
 * A group's `index`-th revision row. Its id is the group's with the index, zero-padded: rows of
 * a group read by `groupId` come in the order they were written (an undo puts deleted records
 * back in the order they were deleted in).
 */
export function revisionRow(
  group: { target: string; at: string; by: string; groupId: string },
  input: RevisionInput,
  index: number,
): Revision {
  const id = `rev-${group.groupId.replace(/^grp-/, '')}-${String(index).padStart(5, '0')}`;
  return { id, ...group, ...input };
}
