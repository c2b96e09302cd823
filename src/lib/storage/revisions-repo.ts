import type { Revision } from '../model/revision';
import type { JangkauDb } from './db';

/**
 * A record's revisions, newest first. Ids are unique per programme only (two programmes may use
 * one id), so `target` narrows to one programme's record when given.
 */
export async function recordHistory(
  db: JangkauDb,
  recordId: string,
  target?: string,
): Promise<Revision[]> {
  const revs = await db.revisions.where('recordId').equals(recordId).sortBy('at');
  return revs.filter((r) => target === undefined || r.target === target).reverse();
}

/**
 * Tombstones: for each record whose newest revision left it absent (a delete, or an undo that
 * took a record away again), that revision. Its `before` is the record as it was; passing its
 * id to `restoreRevision` brings the record back. Newest first; of one target when given.
 */
export async function listTombstones(db: JangkauDb, target?: string): Promise<Revision[]> {
  const revs = await (target === undefined
    ? db.revisions.orderBy('at').toArray()
    : db.revisions.where('target').equals(target).sortBy('at'));
  const newest = new Map<string, Revision>();
  for (const r of revs) newest.set(`${r.target}\u0000${r.recordId}`, r);
  return [...newest.values()]
    .filter((r) => r.after === null)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
