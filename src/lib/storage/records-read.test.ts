import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { addBatch, DuplicateIdError } from './records-repo';
import { PAGE_SIZE } from './record-pages';
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
  Array.from({ length: n }, (_, i) => `b-${String(i + 1).padStart(5, '0')}`);

describe('readAllInChunks', () => {
  it.each([
    // PAGE_SIZE + 1 records: two pages, one pause between them.
    [PAGE_SIZE + 1, 1],
    [PAGE_SIZE, 0],
    [2, 0],
    [0, 0],
  ])('%i records: every record once, in file order, %i pauses', async (n, pauses) => {
    // Ids in reverse of the file order: the order read back is the file's, not the ids'.
    const rows = ids(n)
      .reverse()
      .map((id, i) => bankRow(i + 2, { id }));
    if (n > 0) await addBatch(db, { program: 'bank_sampah', sourceFile: 'a.csv', rows });
    let paused = 0;
    const read = await readAllInChunks(db, 'bank_sampah', async () => {
      paused++;
    });
    expect(read.map((r) => r.id)).toEqual(ids(n).reverse());
    expect(paused).toBe(pauses);
    expect((await readAll(db, 'bank_sampah')).map((r) => r.id)).toEqual(ids(n).reverse());
  });

  it('reads batches oldest first', async () => {
    await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'a.csv',
      rows: [bankRow(2, { id: 'z' })],
    });
    // createdAt has millisecond resolution: make sure the second batch is later.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'b.csv',
      rows: [bankRow(2, { id: 'a' })],
    });
    const read = await readAllInChunks(db, 'bank_sampah', async () => {});
    expect(read.map((r) => r.id)).toEqual(['z', 'a']);
  });
});

describe('addBatch into pages', () => {
  it('stays all or nothing when a row on a later page repeats an id', async () => {
    const rows = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => bankRow(i + 2, { id: `x-${i}` }));
    rows[PAGE_SIZE] = bankRow(PAGE_SIZE + 2, { id: 'x-0' });
    await expect(
      addBatch(db, { program: 'bank_sampah', sourceFile: 'big.csv', rows }),
    ).rejects.toThrow(DuplicateIdError);
    expect(await db.pages.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

  it('writes every row of a batch larger than one page, in ceil(n / PAGE_SIZE) pages', async () => {
    const n = 2 * PAGE_SIZE + 3;
    const rows = Array.from({ length: n }, (_, i) => bankRow(i + 2));
    const batch = await addBatch(db, { program: 'bank_sampah', sourceFile: 'big.csv', rows });
    expect(batch.rowCount).toBe(n);
    expect(await db.pages.where('batchId').equals(batch.id).count()).toBe(3);
    const read = await readAll(db, 'bank_sampah');
    expect(read.map((r) => r.sourceRow)).toEqual(rows.map((r) => r.sourceRow));
  });
});
