import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackupJson, restoreBackupJson } from './backup-repo';
import { undoBatch } from './batches-repo';
import { openDb, type JangkauDb } from './db';
import { readAll, readDefined } from './records-read';
import { addBatch, addDefinedBatch, DuplicateIdError, type NewDefinedRecord } from './records-repo';
import { bankRow, BUJEL, freshDbName } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const spot = (sourceRow: number, name: string, id?: string): NewDefinedRecord => ({
  ...(id ? { id } : {}),
  program: 'emas',
  sourceRow,
  kode: BUJEL,
  rw: 1,
  rt: 2,
  lng: 111.99,
  lat: -7.81,
  values: { name, venue: 'tpq', classes: 2, participants: 25, status: 'aktif' },
});

describe('records of a defined programme', () => {
  it('are stored apart from the built-in ones, undone as a batch, and unique per programme', async () => {
    await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'b.csv',
      rows: [bankRow(2, { id: 'k' })],
    });
    const batch = await addDefinedBatch(db, {
      program: 'emas',
      sourceFile: 'emas.csv',
      rows: [spot(2, 'GaSeKa', 'k'), spot(3, 'TPQ Al-Kayat')],
    });
    expect(batch).toMatchObject({ program: 'emas', rowCount: 2 });
    const stored = await readDefined(db, 'emas');
    expect(stored.map((r) => r.values.name)).toEqual(['GaSeKa', 'TPQ Al-Kayat']);
    expect(stored[0]).toMatchObject({ id: 'k', program: 'emas', batchId: batch.id, sourceRow: 2 });
    expect(await readAll(db, 'bank_sampah')).toHaveLength(1);
    await expect(
      addDefinedBatch(db, { program: 'emas', sourceFile: 'again.csv', rows: [spot(2, 'x', 'k')] }),
    ).rejects.toThrow(DuplicateIdError);
    expect(await undoBatch(db, batch.id)).toBe(2);
    expect(await readDefined(db, 'emas')).toEqual([]);
  });

  it('travel in backups and restore exactly', async () => {
    await addDefinedBatch(db, {
      program: 'emas',
      sourceFile: 'emas.csv',
      rows: [spot(2, 'GaSeKa')],
    });
    const before = await readDefined(db, 'emas');
    const text = await exportBackupJson(db);
    await db.pages.clear();
    await restoreBackupJson(db, text);
    expect(await readDefined(db, 'emas')).toEqual(before);
  });

  it('a backup whose defined record has a nested value restores nothing', async () => {
    await addDefinedBatch(db, {
      program: 'emas',
      sourceFile: 'emas.csv',
      rows: [spot(2, 'GaSeKa')],
    });
    const backup = JSON.parse(await exportBackupJson(db));
    backup.tables.defined[0].values.name = { toString: 'x' };
    await expect(restoreBackupJson(db, JSON.stringify(backup))).rejects.toThrow(
      /defined\[0\]: bad values/,
    );
    expect(await readDefined(db, 'emas')).toHaveLength(1);
  });
});
