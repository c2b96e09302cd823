import type { Revision, RevisionKind, StoredRecord } from '../model/revision';
import { checkCustomProgram, SHIPPED_PROGRAMS } from '../programs/registry';
import type { SyncRecord } from '../sync/contract';
import type { JangkauDb } from './db';
import { applyCounts, homeBatch, nextAt, nextRev, revisionRow, sameRecord } from './edit-context';
import { TargetPages } from './edit-pages';
import { randomId } from './ids';
import { deleteCustomProgram } from './programs-delete';

/**
 * Writes other versions of records into their pages as revisions, inside the caller's
 * transaction (SYNC_TABLES): pulled server changes, the server's side of a conflict, or "keep
 * mine". It queues nothing itself: what came from the server must not go back to it; the caller
 * queues what the user chose (sync-resolve.ts). One writer serves a whole pulled page: each
 * target's pages are read once and written once (`flush`), not once per record.
 */
export class VersionWriter {
  private readonly pages = new Map<string, TargetPages>();
  private readonly revisions: Revision[] = [];
  /** The newest rev written per record key, for a record changed twice before the flush. */
  private readonly revs = new Map<string, number>();
  private baseAt: number | null = null;

  constructor(private readonly db: JangkauDb) {}

  /**
   * Makes record `recordId` of `target` `wanted` (null = absent, a delete). Returns the
   * revision, or null when the record is that already (rev and time aside) or is not one this
   * browser can hold.
   */
  async write(
    target: string,
    recordId: string,
    wanted: SyncRecord | null,
    by: string,
  ): Promise<Revision | null> {
    // Deleted programmes' pages (`~deleted/…`) and the sync's own targets are never records.
    if (target.startsWith('~') || target === 'population') return null;
    if (wanted !== null && !isRecord(wanted, recordId)) return null;
    const pages = this.pagesOf(target);
    const current = await pages.find(recordId, wanted?.batchId);
    if (sameRecord(current, wanted, true)) return null;
    if (wanted === null && current === undefined) return null;
    // One millisecond apart and after every stored revision: `at` alone orders the history.
    this.baseAt ??= Date.parse(await nextAt(this.db));
    const at = new Date(this.baseAt + this.revisions.length).toISOString();
    const key = `${target}\u0000${recordId}`;
    const rev = Math.max(
      await nextRev(this.db, target, recordId, current),
      (this.revs.get(key) ?? 0) + 1,
    );
    this.revs.set(key, rev);
    const before = current ?? null;
    let after: StoredRecord | null = null;
    let kind: RevisionKind = 'update';
    if (wanted === null) {
      pages.remove(recordId);
      kind = 'delete';
    } else if (current !== undefined) {
      // The page keeps this browser's batch: the record's place here, whoever changed it.
      after = { ...wanted, id: recordId, batchId: current.batchId, updatedAt: at, rev };
      pages.replace(after);
    } else {
      // Another browser's batch id means nothing here: its own batch if this browser has it.
      const batch = await homeBatch(this.db, target, wanted.batchId, at);
      after = { ...wanted, id: recordId, batchId: batch.id, updatedAt: at, rev };
      await pages.append(batch, after);
      kind = 'create';
    }
    const revision = revisionRow(
      { target, at, by, groupId: randomId('grp') },
      { recordId, kind, before, after, rev },
      0,
    );
    this.revisions.push(revision);
    return revision;
  }

  /** Writes the changed pages, the field batches' counts and the revisions. */
  async flush(): Promise<void> {
    for (const pages of this.pages.values()) {
      await pages.flush();
      await applyCounts(this.db, pages);
    }
    await this.db.revisions.bulkAdd(this.revisions.splice(0));
  }

  private pagesOf(target: string): TargetPages {
    let pages = this.pages.get(target);
    if (pages === undefined) this.pages.set(target, (pages = new TargetPages(this.db, target)));
    return pages;
  }
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
