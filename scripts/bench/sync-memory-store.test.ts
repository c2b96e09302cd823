import { describe, expect, it } from 'vitest';
import { FakeSyncServer } from '../../src/lib/storage/sync-fake-server.ts';
import { SyncCallError, type SyncRecord } from '../../src/lib/sync/contract.ts';
import { runSync } from '../../src/lib/sync/engine.ts';
import { recordKey, type QueuedChange } from '../../src/lib/sync/outbox.ts';
import { MemorySyncStore } from './sync-memory-store.ts';

const record = (id: string, members: number, rev: number): SyncRecord => ({
  id,
  batchId: 'field:bank_sampah',
  kode: '35.71.01.1006',
  members,
  rev,
});

let n = 0;
const change = (recordId: string, rec: SyncRecord | null, localBaseRev: number): QueuedChange => ({
  changeId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  target: 'bank_sampah',
  recordId,
  op: rec === null ? 'delete' : 'upsert',
  record: rec,
  at: `2026-12-01T08:00:${String(n % 60).padStart(2, '0')}.000Z`,
  by: 'hp',
  localBaseRev,
});

const sync = (store: MemorySyncStore, server: FakeSyncServer) =>
  runSync(store, server, { clientId: 'c1', now: () => '2026-12-01T13:00:00.000Z' });
const key = (id: string) => recordKey('bank_sampah', id);

describe('MemorySyncStore with the sync engine', () => {
  it('pushes a create, an update and a delete one round each, on the server revs', async () => {
    const [store, server] = [new MemorySyncStore(), new FakeSyncServer()];
    store.commitLocal([change('a', record('a', 1, 1), 0)]);
    store.commitLocal([change('a', record('a', 2, 2), 1)]);
    store.commitLocal([change('a', null, 2)]);
    const report = await sync(store, server);
    expect(server.pushes.map((p) => p.map((c) => c.baseRev))).toEqual([[0], [1], [2]]);
    expect(report).toMatchObject({ pushed: 3, accepted: 3, pulled: 3, appliedPulled: 0 });
    expect(store.pendingCount()).toBe(0);
    expect(store.serverRevs.get(key('a'))).toBe(3);
    expect(store.records.get(key('a'))?.record).toBeNull();
    expect(await store.cursor()).toBe(3);
  });

  it('resends after a lost answer: duplicate, applied once', async () => {
    const [store, server] = [new MemorySyncStore(), new FakeSyncServer()];
    store.commitLocal([change('a', record('a', 1, 1), 0)]);
    server.dropNextPushAnswer = true;
    await expect(sync(store, server)).rejects.toThrow(SyncCallError);
    expect(store.pendingCount()).toBe(1);
    await sync(store, server);
    expect(server.appliedIds).toHaveLength(1);
    expect(store.pendingCount()).toBe(0);
    expect(store.seqOrderViolations).toBe(0);
  });

  it('keeps both versions of a conflict, with the later local change of the record as mine', async () => {
    const [store, server] = [new MemorySyncStore(), new FakeSyncServer()];
    server.write('bank_sampah', 'a', 'upsert', record('a', 9, 1), 'other');
    store.commitLocal([change('a', record('a', 1, 1), 0)]);
    store.commitLocal([change('a', record('a', 2, 2), 1)]);
    const report = await sync(store, server);
    expect(report.conflicts).toBe(1);
    expect(store.pendingCount()).toBe(0);
    expect(store.conflicts.get(key('a'))?.mine.record?.members).toBe(2);
    expect(store.records.get(key('a'))?.record?.members).toBe(9);
    expect(store.serverRevs.get(key('a'))).toBe(1);
  });

  it("applies another client's change, but not over a local change still to push", async () => {
    const [store, server] = [new MemorySyncStore(), new FakeSyncServer()];
    server.write('bank_sampah', 'b', 'upsert', record('b', 5, 1), 'other');
    await sync(store, server);
    expect(store.records.get(key('b'))?.record?.members).toBe(5);
    store.commitLocal([change('b', record('b', 6, 2), 1)]);
    server.write('bank_sampah', 'b', 'upsert', record('b', 7, 2), 'other');
    const page = await server.pull(await store.cursor(), 1000);
    expect(await store.applyPull(page)).toEqual({ applied: 0 });
    expect(store.records.get(key('b'))?.record?.members).toBe(6);
  });

  it('counts a pulled seq that is not above the cursor as out of order', async () => {
    const store = new MemorySyncStore();
    const c = { target: 'bank_sampah', recordId: 'x', op: 'upsert' as const, at: '', by: '' };
    await store.applyPull({
      changes: [{ ...c, seq: 5, rev: 1, record: record('x', 1, 1) }],
      cursor: 5,
      more: false,
    });
    await store.applyPull({
      changes: [{ ...c, seq: 4, rev: 2, record: record('x', 2, 2) }],
      cursor: 5,
      more: false,
    });
    expect(store.seqOrderViolations).toBe(1);
  });
});
