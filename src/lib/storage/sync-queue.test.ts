import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { puskesmas } from '../programs/test-definitions';
import { DB_VERSION, openDb, type JangkauDb } from './db';
import { addFieldRecord, deleteFieldRecords, updateFieldRecords } from './edits-repo';
import { undoLastChange } from './edits-undo';
import { saveCustomProgram } from './programs-repo';
import { deleteCustomProgram } from './programs-delete';
import { addBatch } from './records-repo';
import { undoBatch } from './batches-repo';
import { connectServer, disconnectServer, syncStatus } from './sync-meta';
import { bankRow, freshDbName } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const queued = async () => (await db.outbox.orderBy('seq').toArray()).flatMap((e) => e.changes);

describe('the outbox', () => {
  it('queues nothing while no server is connected', async () => {
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
    await updateFieldRecords(
      db,
      'bank_sampah',
      [{ id: record.id, record: { ...record, members: 1 } }],
      'hp',
    );
    await addBatch(db, { program: 'bank_sampah', sourceFile: 'b.csv', rows: [bankRow(3)] });
    await saveCustomProgram(db, puskesmas());
    expect(await db.outbox.count()).toBe(0);
  });

  it('queues a create then two updates as 3 changes in order, baseRev 0, 1, 2', async () => {
    await connectServer(db, 'https://tim.example.id');
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
    const v2 = { ...record, members: 41 };
    await updateFieldRecords(db, 'bank_sampah', [{ id: record.id, record: v2 }], 'hp');
    await updateFieldRecords(
      db,
      'bank_sampah',
      [{ id: record.id, record: { ...v2, members: 42 } }],
      'hp',
    );
    const changes = await queued();
    expect(changes.map((c) => [c.op, c.recordId, c.localBaseRev, c.record?.members])).toEqual([
      ['upsert', record.id, 0, 40],
      ['upsert', record.id, 1, 41],
      ['upsert', record.id, 2, 42],
    ]);
    for (const c of changes) expect(c.changeId).toMatch(UUID);
    expect(new Set(changes.map((c) => c.changeId)).size).toBe(3);
    expect((await syncStatus(db)).pending).toBe(3);
  });

  it('queues a delete as a tombstone and an undo as the change it makes', async () => {
    await connectServer(db, 'https://tim.example.id');
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
    await deleteFieldRecords(db, 'bank_sampah', [record.id], 'hp');
    await undoLastChange(db, 'hp');
    expect((await queued()).map((c) => [c.op, c.localBaseRev, c.record === null])).toEqual([
      ['upsert', 0, false],
      ['delete', 1, true],
      // The undo brings it back: rev 3 on rev 2 (the delete counted).
      ['upsert', 2, false],
    ]);
  });

  it('queues an import batch as creates, 500 to a row, in file order; demo data never', async () => {
    await connectServer(db, 'https://tim.example.id');
    const rows = Array.from({ length: 501 }, (_, i) => bankRow(i + 2));
    const batch = await addBatch(db, { program: 'bank_sampah', sourceFile: 'b.csv', rows });
    await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'd',
      rows: [bankRow(9)],
      kind: 'demo',
    });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => e.changes.length)).toEqual([500, 1]);
    const changes = entries.flatMap((e) => e.changes);
    expect(changes[0].recordId).toBe(`${batch.id}:1`);
    expect(changes[500].recordId).toBe(`${batch.id}:501`);
    expect(changes.every((c) => c.op === 'upsert' && c.localBaseRev === 0)).toBe(true);
  });

  it('queues an undone import as deletes of its records, after their creates', async () => {
    await connectServer(db, 'https://tim.example.id');
    const batch = await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'b.csv',
      rows: [bankRow(2), bankRow(3)],
    });
    expect(await undoBatch(db, batch.id)).toBe(2);
    expect((await queued()).map((c) => [c.op, c.recordId])).toEqual([
      ['upsert', `${batch.id}:1`],
      ['upsert', `${batch.id}:2`],
      ['delete', `${batch.id}:1`],
      ['delete', `${batch.id}:2`],
    ]);
  });

  it('queues a saved programme definition as ~program', async () => {
    await connectServer(db, 'https://tim.example.id');
    await saveCustomProgram(db, puskesmas());
    const [c] = await queued();
    expect([c.target, c.recordId, c.op, c.record?.id]).toEqual([
      '~program',
      'puskesmas',
      'upsert',
      'puskesmas',
    ]);
  });

  it("queues the user's programme delete and its undo, never a delete pulled from the server", async () => {
    await connectServer(db, 'https://tim.example.id');
    await saveCustomProgram(db, puskesmas());
    const batch = await deleteCustomProgram(db, 'puskesmas', { queue: true });
    await undoBatch(db, batch.id);
    // Pulled from the server (sync-apply.ts): applied here, not sent back.
    await deleteCustomProgram(db, 'puskesmas');
    expect((await queued()).map((c) => [c.target, c.recordId, c.op, c.record?.id ?? null])).toEqual(
      [
        ['~program', 'puskesmas', 'upsert', 'puskesmas'],
        ['~program', 'puskesmas', 'delete', null],
        ['~program', 'puskesmas', 'upsert', 'puskesmas'],
      ],
    );
  });

  it('is forgotten with the server on disconnect, and queues nothing after', async () => {
    await connectServer(db, 'https://tim.example.id');
    await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
    await disconnectServer(db);
    await addFieldRecord(db, 'bank_sampah', bankRow(3), 'hp');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
  });
});

describe('migration v5 → v6 (sync tables)', () => {
  it('keeps every page, batch and revision and adds empty sync tables', async () => {
    const name = freshDbName();
    const v5 = new JangkauDbV5(name);
    await v5.open();
    const page = {
      id: 'p1',
      target: 'bank_sampah',
      batchId: 'imp-1',
      page: 0,
      records: [{ id: 'imp-1:1' }],
    };
    const batch = {
      id: 'imp-1',
      program: 'bank_sampah',
      sourceFile: 'b.csv',
      createdAt: 'x',
      rowCount: 1,
      kind: 'import',
    };
    const rev = { id: 'rev-1', recordId: 'imp-1:1', target: 'bank_sampah', at: 'y', groupId: 'g' };
    await v5.table('pages').add(page);
    await v5.table('batches').add(batch);
    await v5.table('revisions').add(rev);
    v5.close();
    const v6 = await openDb(name);
    expect(v6.verno).toBe(DB_VERSION); // on through v6 to the current version
    expect(await v6.pages.toArray()).toEqual([page]);
    expect(await v6.batches.toArray()).toEqual([batch]);
    expect(await v6.revisions.toArray()).toEqual([rev]);
    for (const t of [v6.outbox, v6.syncMeta, v6.syncRevs, v6.conflicts])
      expect(await t.count()).toBe(0);
    await v6.delete();
  });
});

/** Version 5 as db.ts declared it before sync, written out here (independent of db.ts). */
class JangkauDbV5 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(4).stores({
      batches: 'id, program, createdAt, kind',
      meta: 'key',
      pages: 'id, target, batchId',
      programs: 'id',
      secrets: 'name',
    });
    this.version(5).stores({ revisions: 'id, recordId, target, at, groupId' });
  }
}
