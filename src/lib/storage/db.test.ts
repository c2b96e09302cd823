import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openDb, type JangkauDb } from './db';
import { freshDbName } from './test-helpers';

let db: JangkauDb | undefined;
afterEach(async () => {
  if (db) await db.delete();
  db = undefined;
});

describe('schema', () => {
  it('opens at the current version with every table and the indexes the app filters on', async () => {
    db = await openDb(freshDbName());
    expect(db.verno).toBe(DB_VERSION);
    const indexes = Object.fromEntries(
      db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]),
    );
    expect(Object.keys(indexes).sort()).toEqual(
      ['bankSampah', 'batches', 'homeCare', 'meta', 'population', 'prodamas'].sort(),
    );
    expect(indexes.bankSampah).toEqual(expect.arrayContaining(['kode', 'batchId', 'status']));
    expect(indexes.prodamas).toEqual(
      expect.arrayContaining(['kode', 'batchId', 'year', 'category', '[kode+year]']),
    );
    expect(indexes.homeCare).toEqual(
      expect.arrayContaining(['kode', 'batchId', 'date', 'patientId']),
    );
    expect(indexes.population).toEqual(expect.arrayContaining(['kode', 'year', '[kode+year]']));
    expect(db.table('meta').schema.primKey.name).toBe('key');
  });
});

describe('migration v1 → v2', () => {
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
    expect(db.verno).toBe(2);
    const bank = await db.bankSampah.orderBy('id').toArray();
    expect(bank.map((r) => [r.id, r.lng, r.lat])).toEqual([
      ['a', 111.99, -7.81],
      ['b', null, null],
      ['c', null, null],
    ]);
    for (const r of bank) {
      expect(r).not.toHaveProperty('location');
      expect(r.updatedAt).toBe(created);
    }
    const p = await db.prodamas.get('p');
    expect([p?.lng, p?.lat, p?.updatedAt]).toEqual([112.0, -7.8, created]);
    const h = await db.homeCare.get('h');
    expect([h?.lng, h?.lat, h?.updatedAt]).toEqual([null, null, created]);
    expect((await db.population.get('q'))?.updatedAt).toBe(created);
    expect((await db.batches.get('imp-1'))?.kind).toBe('import');
    expect((await db.batches.get('demo'))?.kind).toBe('demo');
    // New v2 indexes work on migrated rows.
    expect(await db.homeCare.where('patientId').equals('P-1').count()).toBe(1);
    expect(await db.meta.count()).toBe(0);
  });
});
