import type { Revision, RevisionKind, StoredRecord } from '../model/revision';
import { checkCustomProgram, SHIPPED_PROGRAMS } from '../programs/registry';
import type { SyncRecord } from '../sync/contract';
import type { JangkauDb } from './db';
import { applyCounts, homeBatch, nextAt, nextRev, revisionRow, sameRecord } from './edit-context';
import { TargetPages } from './edit-pages';
import { randomId } from './ids';
import { deleteCustomProgram } from './programs-delete';

/**
 * Writes another version of a record into its pages as a revision, inside the caller's
 * transaction (SYNC_TABLES): a pulled server change, the server's side of a conflict, or
 * "keep mine". It queues nothing itself: what came from the server must not go back to it; the
 * caller queues what the user chose (sync-resolve.ts). `wanted` null = absent (a delete).
 * Returns the revision, or null when the record is that already (rev and time aside) or the
 * record is not one this browser can hold.
 */
export async function writeRecordVersion(
  db: JangkauDb,
  target: string,
  recordId: string,
  wanted: SyncRecord | null,
  by: string,
): Promise<Revision | null> {
  // Deleted programmes' pages (`~deleted/…`) and the sync's own targets are never records.
  if (target.startsWith('~') || target === 'population') return null;
  if (wanted !== null && !isRecord(wanted, recordId)) return null;
  const pages = new TargetPages(db, target);
  const current = await pages.find(recordId, wanted?.batchId);
  if (sameRecord(current, wanted, true)) return null;
  const at = await nextAt(db);
  const rev = await nextRev(db, target, recordId, current);
  const before = current ?? null;
  let after: StoredRecord | null = null;
  let kind: RevisionKind = 'update';
  if (wanted === null) {
    if (current === undefined) return null;
    pages.remove(recordId);
    kind = 'delete';
  } else if (current !== undefined) {
    // The page keeps this browser's batch: the record's place here, whoever changed it.
    after = { ...wanted, id: recordId, batchId: current.batchId, updatedAt: at, rev };
    pages.replace(after);
  } else {
    // Another browser's batch id means nothing here: its own batch if this browser has it.
    const batch = await homeBatch(db, target, wanted.batchId, at);
    after = { ...wanted, id: recordId, batchId: batch.id, updatedAt: at, rev };
    await pages.append(batch, after);
    kind = 'create';
  }
  await pages.flush();
  await applyCounts(db, pages);
  const revision = revisionRow(
    { target, at, by, groupId: randomId('grp') },
    { recordId, kind, before, after, rev },
    0,
  );
  await db.revisions.add(revision);
  return revision;
}

function isRecord(r: SyncRecord, recordId: string): r is StoredRecord {
  return r.id === recordId && typeof r.batchId === 'string';
}

/**
 * Writes a programme definition from the server (`~program`), inside the caller's
 * transaction: checked as every other way in (a shipped id or a clash is not taken). A delete
 * goes through `deleteCustomProgram`, so its records are kept for an undo as a local delete's
 * are. Returns whether anything changed.
 */
export async function writeProgramVersion(
  db: JangkauDb,
  id: string,
  wanted: SyncRecord | null,
): Promise<boolean> {
  if (SHIPPED_PROGRAMS.some((p) => p.id === id)) return false;
  const stored = await db.programs.get(id);
  if (wanted === null) {
    if (stored === undefined) return false;
    await deleteCustomProgram(db, id);
    return true;
  }
  if (wanted.id !== id) return false;
  const others = (await db.programs.toArray()).filter((p) => p.id !== id);
  // A server may stamp its rev on what it stores; a definition has no such field.
  const { rev: _rev, ...definition } = wanted;
  const checked = checkCustomProgram(definition, others);
  if (!checked.ok) return false;
  if (JSON.stringify(stored) === JSON.stringify(checked.definition)) return false;
  await db.programs.put(checked.definition);
  return true;
}
