import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupFormatError, parseBackup } from '../export/backup';
import { exportBackup, exportBackupJson, restoreBackup, restoreBackupJson } from './backup-repo';
import { undoBatch } from './batches-repo';
import { ALL_TABLES, openDb, type JangkauDb } from './db';
import { addBatch } from './records-repo';
import { bankRow, freshDbName, populationRow, prodamasRow, visitRow } from './test-helpers';
import { readAll } from './records-read';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
  await addBatch(db, { program: 'bank_sampah', sourceFile: 'b.csv', rows: [bankRow(2)] });
  const p = await addBatch(db, {
    program: 'prodamas',
    sourceFile: 'p.csv',
    rows: [prodamasRow(2), prodamasRow(3, { lng: 112.01, lat: -7.82 })],
  });
  await addBatch(db, { program: 'home_care', sourceFile: 'h.csv', rows: [visitRow(2)] });
  await addBatch(db, { program: 'population', sourceFile: 'pop.csv', rows: [populationRow(2)] });
  await addBatch(db, { program: 'prodamas', sourceFile: 'q.csv', rows: [prodamasRow(2)] });
  await undoBatch(db, p.id);
  await db.meta.put({ key: 'demo', value: { loaded: false, cleared: true } });
});
afterEach(async () => {
  await db.delete();
});

async function dump() {
  const out: Record<string, unknown[]> = {};
  for (const t of ALL_TABLES) out[t] = await db.table(t).toArray();
  return out;
}

describe('backup', () => {
  it('round-trips: export → clear → restore gives the same database', async () => {
    const before = await dump();
    const json = await exportBackupJson(db);
    for (const t of ALL_TABLES) await db.table(t).clear();
    expect((await dump()).batches).toEqual([]);
    await restoreBackupJson(db, json);
    expect(await dump()).toEqual(before);
  });

  it('restore replaces what was there', async () => {
    const backup = await exportBackup(db);
    await addBatch(db, { program: 'bank_sampah', sourceFile: 'late.csv', rows: [bankRow(9)] });
    await restoreBackup(db, backup);
    expect((await readAll(db, 'bank_sampah')).length).toBe(1);
    expect(await db.batches.count()).toBe(backup.tables.batches.length);
  });

  it('a broken backup leaves the database untouched', async () => {
    const before = await dump();
    const backup = await exportBackup(db);
    // Two rows with one id: the second bulkAdd fails after the tables were cleared.
    backup.tables.homeCare.push({ ...backup.tables.homeCare[0] });
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });

  it('rejects files that are not backups', () => {
    expect(() => parseBackup('{')).toThrow(BackupFormatError);
    expect(() => parseBackup({ format: 'x' })).toThrow(/not a Jangkau backup/);
    expect(() =>
      parseBackup({ format: 'jangkau-backup', version: 99, exportedAt: '', schemaVersion: 2 }),
    ).toThrow(/version 99/);
    expect(() =>
      parseBackup({
        format: 'jangkau-backup',
        version: 1,
        exportedAt: '2025-01-01T00:00:00Z',
        schemaVersion: 2,
        tables: {
          bankSampah: [{ id: 1 }],
          prodamas: [],
          homeCare: [],
          population: [],
          batches: [],
          meta: [],
        },
      }),
    ).toThrow(/bankSampah\[0\]/);
  });
});
