import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { addBatch } from './records-repo';
import { readAll } from './records-read';
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
    const rows = await readAll(db, 'bank_sampah');
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
      prodamasRow(4, { id: 'x-1' }), // an id twice in one batch
      prodamasRow(5, { id: 'x-3' }),
    ];
    await expect(
      addBatch(db, { program: 'prodamas', sourceFile: 'b.csv', rows }),
    ).rejects.toThrow();
    const stored = await readAll(db, 'prodamas');
    expect(stored).toHaveLength(1);
    expect(await db.batches.count()).toBe(1);
    expect(stored.find((r) => r.id === 'x-2')).toBeUndefined();
  });

  it('refuses a batch holding an id stored by an earlier batch', async () => {
    await addBatch(db, {
      program: 'prodamas',
      sourceFile: 'a.csv',
      rows: [prodamasRow(2, { id: 'k' })],
    });
    await expect(
      addBatch(db, {
        program: 'prodamas',
        sourceFile: 'b.csv',
        rows: [prodamasRow(2, { id: 'k' })],
      }),
    ).rejects.toThrow(/k is stored already/);
    expect(await readAll(db, 'prodamas')).toHaveLength(1);
    // Ids are unique per target: another programme may use the same id.
    await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'c.csv',
      rows: [bankRow(2, { id: 'k' })],
    });
  });
});
