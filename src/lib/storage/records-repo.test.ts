import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { addBatch, countRecords, listRecords, updateRecord } from './records-repo';
import { BUJEL, POJOK, bankRow, freshDbName, prodamasRow, visitRow } from './test-helpers';

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
    expect(await countRecords(db, 'prodamas')).toBe(1);
    expect(await db.batches.count()).toBe(1);
    expect(await db.prodamas.get('x-2')).toBeUndefined();
  });
});

describe('listRecords / countRecords', () => {
  beforeEach(async () => {
    await addBatch(db, {
      program: 'prodamas',
      sourceFile: 'p.csv',
      rows: [
        prodamasRow(2, { year: 2023 }),
        prodamasRow(3, { year: 2024, category: 'kesehatan' }),
        prodamasRow(4, { year: 2024, kode: BUJEL }),
      ],
    });
    await addBatch(db, {
      program: 'home_care',
      sourceFile: 'hc.csv',
      rows: [
        visitRow(2, { date: '2022-12-31' }),
        visitRow(3, { date: '2023-01-01', patientId: 'P-2' }),
        visitRow(4, { date: '2023-06-30' }),
      ],
    });
  });

  it('filters by kode, year and category', async () => {
    expect(await countRecords(db, 'prodamas', { year: 2024 })).toBe(2);
    expect(await countRecords(db, 'prodamas', { kode: POJOK, year: 2024 })).toBe(1);
    const k = await listRecords(db, 'prodamas', { year: 2024, category: 'kesehatan' });
    expect(k.map((r) => r.sourceRow)).toEqual([3]);
  });

  it('filters visits by date range (inclusive), year and patient', async () => {
    expect(await countRecords(db, 'home_care', { dateFrom: '2023-01-01' })).toBe(2);
    expect(await countRecords(db, 'home_care', { dateTo: '2023-01-01' })).toBe(2);
    expect(await countRecords(db, 'home_care', { year: 2022 })).toBe(1);
    expect(await countRecords(db, 'home_care', { patientId: 'P-0001' })).toBe(2);
  });

  it('updates one record and bumps updatedAt', async () => {
    const [r] = await listRecords(db, 'prodamas', { year: 2023 });
    await new Promise((res) => setTimeout(res, 5));
    expect(await updateRecord(db, 'prodamas', r.id, { progress: 50 })).toBe(true);
    const after = await db.prodamas.get(r.id);
    expect(after?.progress).toBe(50);
    expect(after && after.updatedAt > r.updatedAt).toBe(true);
    expect(await updateRecord(db, 'prodamas', 'nope', { progress: 0 })).toBe(false);
  });
});
