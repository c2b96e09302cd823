import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { addBatch, listRecords } from './records-repo';
import { bankRow, freshDbName, prodamasRow } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

describe('addBatch', () => {
  it('writes the batch and every row with provenance', async () => {
    const batch = await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'bank-sampah.csv',
      rows: [bankRow(2), bankRow(3, { status: 'tidak_aktif' })],
    });
    expect(batch).toMatchObject({ program: 'bank_sampah', rowCount: 2, kind: 'import' });
    expect(await db.batches.get(batch.id)).toEqual(batch);
    const rows = await listRecords(db, 'bank_sampah');
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.batchId).toBe(batch.id);
      expect(r.sourceFile).toBe('bank-sampah.csv');
      expect(r.createdAt).toBe(batch.createdAt);
      expect(r.updatedAt).toBe(batch.createdAt);
    }
    expect(rows.map((r) => r.sourceRow).sort()).toEqual([2, 3]);
  });

  it('is all or nothing: one failing row aborts the whole batch', async () => {
    await addBatch(db, { program: 'prodamas', sourceFile: 'a.csv', rows: [prodamasRow(2)] });
    const rows = [
      prodamasRow(2, { id: 'x-1' }),
      prodamasRow(3, { id: 'x-2' }),
      prodamasRow(4, { id: 'x-1' }), // duplicate primary key → ConstraintError
      prodamasRow(5, { id: 'x-3' }),
    ];
    await expect(
      addBatch(db, { program: 'prodamas', sourceFile: 'b.csv', rows }),
    ).rejects.toThrow();
    expect(await db.prodamas.count()).toBe(1);
    expect(await db.batches.count()).toBe(1);
    expect(await db.prodamas.get('x-2')).toBeUndefined();
  });
});
