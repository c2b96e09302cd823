import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup } from '../export/backup';
import { exportBackup, exportBackupJson, restoreBackup, restoreBackupJson } from './backup-repo';
import { ALL_TABLES, openDb, type JangkauDb } from './db';
import { addFieldRecord, deleteFieldRecords, updateFieldRecords } from './edits-repo';
import { lastUndoable, undoLastChange } from './edits-undo';
import { readAll } from './records-read';
import { addBatch } from './records-repo';
import { listTombstones, recordHistory } from './revisions-repo';
import { bankRow, freshDbName } from './test-helpers';

let db: JangkauDb;
const BY = 'Perangkat uji';

/** An import of 3, a field add, a status change of 2 (one group), a delete. */
beforeEach(async () => {
  db = await openDb(freshDbName());
  await addBatch(db, {
    program: 'bank_sampah',
    sourceFile: 'b.csv',
    rows: [bankRow(2), bankRow(3), bankRow(4)],
  });
  const [a, b, c] = await readAll(db, 'bank_sampah');
  await addFieldRecord(db, 'bank_sampah', bankRow(0, { name: 'Baru' }), BY);
  const changes = [a, b].map((r) => ({ id: r.id, record: { ...r, status: 'tidak_aktif' } }));
  await updateFieldRecords(db, 'bank_sampah', changes, BY);
  await deleteFieldRecords(db, 'bank_sampah', [c.id], BY);
});
afterEach(async () => {
  await db.delete();
});

async function wipe() {
  for (const t of ALL_TABLES) await db.table(t).clear();
}

describe('backups carry the history', () => {
  it('export → wipe → restore reproduces records, history and tombstones; undo still works', async () => {
    const records = await readAll(db, 'bank_sampah');
    const histories = await Promise.all(records.map((r) => recordHistory(db, r.id)));
    const tombstones = await listTombstones(db);
    const undoable = await lastUndoable(db);
    const json = await exportBackupJson(db);
    expect(parseBackup(json).version).toBe(BACKUP_VERSION);
    // 3 imported, 1 added, 2 changed, 1 deleted: 1 + 2 + 1 revisions.
    expect(parseBackup(json).tables.revisions).toHaveLength(4);

    await wipe();
    await restoreBackupJson(db, json);
    expect(await readAll(db, 'bank_sampah')).toEqual(records);
    expect(await Promise.all(records.map((r) => recordHistory(db, r.id)))).toEqual(histories);
    expect(await listTombstones(db)).toEqual(tombstones);
    expect(await lastUndoable(db)).toEqual(undoable);

    // The newest change was the delete: undo brings the record back into its import batch,
    // whose pages come before the field batch's (made later); then the status change.
    expect(await undoLastChange(db, BY)).toMatchObject({ count: 1, skipped: [] });
    expect((await readAll(db, 'bank_sampah')).map((r) => r.name)).toEqual([
      'Bank Sampah Uji 2',
      'Bank Sampah Uji 3',
      'Bank Sampah Uji 4',
      'Baru',
    ]);
    expect(await undoLastChange(db, BY)).toMatchObject({ count: 2, skipped: [] });
    expect((await readAll(db, 'bank_sampah')).map((r) => r.status)).toEqual([
      'aktif',
      'aktif',
      'aktif',
      'aktif',
    ]);
  });

  it('a version 1 backup (no revisions) still restores: records there, no history', async () => {
    const backup = await exportBackup(db);
    const { revisions: _dropped, ...tables } = backup.tables;
    // A version 1 file knew neither rev nor field batches.
    const strip = <R extends { rev?: number }>({ rev: _r, ...r }: R) => r;
    const v1 = {
      ...backup,
      version: 1 as const,
      tables: {
        ...tables,
        bankSampah: tables.bankSampah.map(strip),
        batches: tables.batches.filter((b) => b.kind !== 'field'),
      },
    };
    await restoreBackup(db, parseBackup(JSON.parse(JSON.stringify(v1))));
    // Which records, not their order: a version 1 file has no field batch, so the added record's
    // page takes the record's own creation time, which can tie with the import's to the
    // millisecond (then the random batch ids decide which page comes first).
    expect((await readAll(db, 'bank_sampah')).map((r) => r.name).sort()).toEqual([
      'Bank Sampah Uji 2',
      'Bank Sampah Uji 3',
      'Baru',
    ]);
    expect(await db.revisions.count()).toBe(0);
    expect(await lastUndoable(db)).toBeNull();
  });

  it('a revision whose record is not a valid record of its target is refused', async () => {
    const backup = structuredClone(await exportBackup(db));
    const revisions = backup.tables.revisions ?? [];
    (revisions[0].after as Record<string, unknown>).status = 'maybe';
    expect(() => parseBackup(backup)).toThrow(/revisions\[0\]: after: bad status/);
    const v1 = { ...structuredClone(await exportBackup(db)), version: 1 };
    expect(() => parseBackup(v1)).toThrow(/table revisions in a version 1 backup/);
  });
});
