import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { addBatch } from './records-repo';
import { readAll, readAllInChunks } from './records-read';
import { bankRow, freshDbName } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `b-${String(i + 1).padStart(2, '0')}`);

describe('readAllInChunks', () => {
  it.each([
    // 7 records in chunks of 3: pages of 3, 3, 1, a pause after each full page.
    [7, 2],
    // 6 in chunks of 3: two full pages, then an empty one ends the read.
    [6, 2],
    [2, 0],
    [0, 0],
  ])('%i records, chunks of 3: every record once, in key order, %i pauses', async (n, pauses) => {
    const rows = ids(n).map((id, i) => bankRow(i + 2, { id }));
    // Added in reverse, so key order is not insertion order.
    if (n > 0)
      await addBatch(db, { program: 'bank_sampah', sourceFile: 'a.csv', rows: rows.reverse() });
    let paused = 0;
    const read = await readAllInChunks(db, 'bank_sampah', 3, async () => {
      paused++;
    });
    expect(read.map((r) => r.id)).toEqual(ids(n));
    expect(paused).toBe(pauses);
    expect((await readAll(db, 'bank_sampah')).map((r) => r.id)).toEqual(ids(n));
  });
});

describe('addBatch in chunks', () => {
  it('stays all or nothing when a row past the first write chunk fails', async () => {
    // 5,001 rows: the first chunk (5,000) is written before the last row's duplicate id fails.
    const rows = Array.from({ length: 5001 }, (_, i) => bankRow(i + 2, { id: `x-${i}` }));
    rows[5000] = bankRow(5002, { id: 'x-0' });
    await expect(
      addBatch(db, { program: 'bank_sampah', sourceFile: 'big.csv', rows }),
    ).rejects.toThrow();
    expect(await db.bankSampah.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

  it('writes every row of a batch larger than one chunk', async () => {
    const rows = Array.from({ length: 5003 }, (_, i) => bankRow(i + 2));
    const batch = await addBatch(db, { program: 'bank_sampah', sourceFile: 'big.csv', rows });
    expect(batch.rowCount).toBe(5003);
    expect(await db.bankSampah.where('batchId').equals(batch.id).count()).toBe(5003);
  });
});
