import type { RecordInput, Revision, StoredRecord } from '../model/revision';
import type { JangkauDb } from './db';
import {
  applyCounts,
  checkEditTarget,
  EDIT_TABLES,
  EditRefusedError,
  fieldBatch,
  isDefinedTarget,
  keepProvenance,
  nextAt,
  nextRev,
  revisionRow,
  sameRecord,
} from './edit-context';
import { TargetPages } from './edit-pages';
import { randomId } from './ids';
import { queueRevisions } from './sync-queue';
import type { NewDefinedRecord, NewRecord } from './records-repo';

/**
 * Field entry (issue 11): records added, changed and deleted one user action at a time. Each
 * function is ONE transaction over pages, batches and revisions: the pages stay the current
 * state every reader reads, and every change is also a revision row (revisions-repo.ts).
 */

/** A field row: what the form makes, as the import hands rows over, without an id. */
export type FieldRow =
  | Omit<NewRecord<'bank_sampah'>, 'id'>
  | Omit<NewRecord<'prodamas'>, 'id'>
  | Omit<NewRecord<'home_care'>, 'id'>
  | (Omit<NewDefinedRecord, 'id' | 'program'> & { program?: string });

/**
 * Adds one record to `target`'s field batch (`field:<target>`, created on first use) with id
 * `fld-…` and rev 1; for a defined programme `program` is set to `target`.
 */
export async function addFieldRecord(
  db: JangkauDb,
  target: string,
  row: FieldRow,
  by: string,
): Promise<{ record: StoredRecord; revision: Revision }> {
  return db.transaction('rw', EDIT_TABLES, async () => {
    await checkEditTarget(db, target);
    const at = await nextAt(db);
    const batch = await fieldBatch(db, target, at);
    const record: StoredRecord = {
      ...row,
      ...(isDefinedTarget(target) ? { program: target } : {}),
      // Random, not `<batch>:<n>`: the field batch's count goes down on deletes.
      id: randomId('fld'),
      batchId: batch.id,
      sourceFile: batch.sourceFile,
      sourceRow: row.sourceRow,
      createdAt: at,
      updatedAt: at,
      rev: 1,
    };
    const pages = new TargetPages(db, target);
    await pages.append(batch, record);
    await pages.flush();
    await applyCounts(db, pages);
    const revision = revisionRow(
      { target, at, by, groupId: randomId('grp') },
      { recordId: record.id, kind: 'create', before: null, after: record, rev: 1 },
      0,
    );
    await db.revisions.add(revision);
    await queueRevisions(db, [revision]);
    return { record, revision };
  });
}

/**
 * Changes records of any batch (import, demo, field) of `target`. Each `record` is the full new
 * record as the form made it; storage keeps its id and provenance, sets `updatedAt` and
 * `rev + 1`. Records that come unchanged are skipped. Returns the group id, null when nothing
 * changed. An id not stored (or given twice) throws and nothing is written.
 */
export async function updateFieldRecords(
  db: JangkauDb,
  target: string,
  changes: readonly { id: string; record: RecordInput }[],
  by: string,
): Promise<string | null> {
  return db.transaction('rw', EDIT_TABLES, async () => {
    await checkEditTarget(db, target);
    const pages = new TargetPages(db, target);
    const at = await nextAt(db);
    const group = { target, at, by, groupId: randomId('grp') };
    const revisions: Revision[] = [];
    unique(changes.map((c) => c.id));
    for (const { id, record } of changes) {
      const stored = await found(pages, id, record.batchId);
      const next: StoredRecord = {
        ...keepProvenance(record as StoredRecord, stored),
        ...(isDefinedTarget(target) ? { program: target } : {}),
        updatedAt: at,
        rev: await nextRev(db, target, id, stored),
      };
      if (sameRecord(stored, next, true)) continue;
      pages.replace(next);
      revisions.push(
        revisionRow(
          group,
          {
            recordId: id,
            kind: 'update',
            before: stored,
            after: next,
            rev: next.rev as number,
          },
          revisions.length,
        ),
      );
    }
    if (revisions.length === 0) return null;
    await pages.flush();
    await db.revisions.bulkAdd(revisions);
    await queueRevisions(db, revisions);
    return group.groupId;
  });
}

/**
 * Deletes records of `target` from their pages (a page left empty is deleted), one `delete`
 * revision each: the tombstone, its `before` the record as it was. Returns the group id.
 */
export async function deleteFieldRecords(
  db: JangkauDb,
  target: string,
  ids: readonly string[],
  by: string,
): Promise<string> {
  if (ids.length === 0) throw new EditRefusedError('no-records', 'no records to delete');
  return db.transaction('rw', EDIT_TABLES, async () => {
    await checkEditTarget(db, target);
    unique(ids);
    const pages = new TargetPages(db, target);
    const at = await nextAt(db);
    const group = { target, at, by, groupId: randomId('grp') };
    const revisions: Revision[] = [];
    for (const id of ids) {
      const stored = await found(pages, id);
      const rev = await nextRev(db, target, id, stored);
      pages.remove(id);
      revisions.push(
        revisionRow(
          group,
          { recordId: id, kind: 'delete', before: stored, after: null, rev },
          revisions.length,
        ),
      );
    }
    await pages.flush();
    await applyCounts(db, pages);
    await db.revisions.bulkAdd(revisions);
    await queueRevisions(db, revisions);
    return group.groupId;
  });
}

async function found(pages: TargetPages, id: string, batchHint?: string): Promise<StoredRecord> {
  const stored = await pages.find(id, batchHint);
  if (stored === undefined)
    throw new EditRefusedError('not-found', `no record ${id} in ${pages.target}`);
  return stored;
}

/** One user action names each record once (two revisions of one group would be ambiguous). */
function unique(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new EditRefusedError('repeated-id', `record ${id} given twice`);
    seen.add(id);
  }
}
