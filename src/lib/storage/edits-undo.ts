import type { Revision, RevisionKind, StoredRecord } from '../model/revision';
import type { JangkauDb } from './db';
import {
  applyCounts,
  checkEditTarget,
  EDIT_TABLES,
  EditRefusedError,
  homeBatch,
  keepProvenance,
  nextAt,
  nextRev,
  revisionRow,
  sameRecord,
  type RevisionInput,
} from './edit-context';
import { TargetPages } from './edit-pages';
import { randomId } from './ids';
import { queueRevisions } from './sync-queue';

/**
 * Makes record `revision.recordId` what a revision made it, as a new `restore` revision: its
 * `after`, or for a revision that left the record absent (a delete, the undo of a create) its
 * `before`, i.e. undelete. A record coming back goes into its own batch while that is live,
 * else into `field:<target>`. A record already in that state is returned as it is (no revision).
 */
export async function restoreRevision(
  db: JangkauDb,
  revisionId: string,
  by: string,
): Promise<StoredRecord> {
  return db.transaction('rw', EDIT_TABLES, async () => {
    const revision = await db.revisions.get(revisionId);
    if (revision === undefined)
      throw new EditRefusedError('not-found', `no revision ${revisionId}`);
    await checkEditTarget(db, revision.target);
    const wanted = (revision.after ?? revision.before) as StoredRecord;
    const pages = new TargetPages(db, revision.target);
    const at = await nextAt(db);
    const current = await pages.find(revision.recordId, wanted.batchId);
    const change = await bringTo(db, pages, wanted, current, at, 'restore');
    if (change === null) return current as StoredRecord;
    await pages.flush();
    await applyCounts(db, pages);
    const row = revisionRow(
      { target: revision.target, at, by, groupId: randomId('grp') },
      change,
      0,
    );
    await db.revisions.add(row);
    await queueRevisions(db, [row]);
    return change.after as StoredRecord;
  });
}

/** What `lastUndoable` tells the UI about the change an undo would revert. */
export interface UndoableChange {
  groupId: string;
  kind: RevisionKind;
  /** Records the change touched. */
  count: number;
  target: string;
  /** ISO 8601. */
  at: string;
}

/** The newest group that is not an undo and was not undone, or null. */
export async function lastUndoable(db: JangkauDb): Promise<UndoableChange | null> {
  const newest = await newestUndoable(db);
  if (newest === undefined) return null;
  const count = await db.revisions.where('groupId').equals(newest.groupId).count();
  const { groupId, kind, target, at } = newest;
  return { groupId, kind, count, target, at };
}

/**
 * Undoes the newest undoable group (see `lastUndoable`): every record goes back to its
 * `before` (a created one is removed, a deleted one comes back) as `undo` revisions of a new
 * group, and the group's revisions get `undoneBy`. A record whose current state is not the
 * group's `after` any more (rev and time aside: a later change undone since leaves the same
 * record) — its batch was undone, its programme deleted since — is left as it is
 * and listed in `skipped`; the group counts as undone all the same, so the next undo goes on to
 * the change before it. Null when there is nothing to undo.
 */
export async function undoLastChange(
  db: JangkauDb,
  by: string,
): Promise<{ groupId: string; count: number; skipped: string[] } | null> {
  return db.transaction('rw', EDIT_TABLES, async () => {
    const newest = await newestUndoable(db);
    if (newest === undefined) return null;
    // In the order they were written: ids of one group sort so (revisionRow).
    const revisions = await db.revisions.where('groupId').equals(newest.groupId).toArray();
    const at = await nextAt(db);
    const groupId = randomId('grp');
    const rows: Revision[] = [];
    const skipped: string[] = [];
    const pagesOf = new Map<string, TargetPages | null>();
    for (const r of revisions) {
      const pages = await editablePages(db, pagesOf, r.target);
      const current = await pages?.find(r.recordId, (r.after ?? r.before)?.batchId);
      const change =
        pages === null || !sameRecord(current, r.after, true)
          ? null
          : await bringTo(db, pages, r.before, current, at, 'undo');
      if (change === null) skipped.push(r.recordId);
      else rows.push(revisionRow({ target: r.target, at, by, groupId }, change, rows.length));
    }
    for (const pages of pagesOf.values()) {
      if (pages === null) continue;
      await pages.flush();
      await applyCounts(db, pages);
    }
    await db.revisions.bulkAdd(rows);
    await queueRevisions(db, rows);
    await db.revisions.bulkPut(revisions.map((r) => ({ ...r, undoneBy: groupId })));
    return { groupId, count: rows.length, skipped };
  });
}

async function newestUndoable(db: JangkauDb): Promise<Revision | undefined> {
  return db.revisions
    .orderBy('at')
    .reverse()
    .filter((r) => r.kind !== 'undo' && r.undoneBy === undefined)
    .first();
}

/** The pages of `target`, or null when it may not be edited now (its programme was deleted). */
async function editablePages(
  db: JangkauDb,
  cache: Map<string, TargetPages | null>,
  target: string,
): Promise<TargetPages | null> {
  if (!cache.has(target)) {
    let pages: TargetPages | null = new TargetPages(db, target);
    try {
      await checkEditTarget(db, target);
    } catch (e) {
      if (!(e instanceof EditRefusedError)) throw e;
      pages = null;
    }
    cache.set(target, pages);
  }
  return cache.get(target) ?? null;
}

/**
 * Changes the stored record (`current`, undefined when absent) to `wanted` (null: absent) in
 * `pages`; returns the revision input, or null when it is that already (rev and time aside).
 */
async function bringTo(
  db: JangkauDb,
  pages: TargetPages,
  wanted: StoredRecord | null,
  current: StoredRecord | undefined,
  at: string,
  kind: 'restore' | 'undo',
): Promise<RevisionInput | null> {
  if (sameRecord(current, wanted, true)) return null;
  const recordId = (wanted ?? current)?.id as string;
  const rev = await nextRev(db, pages.target, recordId, current);
  const before = current ?? null;
  if (wanted === null) {
    pages.remove(recordId);
    return { recordId, kind, before, after: null, rev };
  }
  if (current !== undefined) {
    const after = { ...keepProvenance(wanted, current), updatedAt: at, rev };
    pages.replace(after);
    return { recordId, kind, before, after, rev };
  }
  const batch = await homeBatch(db, pages.target, wanted.batchId, at);
  const after = { ...wanted, batchId: batch.id, updatedAt: at, rev };
  await pages.append(batch, after);
  return { recordId, kind, before, after, rev };
}
