import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openDb, type JangkauDb } from './db';
import { freshDbName } from './test-helpers';
import { readAll } from './records-read';
import { PAGE_SIZE } from './record-pages';

let db: JangkauDb | undefined;
afterEach(async () => {
  if (db) await db.delete();
  db = undefined;
});

describe('schema', () => {
  it('opens at the current version with pages, batches, meta, secrets, revisions, sync and scenario tables', async () => {
    db = await openDb(freshDbName());
    expect(db.verno).toBe(DB_VERSION);
    const indexes = Object.fromEntries(
      db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]),
    );
    expect(Object.keys(indexes).sort()).toEqual([
      'batches',
      'conflicts',
      'meta',
      'outbox',
      'pages',
      'programs',
      'revisions',
      'scenarios',
      'secrets',
      'syncMeta',
      'syncRevs',
    ]);
    expect(indexes.pages).toEqual(['batchId', 'target']);
    expect(indexes.revisions).toEqual(['at', 'groupId', 'recordId', 'target']);
    expect(indexes.outbox).toEqual(['state']);
    expect(db.table('outbox').schema.primKey.auto).toBe(true);
    expect(indexes.batches).toEqual(expect.arrayContaining(['program', 'createdAt', 'kind']));
    expect(db.table('meta').schema.primKey.name).toBe('key');
  });
});

describe('migration v1 → current', () => {
  it('splits location into lng/lat, adds updatedAt and batch kind, keeps every row', async () => {
    const name = freshDbName();
    // The first release's schema, written out as it shipped (independent of db.ts).
    const v1 = new Dexie(name);
    v1.version(1).stores({
      bankSampah: 'id, kode, batchId, status',
      prodamas: 'id, kode, batchId, year',
      homeCare: 'id, kode, batchId, date',
      population: 'id, kode, batchId, year',
      batches: 'id, program, createdAt',
    });
    await v1.open();
    const created = '2024-03-01T08:00:00.000Z';
    const prov = { batchId: 'imp-1', sourceFile: 'bs.csv', createdAt: created };
    await v1.table('batches').bulkAdd([
      {
        id: 'imp-1',
        program: 'bank_sampah',
        sourceFile: 'bs.csv',
        createdAt: created,
        rowCount: 3,
      },
      { id: 'demo', program: 'prodamas', sourceFile: 'demo', createdAt: created, rowCount: 1 },
    ]);
    await v1.table('bankSampah').bulkAdd([
      { ...prov, id: 'a', sourceRow: 2, kode: '35.71.01.1006', location: [111.99, -7.81] },
      { ...prov, id: 'b', sourceRow: 3, kode: '35.71.01.1006', location: null },
      // A corrupt old row: a location that is not [lng, lat] must not survive as numbers.
      { ...prov, id: 'c', sourceRow: 4, kode: '35.71.01.1004', location: ['x', 7] },
    ]);
    await v1.table('prodamas').add({
      ...prov,
      batchId: 'demo',
      id: 'p',
      sourceRow: 2,
      year: 2022,
      kode: '35.71.01.1004',
      location: [112.0, -7.8],
    });
    await v1.table('homeCare').add({
      ...prov,
      id: 'h',
      sourceRow: 2,
      date: '2022-01-05',
      kode: '35.71.03.1015',
      patientId: 'P-1',
    });
    await v1
      .table('population')
      .add({ ...prov, id: 'q', sourceRow: 2, year: 2020, kode: '35.71.01.1006', total: 7093 });
    v1.close();

    db = await openDb(name);
    expect(db.verno).toBe(DB_VERSION);
    const bank = await readAll(db, 'bank_sampah');
    expect(bank.map((r) => [r.id, r.lng, r.lat])).toEqual([
      ['a', 111.99, -7.81],
      ['b', null, null],
      ['c', null, null],
    ]);
    for (const r of bank) {
      expect(r).not.toHaveProperty('location');
      expect(r.updatedAt).toBe(created);
    }
    const [p] = await readAll(db, 'prodamas');
    expect([p?.lng, p?.lat, p?.updatedAt]).toEqual([112.0, -7.8, created]);
    const [h] = await readAll(db, 'home_care');
    expect([h?.lng, h?.lat, h?.updatedAt]).toEqual([null, null, created]);
    expect((await readAll(db, 'population'))[0]?.updatedAt).toBe(created);
    expect((await db.batches.get('imp-1'))?.kind).toBe('import');
    expect((await db.batches.get('demo'))?.kind).toBe('demo');
    expect(h?.patientId).toBe('P-1');
    expect(await db.meta.count()).toBe(0);
  });
});

describe('migration v2 → current (records into pages)', () => {
  it('keeps every record with its provenance, batch by batch in id order', async () => {
    const name = freshDbName();
    // Schema v2 as it shipped (independent of db.ts).
    const v2 = new Dexie(name);
    v2.version(2).stores({
      bankSampah: 'id, kode, batchId, status, type',
      prodamas: 'id, kode, batchId, year, category, progress, [kode+year]',
      homeCare: 'id, kode, batchId, date, patientId, service',
      population: 'id, kode, batchId, year, [kode+year]',
      batches: 'id, program, createdAt, kind',
      meta: 'key',
    });
    await v2.open();
    const old = '2025-01-01T00:00:00.000Z';
    const late = '2025-06-01T00:00:00.000Z';
    const prov = (batchId: string, at: string, sourceRow: number) => ({
      batchId,
      sourceFile: `${batchId}.csv`,
      sourceRow,
      createdAt: at,
      updatedAt: at,
    });
    await v2.table('batches').bulkAdd([
      {
        id: 'imp-late',
        program: 'bank_sampah',
        sourceFile: 'imp-late.csv',
        createdAt: late,
        rowCount: 2,
        kind: 'import',
      },
      {
        id: 'imp-old',
        program: 'bank_sampah',
        sourceFile: 'imp-old.csv',
        createdAt: old,
        rowCount: PAGE_SIZE + 1,
        kind: 'import',
      },
    ]);
    // One batch over a page boundary; ids in the v2 key order a-…, b-….
    const oldRows = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({
      ...prov('imp-old', old, i + 2),
      id: `b-${String(i).padStart(5, '0')}`,
      name: `Bank ${i}`,
      lng: 112,
      lat: -7.8,
    }));
    const lateRows = [
      { ...prov('imp-late', late, 2), id: 'a-2', name: 'Late 2', lng: null, lat: null },
      { ...prov('imp-late', late, 3), id: 'a-1', name: 'Late 1', lng: 112.01, lat: -7.81 },
    ];
    await v2.table('bankSampah').bulkAdd([...lateRows, ...oldRows]);
    // A record whose batch row was lost still moves (nothing is dropped).
    await v2
      .table('homeCare')
      .add({ ...prov('gone', late, 7), id: 'h', patientId: 'P', date: '2025-02-02' });
    await v2.table('meta').add({ key: 'demo', value: { loaded: false, cleared: true } });
    v2.close();

    db = await openDb(name);
    expect(db.verno).toBe(DB_VERSION);
    const bank = await readAll(db, 'bank_sampah');
    // Oldest batch first; within a batch the order v2 read them in (by id): a-1 before a-2.
    expect(bank.map((r) => r.id)).toEqual([...oldRows.map((r) => r.id), 'a-1', 'a-2']);
    expect(bank.at(-1)).toEqual(lateRows[0]);
    expect(bank[0]).toEqual(oldRows[0]);
    expect(await db.pages.where('batchId').equals('imp-old').count()).toBe(2);
    expect(await readAll(db, 'home_care')).toEqual([
      { ...prov('gone', late, 7), id: 'h', patientId: 'P', date: '2025-02-02' },
    ]);
    expect((await db.batches.toArray()).map((b) => b.id).sort()).toEqual(['imp-late', 'imp-old']);
    expect(await db.meta.get('demo')).toEqual({
      key: 'demo',
      value: { loaded: false, cleared: true },
    });
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'batches',
      'conflicts',
      'meta',
      'outbox',
      'pages',
      'programs',
      'revisions',
      'scenarios',
      'secrets',
      'syncMeta',
      'syncRevs',
    ]);
  });
});
