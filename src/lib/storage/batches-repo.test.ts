import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBatches, undoBatch } from './batches-repo';
import { openDb, type JangkauDb } from './db';
import { addBatch } from './records-repo';
import { bankRow, freshDbName, visitRow } from './test-helpers';
import { readAll } from './records-read';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

describe('undoBatch', () => {
  it('deletes exactly that batch’s records and keeps the batch as undone history', async () => {
    const a = await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'a.csv',
      rows: [bankRow(2), bankRow(3)],
    });
    const b = await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'b.csv',
      rows: [bankRow(2)],
    });
    const c = await addBatch(db, {
      program: 'home_care',
      sourceFile: 'c.csv',
      rows: [visitRow(2)],
    });

    expect(await undoBatch(db, a.id)).toBe(2);
    expect((await readAll(db, 'bank_sampah')).length).toBe(1);
    expect((await readAll(db, 'bank_sampah')).filter((r) => r.batchId === b.id).length).toBe(1);
    expect((await readAll(db, 'home_care')).length).toBe(1);
    const undone = await db.batches.get(a.id);
    expect(undone?.undone).toBe(true);
    expect(typeof undone?.undoneAt).toBe('string');

    expect((await listBatches(db)).map((x) => x.id).sort()).toEqual([b.id, c.id].sort());
    expect(await listBatches(db, { includeUndone: true })).toHaveLength(3);
    expect((await listBatches(db, { program: 'home_care' })).map((x) => x.id)).toEqual([c.id]);
    // Undoing twice or an unknown id is a no-op.
    expect(await undoBatch(db, a.id)).toBe(0);
    expect(await undoBatch(db, 'nope')).toBe(0);
  });
});
