import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../model/revision';
import { puskesmas } from '../programs/test-definitions';
import { runSync } from '../sync/engine';
import { openDb, type JangkauDb } from './db';
import { addFieldRecord, updateFieldRecords } from './edits-repo';
import { saveCustomProgram } from './programs-repo';
import { readAll } from './records-read';
import { addBatch } from './records-repo';
import { FakeSyncServer } from './sync-fake-server';
import { connectServer, syncStatus } from './sync-meta';
import { keepMine, keepTheirs } from './sync-resolve';
import { DexieSyncStore } from './sync-store';
import { uploadLocalRecords } from './sync-upload';
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

const sync = () => runSync(new DexieSyncStore(db), server, { clientId: 'c1', now: () => 'now' });
const key = (id: string) => `bank_sampah\u0000${id}`;

/** A record on the server at rev 1, then changed there by another user to rev 2, and here. */
async function conflicted(): Promise<StoredRecord> {
  const { record } = await addFieldRecord(db, 'bank_sampah', bankRow(2), 'hp');
  await sync();
  server.write('bank_sampah', record.id, 'upsert', { ...record, name: 'Nama dari Sari' }, 'sari');
  const [stored] = await readAll(db, 'bank_sampah');
  const mine = { ...stored, name: 'Nama dari saya' };
  await updateFieldRecords(db, 'bank_sampah', [{ id: record.id, record: mine }], 'hp');
  // A second offline edit on top: it was made on the refused version too.
  await updateFieldRecords(
    db,
    'bank_sampah',
    [{ id: record.id, record: { ...mine, members: 7 } }],
    'hp',
  );
  const report = await sync();
  expect(report.conflicts).toBe(1);
  return record;
}

describe('conflicts', () => {
  it('keeps both versions; the record shows the server one and nothing more is queued', async () => {
    const record = await conflicted();
    const { conflicts, pending } = await syncStatus(db);
    expect(pending).toBe(0);
    expect(conflicts).toHaveLength(1);
    const [c] = conflicts;
    expect([c.mine.record?.name, c.mine.record?.members]).toEqual(['Nama dari saya', 7]);
    expect([c.server.record?.name, c.server.rev, c.server.by]).toEqual([
      'Nama dari Sari',
      2,
      'sari',
    ]);
    expect((await readAll(db, 'bank_sampah'))[0].name).toBe('Nama dari Sari');
    // The server was not overwritten: still Sari's rev 2.
    expect(server.current.get(key(record.id))?.record?.name).toBe('Nama dari Sari');
  });

  it('"keep mine" pushes mine with baseRev = the server rev', async () => {
    const record = await conflicted();
    const [c] = (await syncStatus(db)).conflicts;
    await keepMine(db, c.changeId, 'hp');
    expect((await readAll(db, 'bank_sampah'))[0].name).toBe('Nama dari saya');
    await sync();
    const last = server.pushes[server.pushes.length - 1];
    expect(last.map((x) => [x.baseRev, x.record?.name, x.record?.members])).toEqual([
      [2, 'Nama dari saya', 7],
    ]);
    expect(server.current.get(key(record.id))).toMatchObject({
      rev: 3,
      record: { name: 'Nama dari saya' },
    });
    const status = await syncStatus(db);
    expect([status.pending, status.conflicts.length]).toEqual([0, 0]);
  });

  it('"keep theirs" drops mine and the server version stays', async () => {
    const record = await conflicted();
    const pushes = server.pushes.length;
    const [c] = (await syncStatus(db)).conflicts;
    await keepTheirs(db, c.changeId);
    await sync();
    expect(server.pushes).toHaveLength(pushes);
    expect((await readAll(db, 'bank_sampah'))[0].name).toBe('Nama dari Sari');
    expect(server.current.get(key(record.id))?.rev).toBe(2);
    expect((await syncStatus(db)).conflicts).toEqual([]);
  });
});

describe('programme definitions and uploads', () => {
  it('pushes a saved definition as ~program and pulls another admin’s', async () => {
    await saveCustomProgram(db, puskesmas());
    const other = { ...puskesmas(), id: 'posyandu', index: [] };
    server.write('~program', 'posyandu', 'upsert', other, 'admin');
    await sync();
    expect(server.current.get('~program\u0000puskesmas')?.record?.names).toEqual(puskesmas().names);
    expect((await db.programs.get('posyandu'))?.id).toBe('posyandu');
    // A shipped programme's id from a server is not taken as a user's own.
    server.write('~program', 'emas', 'upsert', { ...puskesmas(), id: 'emas' }, 'admin');
    await sync();
    expect(await db.programs.get('emas')).toBeUndefined();
  });

  it('uploads local-only records once, on request, as creates; demo data not', async () => {
    const db2 = await openDb(`${db.name}-b`);
    const rows = [bankRow(2), bankRow(3)];
    await addBatch(db2, { program: 'bank_sampah', sourceFile: 'b.csv', rows });
    await addBatch(db2, {
      program: 'bank_sampah',
      sourceFile: 'd',
      rows: [bankRow(4)],
      kind: 'demo',
    });
    await connectServer(db2, 'https://tim.example.id');
    expect(await db2.outbox.count()).toBe(0);
    expect(await uploadLocalRecords(db2, 'hp')).toBe(2);
    expect(await uploadLocalRecords(db2, 'hp')).toBe(0);
    await runSync(new DexieSyncStore(db2), server, { clientId: 'c2', now: () => 'now' });
    expect(server.log.map((c) => [c.recordId.replace(/^.*:/, ''), c.rev])).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
    expect(await uploadLocalRecords(db2, 'hp')).toBe(0);
    await db2.delete();
  });
});
