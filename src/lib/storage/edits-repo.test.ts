import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { puskesmas } from '../programs/test-definitions';
import { undoBatch } from './batches-repo';
import { openDb, type JangkauDb } from './db';
import { EditRefusedError } from './edit-context';
import { addFieldRecord, deleteFieldRecords, updateFieldRecords } from './edits-repo';
import { deleteCustomProgram } from './programs-delete';
import { saveCustomProgram } from './programs-repo';
import { readAll, readDefined } from './records-read';
import { addBatch, addDefinedBatch } from './records-repo';
import { listTombstones, recordHistory } from './revisions-repo';
import { clearDemo } from './demo-repo';
import { restoreRevision } from './edits-undo';
import { bankRow, freshDbName, POJOK } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const BY = 'Perangkat uji';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An import of `n` bank sampah (rows 2…n+1): ids `<batch>:1`… as writeBatch assigns them. */
async function imported(n: number) {
  const rows = Array.from({ length: n }, (_, i) => bankRow(i + 2));
  const batch = await addBatch(db, { program: 'bank_sampah', sourceFile: 'b.csv', rows });
  return { batch, records: await readAll(db, 'bank_sampah') };
}

describe('addFieldRecord', () => {
  it('stores the row in field:<target> with rev 1 and a create revision', async () => {
    const { record, revision } = await addFieldRecord(db, 'bank_sampah', bankRow(0), BY);
    expect(record.id).toMatch(/^fld-/);
    const [stored] = await readAll(db, 'bank_sampah');
    // Every field of the row, plus the provenance storage adds.
    expect(stored).toEqual({
      ...bankRow(0),
      id: record.id,
      batchId: 'field:bank_sampah',
      sourceFile: 'entri lapangan',
      sourceRow: 0,
      createdAt: revision.at,
      updatedAt: revision.at,
      rev: 1,
    });
    expect(revision).toMatchObject({ kind: 'create', before: null, after: stored, rev: 1, by: BY });
    expect(revision.at).toMatch(ISO);
    expect(await db.batches.get('field:bank_sampah')).toMatchObject({
      kind: 'field',
      program: 'bank_sampah',
      sourceFile: 'entri lapangan',
      rowCount: 1,
    });
  });

  it('sets program for a defined target; refuses population and a deleted programme', async () => {
    await saveCustomProgram(db, puskesmas());
    const row = { sourceRow: 0, kode: POJOK, rw: null, rt: null, lng: 112, lat: -7.8 };
    const { record } = await addFieldRecord(db, 'puskesmas', { ...row, values: { name: 'A' } }, BY);
    expect(record.program).toBe('puskesmas');
    const population = addFieldRecord(db, 'population', bankRow(0), BY);
    await expect(population).rejects.toMatchObject({ reason: 'population' });
    await deleteCustomProgram(db, 'puskesmas');
    await expect(
      updateFieldRecords(db, 'puskesmas', [{ id: record.id, record: { ...record } }], BY),
    ).rejects.toThrow(/puskesmas was deleted: undo its deletion/);
    await expect(addFieldRecord(db, 'nowhere', bankRow(0), BY)).rejects.toBeInstanceOf(
      EditRefusedError,
    );
  });
});

describe('updateFieldRecords', () => {
  it('a status change is rev 2; the history holds the old and the new value', async () => {
    const { records } = await imported(2);
    const old = records[1];
    const group = await updateFieldRecords(
      db,
      'bank_sampah',
      // The form hands over a full record; a changed provenance field is not taken.
      [{ id: old.id, record: { ...old, status: 'tidak_aktif', sourceRow: 99, batchId: 'x' } }],
      BY,
    );
    const after = (await readAll(db, 'bank_sampah'))[1];
    expect(after).toEqual({ ...old, status: 'tidak_aktif', updatedAt: after.updatedAt, rev: 2 });
    expect(after.updatedAt > old.updatedAt).toBe(true);
    const history = await recordHistory(db, old.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ groupId: group, kind: 'update', rev: 2 });
    expect(history[0].before?.status).toBe('aktif');
    expect(history[0].after?.status).toBe('tidak_aktif');
    // The other record is untouched.
    expect((await readAll(db, 'bank_sampah'))[0]).toEqual(records[0]);
  });

  it('skips unchanged records and returns null when nothing changed', async () => {
    const { records } = await imported(2);
    const same = records.map((r) => ({ id: r.id, record: { ...r } }));
    expect(await updateFieldRecords(db, 'bank_sampah', same, BY)).toBeNull();
    expect(await db.revisions.count()).toBe(0);
    expect(await readAll(db, 'bank_sampah')).toEqual(records);
  });

  it('an id not stored throws and writes nothing', async () => {
    const { records } = await imported(2);
    const changes = [
      { id: records[0].id, record: { ...records[0], members: 1 } },
      { id: 'imp-none', record: { ...records[1], id: 'imp-none' } },
    ];
    await expect(updateFieldRecords(db, 'bank_sampah', changes, BY)).rejects.toMatchObject({
      reason: 'not-found',
    });
    expect(await readAll(db, 'bank_sampah')).toEqual(records);
    expect(await db.revisions.count()).toBe(0);
  });
});

describe('deleteFieldRecords and tombstones', () => {
  it('removes the record; its tombstone restores it byte-equal apart from rev and updatedAt', async () => {
    const { records } = await imported(3);
    const group = await deleteFieldRecords(db, 'bank_sampah', [records[1].id], BY);
    expect((await readAll(db, 'bank_sampah')).map((r) => r.id)).toEqual([
      records[0].id,
      records[2].id,
    ]);
    const [tomb] = await listTombstones(db, 'bank_sampah');
    expect(tomb).toMatchObject({ groupId: group, kind: 'delete', after: null, rev: 2 });
    expect(tomb.before).toEqual(records[1]);
    expect(await listTombstones(db, 'prodamas')).toEqual([]);
  });

  it('deleting the only record of a page deletes the page; the field batch count follows', async () => {
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(0), BY);
    await deleteFieldRecords(db, 'bank_sampah', [record.id], BY);
    expect(await db.pages.count()).toBe(0);
    expect((await db.batches.get('field:bank_sampah'))?.rowCount).toBe(0);
  });

  it('a repeated or unknown id throws and deletes nothing', async () => {
    const { records } = await imported(2);
    const twice = deleteFieldRecords(db, 'bank_sampah', [records[0].id, records[0].id], BY);
    await expect(twice).rejects.toMatchObject({ reason: 'repeated-id' });
    const unknown = deleteFieldRecords(db, 'bank_sampah', [records[0].id, 'nope'], BY);
    await expect(unknown).rejects.toMatchObject({ reason: 'not-found' });
    expect(await readAll(db, 'bank_sampah')).toEqual(records);
  });
});

describe('import batches stay undoable as a whole', () => {
  it('undoing an import removes records edited since; their history stays', async () => {
    const { batch, records } = await imported(2);
    await updateFieldRecords(
      db,
      'bank_sampah',
      [{ id: records[0].id, record: { ...records[0], members: 7 } }],
      BY,
    );
    expect(await undoBatch(db, batch.id)).toBe(2);
    expect(await readAll(db, 'bank_sampah')).toEqual([]);
    expect((await recordHistory(db, records[0].id)).map((r) => r.kind)).toEqual(['update']);
  });

  it('a demo record is edited too; cleared with the demo, its revision brings it back', async () => {
    await addBatch(db, {
      id: 'demo:bank_sampah',
      kind: 'demo',
      program: 'bank_sampah',
      sourceFile: 'demo/bank-sampah.json',
      rows: [bankRow(2)],
    });
    const [demo] = await readAll(db, 'bank_sampah');
    await updateFieldRecords(db, 'bank_sampah', [{ id: demo.id, record: { ...demo, rt: 9 } }], BY);
    expect((await readAll(db, 'bank_sampah'))[0]).toMatchObject({
      batchId: 'demo:bank_sampah',
      rt: 9,
      rev: 2,
    });
    expect(await clearDemo(db)).toBe(1);
    expect(await readAll(db, 'bank_sampah')).toEqual([]);
    const [edit] = await recordHistory(db, demo.id);
    const back = await restoreRevision(db, edit.id, BY);
    // Its demo batch is gone: it comes back as a field record, rt 9, rev 3.
    expect([back.batchId, back.rt, back.rev]).toEqual(['field:bank_sampah', 9, 3]);
  });

  it('a defined programme record of an import is edited like a built-in one', async () => {
    await addDefinedBatch(db, {
      program: 'emas',
      sourceFile: 'emas.csv',
      rows: [
        {
          program: 'emas',
          sourceRow: 2,
          kode: POJOK,
          rw: 1,
          rt: 1,
          lng: 112,
          lat: -7.8,
          values: { x: 1 },
        },
      ],
    });
    const [spot] = await readDefined(db, 'emas');
    await updateFieldRecords(
      db,
      'emas',
      [{ id: spot.id, record: { ...spot, values: { x: 2 } } }],
      BY,
    );
    const [after] = await readDefined(db, 'emas');
    expect([after.values, after.rev]).toEqual([{ x: 2 }, 2]);
  });
});
