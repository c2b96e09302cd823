import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BankSampah } from '../model/records';
import { undoBatch } from './batches-repo';
import { openDb, type JangkauDb } from './db';
import { addFieldRecord, deleteFieldRecords, updateFieldRecords } from './edits-repo';
import { lastUndoable, restoreRevision, undoLastChange } from './edits-undo';
import { readAll } from './records-read';
import { addBatch } from './records-repo';
import { listTombstones, recordHistory } from './revisions-repo';
import { bankRow, freshDbName, POJOK } from './test-helpers';
import { puskesmas } from '../programs/test-definitions';
import { saveCustomProgram } from './programs-repo';
import { deleteCustomProgram } from './programs-delete';
import { readDefined } from './records-read';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const BY = 'Perangkat uji';

async function imported(n: number) {
  const rows = Array.from({ length: n }, (_, i) => bankRow(i + 2));
  const batch = await addBatch(db, { program: 'bank_sampah', sourceFile: 'b.csv', rows });
  return { batch, records: await readAll(db, 'bank_sampah') };
}

const bank = () => readAll(db, 'bank_sampah');
/** A record without what every change moves on (rev, updatedAt). */
const content = ({ rev: _r, updatedAt: _u, ...rest }: BankSampah) => rest;

async function setMembers(r: BankSampah, members: number) {
  return updateFieldRecords(db, 'bank_sampah', [{ id: r.id, record: { ...r, members } }], BY);
}

describe('undoLastChange', () => {
  it('a bulk update of 3 records is one group; one undo reverts all 3', async () => {
    const { records } = await imported(3);
    const changes = records.map((r) => ({ id: r.id, record: { ...r, status: 'tidak_aktif' } }));
    const group = await updateFieldRecords(db, 'bank_sampah', changes, BY);
    expect(
      await db.revisions
        .where('groupId')
        .equals(group as string)
        .count(),
    ).toBe(3);
    expect(await lastUndoable(db)).toMatchObject({
      groupId: group,
      kind: 'update',
      count: 3,
      target: 'bank_sampah',
    });

    const undone = await undoLastChange(db, BY);
    expect(undone).toMatchObject({ count: 3, skipped: [] });
    const after = await bank();
    expect(after.map(content)).toEqual(records.map(content));
    // created 1, update 2, undo 3: every change moves rev on, the undo too (sync sees it).
    expect(after.map((r) => r.rev)).toEqual([3, 3, 3]);
    const originals = await db.revisions
      .where('groupId')
      .equals(group as string)
      .toArray();
    expect(originals.map((r) => r.undoneBy)).toEqual([
      undone?.groupId,
      undone?.groupId,
      undone?.groupId,
    ]);
    expect(await lastUndoable(db)).toBeNull();
    expect(await undoLastChange(db, BY)).toBeNull();
  });

  it('undoes one group after the other, newest first', async () => {
    const { records } = await imported(1);
    await setMembers(records[0], 41);
    const [r41] = await bank();
    await setMembers(r41, 42);
    await undoLastChange(db, BY);
    expect((await bank())[0].members).toBe(41);
    await undoLastChange(db, BY);
    expect((await bank())[0].members).toBe(40);
    expect((await recordHistory(db, records[0].id)).map((r) => [r.kind, r.rev])).toEqual([
      ['undo', 5],
      ['undo', 4],
      ['update', 3],
      ['update', 2],
    ]);
  });

  it('an undo of a create removes the record', async () => {
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(0), BY);
    expect(await lastUndoable(db)).toMatchObject({ kind: 'create', count: 1 });
    expect(await undoLastChange(db, BY)).toMatchObject({ count: 1, skipped: [] });
    expect(await bank()).toEqual([]);
    expect((await db.batches.get('field:bank_sampah'))?.rowCount).toBe(0);
    // Absent again: listed with the records deleted, and its tombstone brings it back.
    const [tomb] = await listTombstones(db);
    expect([tomb.kind, tomb.recordId]).toEqual(['undo', record.id]);
  });

  it('an undo of a delete puts the records back in their own batch', async () => {
    const { batch, records } = await imported(2);
    await deleteFieldRecords(db, 'bank_sampah', [records[0].id, records[1].id], BY);
    expect(await bank()).toEqual([]);
    await undoLastChange(db, BY);
    const back = await bank();
    expect(back.map(content)).toEqual(records.map(content));
    expect(back.map((r) => [r.batchId, r.rev])).toEqual([
      [batch.id, 3],
      [batch.id, 3],
    ]);
    expect(await listTombstones(db)).toEqual([]);
  });

  it('skips, and says so, a record whose import batch was undone since', async () => {
    const { batch, records } = await imported(1);
    const { record: field } = await addFieldRecord(db, 'bank_sampah', bankRow(0), BY);
    const both = [records[0], field as unknown as BankSampah].map((r) => ({
      id: r.id,
      record: { ...r, status: 'tidak_aktif' },
    }));
    await updateFieldRecords(db, 'bank_sampah', both, BY);
    await undoBatch(db, batch.id);
    const undone = await undoLastChange(db, BY);
    expect(undone).toMatchObject({ count: 1, skipped: [records[0].id] });
    const [left] = await bank();
    expect([left.id, left.status, left.rev]).toEqual([field.id, 'aktif', 3]);
    // The skipped group is done with: the next undo reaches the create before it.
    expect(await lastUndoable(db)).toMatchObject({ kind: 'create', count: 1 });
  });
});

describe('a programme deleted since', () => {
  it('undo skips its records, restore is refused, its deletion undone brings them back', async () => {
    await saveCustomProgram(db, puskesmas());
    const row = { sourceRow: 0, kode: POJOK, rw: null, rt: null, lng: 112, lat: -7.8 };
    const { record, revision } = await addFieldRecord(
      db,
      'puskesmas',
      { ...row, values: { name: 'Balowerti', status: 'buka' } },
      BY,
    );
    const deletion = await deleteCustomProgram(db, 'puskesmas');
    await expect(restoreRevision(db, revision.id, BY)).rejects.toMatchObject({
      reason: 'program-deleted',
    });
    expect(await undoLastChange(db, BY)).toMatchObject({ count: 0, skipped: [record.id] });
    expect(await undoBatch(db, deletion.id)).toBe(1);
    expect(await readDefined(db, 'puskesmas')).toEqual([record]);
  });
});

describe('restoreRevision', () => {
  it('restores an older revision of a record changed twice', async () => {
    const { records } = await imported(1);
    await setMembers(records[0], 41);
    const [r41] = await bank();
    await setMembers(r41, 42);
    const [, first] = await recordHistory(db, records[0].id);
    expect(first.after?.members).toBe(41);
    const restored = await restoreRevision(db, first.id, BY);
    const [now] = await bank();
    expect(now).toEqual(restored);
    expect(content(now)).toEqual({ ...content(records[0]), members: 41 });
    expect(now.rev).toBe(4);
    const history = await recordHistory(db, records[0].id);
    expect(history.map((r) => [r.kind, r.before?.members, r.after?.members])).toEqual([
      ['restore', 42, 41],
      ['update', 41, 42],
      ['update', 40, 41],
    ]);
    // Restoring the state the record is in already writes nothing.
    await restoreRevision(db, first.id, BY);
    expect(await recordHistory(db, records[0].id)).toHaveLength(3);
  });

  it('a tombstone restores the record byte-equal apart from rev and updatedAt', async () => {
    const { records } = await imported(3);
    await deleteFieldRecords(db, 'bank_sampah', [records[1].id], BY);
    const [tomb] = await listTombstones(db, 'bank_sampah');
    const back = await restoreRevision(db, tomb.id, BY);
    expect(JSON.stringify({ ...back, rev: 1, updatedAt: records[1].updatedAt })).toBe(
      JSON.stringify({ ...records[1], rev: 1 }),
    );
    expect(back.rev).toBe(3);
    expect((await bank()).map((r) => r.id)).toEqual([records[0].id, records[2].id, records[1].id]);
    expect(await listTombstones(db)).toEqual([]);
    // The restore is a change of its own: undo deletes the record again.
    await undoLastChange(db, BY);
    expect((await bank()).map((r) => r.id)).toEqual([records[0].id, records[2].id]);
  });

  it('brings a record of an undone import back into field:<target>', async () => {
    const { batch, records } = await imported(1);
    await setMembers(records[0], 41);
    await undoBatch(db, batch.id);
    const [edit] = await recordHistory(db, records[0].id);
    const back = await restoreRevision(db, edit.id, BY);
    expect([back.batchId, back.members, back.rev]).toEqual(['field:bank_sampah', 41, 3]);
    expect(await bank()).toEqual([back]);
    expect((await db.batches.get('field:bank_sampah'))?.rowCount).toBe(1);
  });

  it('an unknown revision is refused', async () => {
    await expect(restoreRevision(db, 'rev-none', BY)).rejects.toMatchObject({
      reason: 'not-found',
    });
  });
});
