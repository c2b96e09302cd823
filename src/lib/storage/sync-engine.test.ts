import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncCallError } from '../sync/contract';
import { runSync } from '../sync/engine';
import { openDb, type JangkauDb } from './db';
import { addFieldRecord, updateFieldRecords } from './edits-repo';
import { readAll } from './records-read';
import { addBatch } from './records-repo';
import { recordHistory } from './revisions-repo';
import { FakeSyncServer } from './sync-fake-server';
import { connectServer, syncStatus } from './sync-meta';
import { DexieSyncStore } from './sync-store';
import { bankRow, freshDbName } from './test-helpers';

let db: JangkauDb;
let server: FakeSyncServer;
beforeEach(async () => {
  db = await openDb(freshDbName());
  server = new FakeSyncServer();
  await connectServer(db, 'https://tim.example.id');
});
afterEach(async () => {
  await db.delete();
});

const NOW = '2026-12-01T13:00:00.000Z';
const sync = (store = new DexieSyncStore(db)) =>
  runSync(store, server, { clientId: 'c1', now: () => NOW });

describe('push', () => {
  it('sends a create and two updates one round each, with the server revs as baseRev', async () => {
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
    const v2 = { ...record, members: 41 };
    await updateFieldRecords(db, 'bank_sampah', [{ id: record.id, record: v2 }], 'hp');
    await updateFieldRecords(
      db,
      'bank_sampah',
      [{ id: record.id, record: { ...v2, members: 42 } }],
      'hp',
    );
    const report = await sync();
    expect(server.pushes.map((p) => p.map((c) => c.baseRev))).toEqual([[0], [1], [2]]);
    expect(server.current.get(`bank_sampah\u0000${record.id}`)?.rev).toBe(3);
    expect(server.current.get(`bank_sampah\u0000${record.id}`)?.record?.members).toBe(42);
    expect(report).toMatchObject({ pushed: 3, accepted: 3, pulled: 3, appliedPulled: 0 });
    // Its own three changes come back in the pull and are not applied again.
    expect(await recordHistory(db, record.id)).toHaveLength(3);
    expect((await syncStatus(db)).pending).toBe(0);
    expect((await db.syncMeta.get('state'))?.cursor).toBe(3);
    expect((await db.syncMeta.get('state'))?.lastSyncedAt).toBe(NOW);
  });

  it('is idempotent: a lost answer, then the resend answers duplicate and nothing is applied twice', async () => {
    const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
    server.dropNextPushAnswer = true;
    await expect(sync()).rejects.toThrow(SyncCallError);
    expect((await syncStatus(db)).pending).toBe(1);
    expect(server.appliedIds).toHaveLength(1);
    await sync();
    expect(server.pushes).toHaveLength(2);
    expect(server.pushes[1][0].changeId).toBe(server.pushes[0][0].changeId);
    expect(server.appliedIds).toHaveLength(1);
    expect(server.log).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
    // The duplicate's rev is the one the server holds: the next edit goes on from it.
    expect((await db.syncRevs.get(`bank_sampah\u0000${record.id}`))?.serverRev).toBe(1);
  });

  it('a network error on the second batch leaves it queued; the next run finishes', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => bankRow(i + 2));
    await addBatch(db, { program: 'bank_sampah', sourceFile: 'b.csv', rows });
    const store = new DexieSyncStore(db);
    const push = server.push.bind(server);
    let calls = 0;
    server.push = async (id, changes) => {
      if (++calls === 2) throw new SyncCallError('network', 'offline');
      return push(id, changes);
    };
    await expect(sync(store)).rejects.toThrow('offline');
    expect(server.log).toHaveLength(500);
    expect((await syncStatus(db)).pending).toBe(100);
    await sync(store);
    expect(server.pushes.map((p) => p.length)).toEqual([500, 100]);
    expect(server.log).toHaveLength(600);
    expect(new Set(server.log.map((c) => c.recordId)).size).toBe(600);
    expect((await syncStatus(db)).pending).toBe(0);
  });

  it('keeps a refused change with its reason and does not send it again', async () => {
    server.rejects = (c) => (c.record?.kode === '35.71.01.1006' ? 'kelurahan' : null);
    await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
    await addFieldRecord(db, 'bank_sampah', bankRow(3, { kode: '35.71.01.1004' }), 'hp');
    const report = await sync();
    expect(report).toMatchObject({ accepted: 1, rejected: 1 });
    const status = await syncStatus(db);
    expect(status.pending).toBe(0);
    expect(status.rejected.map((c) => [c.record?.kode, c.rejected])).toEqual([
      ['35.71.01.1006', 'kelurahan'],
    ]);
    await sync();
    expect(server.pushes).toHaveLength(1);
  });
});

describe('pull', () => {
  const theirs = (n: number) => ({ ...bankRow(n), id: `srv-${n}`, batchId: 'imp-other' });

  it('applies server changes as revisions by the server user and moves the cursor', async () => {
    server.write('bank_sampah', 'srv-1', 'upsert', theirs(1), 'budi');
    server.write('bank_sampah', 'srv-2', 'upsert', theirs(2), 'budi');
    server.write('bank_sampah', 'srv-1', 'delete', null, 'sari');
    const report = await sync();
    expect(report).toMatchObject({ pulled: 3, appliedPulled: 3, pushed: 0 });
    expect((await readAll(db, 'bank_sampah')).map((r) => [r.id, r.name])).toEqual([
      ['srv-2', 'Bank Sampah Uji 2'],
    ]);
    expect((await recordHistory(db, 'srv-1')).map((r) => [r.kind, r.by])).toEqual([
      ['delete', 'sari'],
      ['create', 'budi'],
    ]);
    expect((await db.syncMeta.get('state'))?.cursor).toBe(3);
    // Applied pulls are not queued back to the server.
    expect(await db.outbox.count()).toBe(0);
  });

  it('a crash before the page is applied re-pulls it, and a re-pull never applies twice', async () => {
    server.write('bank_sampah', 'srv-1', 'upsert', theirs(1), 'budi');
    server.write('bank_sampah', 'srv-2', 'upsert', theirs(2), 'budi');
    const crashing = new DexieSyncStore(db);
    crashing.applyPull = async () => {
      throw new Error('tab closed');
    };
    await expect(sync(crashing)).rejects.toThrow('tab closed');
    expect((await db.syncMeta.get('state'))?.cursor).toBe(0);
    expect(await readAll(db, 'bank_sampah')).toEqual([]);
    await sync();
    expect((await readAll(db, 'bank_sampah')).map((r) => r.id)).toEqual(['srv-1', 'srv-2']);
    // The same page again (a cursor lost after its apply): the revs seen make it a no-op.
    const meta = await db.syncMeta.get('state');
    await db.syncMeta.put({ ...meta!, cursor: 0 });
    const again = await sync();
    expect(again).toMatchObject({ pulled: 2, appliedPulled: 0 });
    expect(await db.revisions.count()).toBe(2);
  });

  it('pages through with limit and more, and survives a pull that times out', async () => {
    for (let i = 1; i <= 5; i++) server.write('bank_sampah', `srv-${i}`, 'upsert', theirs(i), 'b');
    const pull = server.pull.bind(server);
    server.pull = (since) => pull(since, 2);
    const store = new DexieSyncStore(db);
    let pulls = 0;
    const apply = store.applyPull.bind(store);
    store.applyPull = async (page) => {
      if (++pulls === 2) throw new SyncCallError('network', 'timed out');
      return apply(page);
    };
    await expect(sync(store)).rejects.toThrow('timed out');
    expect((await db.syncMeta.get('state'))?.cursor).toBe(2);
    await sync(store);
    expect((await readAll(db, 'bank_sampah')).map((r) => r.id)).toEqual([
      'srv-1',
      'srv-2',
      'srv-3',
      'srv-4',
      'srv-5',
    ]);
    expect((await db.syncMeta.get('state'))?.cursor).toBe(5);
  });
});
