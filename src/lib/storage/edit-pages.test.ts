import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { addFieldRecord, deleteFieldRecords, updateFieldRecords } from './edits-repo';
import { restoreRevision } from './edits-undo';
import { PAGE_SIZE } from './record-pages';
import { readAll } from './records-read';
import { addBatch } from './records-repo';
import { bankRow, freshDbName } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

describe('field records in pages', () => {
  it('1,200 field adds span two pages (1,000 + 200) and read back in order', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 1200; i++) {
      const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(0, { members: i }), 'uji');
      ids.push(record.id);
    }
    const pages = await db.pages.where('batchId').equals('field:bank_sampah').toArray();
    expect(pages.map((p) => [p.page, p.records.length])).toEqual([
      [0, 1000],
      [1, 200],
    ]);
    // Page ids as toPages makes them: the batch's createdAt, target, batch, zero-padded page.
    const batch = await db.batches.get('field:bank_sampah');
    expect(pages[1].id).toBe(`${batch?.createdAt}/bank_sampah/field:bank_sampah/000001`);
    expect(batch?.rowCount).toBe(1200);
    const stored = await readAll(db, 'bank_sampah');
    expect(stored.map((r) => r.id)).toEqual(ids);
    expect(stored.map((r) => r.members)).toEqual(ids.map((_, i) => i + 1));
    expect(new Set(ids).size).toBe(1200);
  }, 60_000);

  it('field records come after the imports made before the field batch', async () => {
    await addBatch(db, { program: 'bank_sampah', sourceFile: 'a.csv', rows: [bankRow(2)] });
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(0), 'uji');
    expect((await readAll(db, 'bank_sampah')).map((r) => r.batchId)).toEqual([
      expect.stringMatching(/^imp-/),
      record.batchId,
    ]);
  });

  it('a delete keeps the other records of the page in order', async () => {
    const made = [];
    for (let i = 0; i < 4; i++)
      made.push(
        (await addFieldRecord(db, 'prodamas', { ...bankRow(0), members: i } as never, 'uji')).record
          .id,
      );
    await deleteFieldRecords(db, 'prodamas', [made[1], made[2]], 'uji');
    expect((await readAll(db, 'prodamas')).map((r) => r.id)).toEqual([made[0], made[3]]);
    expect((await db.batches.get('field:prodamas'))?.rowCount).toBe(2);
  });

  it('finds a record that moved from the page its id names (restored to the end)', async () => {
    const rows = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => bankRow(i + 2));
    const batch = await addBatch(db, { program: 'bank_sampah', sourceFile: 'big.csv', rows });
    // Record 1 lives on page 0 until deleted and restored: then it is last, on page 1.
    const group = await deleteFieldRecords(db, 'bank_sampah', [`${batch.id}:1`], 'uji');
    const [tomb] = await db.revisions.where('groupId').equals(group).toArray();
    const back = await restoreRevision(db, tomb.id, 'uji');
    const last = await db.pages.get(`${batch.createdAt}/bank_sampah/${batch.id}/000001`);
    expect(last?.records.map((r) => (r as { id: string }).id)).toEqual([
      `${batch.id}:${PAGE_SIZE + 1}`,
      `${batch.id}:1`,
    ]);
    await updateFieldRecords(
      db,
      'bank_sampah',
      [{ id: back.id, record: { ...back, rt: 11 } }],
      'uji',
    );
    await deleteFieldRecords(db, 'bank_sampah', [`${batch.id}:${PAGE_SIZE + 1}`], 'uji');
    const stored = await readAll(db, 'bank_sampah');
    expect(stored).toHaveLength(PAGE_SIZE);
    expect(stored.at(-1)).toMatchObject({ id: `${batch.id}:1`, rt: 11, rev: 4 });
    expect(stored.filter((r) => r.rt === 11)).toHaveLength(1);
  });
});
