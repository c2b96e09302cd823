import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openDb, type JangkauDb } from './db';
import { readAll, readDefined } from './records-read';
import { bankRow, freshDbName } from './test-helpers';
import { updateFieldRecords } from './edits-repo';
import { recordHistory } from './revisions-repo';

let db: JangkauDb | undefined;
afterEach(async () => {
  if (db) await db.delete();
  db = undefined;
});

/** Versions 1–4 as db.ts declared them before field entry, written out (independent of db.ts). */
function v4Database(name: string): Dexie {
  const v4 = new Dexie(name);
  const v2 = {
    bankSampah: 'id, kode, batchId, status, type',
    prodamas: 'id, kode, batchId, year, category, progress, [kode+year]',
    homeCare: 'id, kode, batchId, date, patientId, service',
    population: 'id, kode, batchId, year, [kode+year]',
    batches: 'id, program, createdAt, kind',
    meta: 'key',
  };
  v4.version(1).stores({
    bankSampah: 'id, kode, batchId, status',
    prodamas: 'id, kode, batchId, year',
    homeCare: 'id, kode, batchId, date',
    population: 'id, kode, batchId, year',
    batches: 'id, program, createdAt',
  });
  v4.version(2).stores(v2);
  v4.version(3).stores({ ...v2, pages: 'id, target, batchId' });
  v4.version(4).stores({
    bankSampah: null,
    prodamas: null,
    homeCare: null,
    population: null,
    batches: 'id, program, createdAt, kind',
    meta: 'key',
    pages: 'id, target, batchId',
    programs: 'id',
    secrets: 'name',
  });
  return v4;
}

describe('migration v4 → v5 (revisions)', () => {
  it('keeps every record, page and row byte-equal and adds an empty revisions table', async () => {
    const name = freshDbName();
    const v4 = v4Database(name);
    await v4.open();
    expect(v4.verno).toBe(4);
    const at = '2025-03-01T00:00:00.000Z';
    const prov = (i: number) => ({
      id: `imp-1:${i}`,
      batchId: 'imp-1',
      sourceFile: 'bs.csv',
      createdAt: at,
      updatedAt: at,
    });
    // 1,001 records: two pages, the second with one record (page ids as toPages makes them).
    const records = Array.from({ length: 1001 }, (_, i) => ({ ...bankRow(i + 2), ...prov(i + 1) }));
    const pageOf = (n: number, list: unknown[]) => ({
      id: `${at}/bank_sampah/imp-1/${String(n).padStart(6, '0')}`,
      target: 'bank_sampah',
      batchId: 'imp-1',
      page: n,
      records: list,
    });
    const emas = {
      id: 'e-1',
      batchId: 'imp-2',
      sourceFile: 'emas.csv',
      sourceRow: 2,
      createdAt: at,
      updatedAt: at,
      program: 'emas',
      kode: '35.71.01.1006',
      rw: null,
      rt: null,
      lng: 112.01,
      lat: -7.82,
      values: { nama: 'Spot', harga: 1_250_000.5 },
    };
    await v4.table('pages').bulkAdd([
      pageOf(0, records.slice(0, 1000)),
      pageOf(1, records.slice(1000)),
      {
        id: `${at}/emas/imp-2/000000`,
        target: 'emas',
        batchId: 'imp-2',
        page: 0,
        records: [emas],
      },
    ]);
    const batches = [
      {
        id: 'imp-1',
        program: 'bank_sampah',
        sourceFile: 'bs.csv',
        createdAt: at,
        rowCount: 1001,
        kind: 'import',
      },
      {
        id: 'imp-2',
        program: 'emas',
        sourceFile: 'emas.csv',
        createdAt: at,
        rowCount: 1,
        kind: 'import',
      },
    ];
    await v4.table('batches').bulkAdd(batches);
    await v4.table('meta').add({ key: 'demo', value: { loaded: false, cleared: true } });
    const secret = { name: 'k', bytes: new Uint8Array([1, 2, 3]) };
    await v4.table('secrets').add(secret);
    v4.close();

    db = await openDb(name);
    // On through v5 to the current version (v6 and v7 add only new tables).
    expect(db.verno).toBe(DB_VERSION);
    // Byte-equal: the same JSON text, key order and every digit included.
    expect(JSON.stringify(await readAll(db, 'bank_sampah'))).toBe(JSON.stringify(records));
    expect(JSON.stringify(await readDefined(db, 'emas'))).toBe(JSON.stringify([emas]));
    expect(await db.pages.count()).toBe(3);
    expect(await db.batches.orderBy('id').toArray()).toEqual(batches);
    expect(await db.meta.toArray()).toEqual([
      { key: 'demo', value: { loaded: false, cleared: true } },
    ]);
    expect(await db.table('secrets').get('k')).toEqual(secret);
    expect(await db.revisions.count()).toBe(0);

    // A record migrated from v4 (no rev: 1) is editable at once: rev 2, one revision.
    const group = await updateFieldRecords(
      db,
      'bank_sampah',
      [{ id: 'imp-1:1001', record: { ...records[1000], status: 'tidak_aktif' } }],
      'Perangkat uji',
    );
    const [rev] = await recordHistory(db, 'imp-1:1001');
    expect([rev?.groupId, rev?.rev, rev?.before, rev?.after?.status]).toEqual([
      group,
      2,
      records[1000],
      'tidak_aktif',
    ]);
  });
});
