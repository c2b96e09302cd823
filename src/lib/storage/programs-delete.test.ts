import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { puskesmas as puskesmasDefinition } from '../programs/test-definitions';
import { exportBackupJson, restoreBackupJson } from './backup-repo';
import { listBatches, undoBatch } from './batches-repo';
import { openDb, type JangkauDb } from './db';
import { deleteCustomProgram } from './programs-delete';
import { listCustomPrograms, ProgramDefinitionError, saveCustomProgram } from './programs-repo';
import { readAllDefined, readDefined } from './records-read';
import { addDefinedBatch, type NewDefinedRecord } from './records-repo';
import { BUJEL, freshDbName, POJOK } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const puskesmas = puskesmasDefinition();
const site = (sourceRow: number, name: string, kode = BUJEL): NewDefinedRecord => ({
  program: 'puskesmas',
  sourceRow,
  kode,
  rw: null,
  rt: null,
  lng: 112.01,
  lat: -7.82,
  values: { name, status: 'buka' },
});

/** Puskesmas defined, two imports (3 records), and an Emas spot that must not be touched. */
async function setUp() {
  await saveCustomProgram(db, puskesmas);
  const first = await addDefinedBatch(db, {
    program: 'puskesmas',
    sourceFile: 'puskesmas.csv',
    rows: [site(2, 'Balowerti'), site(3, 'Pesantren')],
  });
  await addDefinedBatch(db, {
    program: 'puskesmas',
    sourceFile: 'tambahan.csv',
    rows: [site(2, 'Ngletih', POJOK)],
  });
  await addDefinedBatch(db, {
    program: 'emas',
    sourceFile: 'emas.csv',
    rows: [{ ...site(2, 'Spot'), program: 'emas' }],
  });
  return { first, stored: JSON.stringify(await readDefined(db, 'puskesmas')) };
}

describe('deleting a programme of your own', () => {
  it('removes the definition and its records as one batch; undo brings both back byte-equal', async () => {
    const { stored } = await setUp();
    const batch = await deleteCustomProgram(db, 'puskesmas');
    expect(batch).toMatchObject({ kind: 'program-deleted', program: 'puskesmas', rowCount: 3 });
    expect(await listCustomPrograms(db)).toEqual([]);
    expect(await readDefined(db, 'puskesmas')).toEqual([]);
    expect((await readAllDefined(db)).map((r) => r.program)).toEqual(['emas']);
    expect((await listBatches(db))[0]).toMatchObject({ id: batch.id, deletedProgram: puskesmas });

    expect(await undoBatch(db, batch.id)).toBe(3);
    expect(await listCustomPrograms(db)).toEqual([puskesmas]);
    expect(JSON.stringify(await readDefined(db, 'puskesmas'))).toBe(stored);
    expect(await db.batches.get(batch.id)).toMatchObject({ undone: true });
    expect(await undoBatch(db, batch.id)).toBe(0);
  });

  it('an import into the deleted programme is not undone on its own: its records wait for it', async () => {
    const { first, stored } = await setUp();
    const batch = await deleteCustomProgram(db, 'puskesmas');
    expect(await undoBatch(db, first.id)).toBe(0);
    expect(await db.batches.get(first.id)).not.toHaveProperty('undone');
    expect(await undoBatch(db, batch.id)).toBe(3);
    expect(JSON.stringify(await readDefined(db, 'puskesmas'))).toBe(stored);
  });

  it('undo is refused, changing nothing, when a programme defined since took the id', async () => {
    await setUp();
    const batch = await deleteCustomProgram(db, 'puskesmas');
    const again = { ...puskesmas, names: { id: 'Puskesmas baru', en: 'New' } };
    await saveCustomProgram(db, again);
    await expect(undoBatch(db, batch.id)).rejects.toThrow(ProgramDefinitionError);
    expect(await listCustomPrograms(db)).toEqual([again]);
    expect(await readDefined(db, 'puskesmas')).toEqual([]);
    expect(await db.batches.get(batch.id)).not.toHaveProperty('undone');
  });

  it('a backup taken while it is deleted restores it deleted, and undo still brings it back', async () => {
    const { stored } = await setUp();
    const batch = await deleteCustomProgram(db, 'puskesmas');
    const backup = await exportBackupJson(db);
    const other = await openDb(freshDbName());
    try {
      await restoreBackupJson(other, backup);
      expect(await listCustomPrograms(other)).toEqual([]);
      expect(await readDefined(other, 'puskesmas')).toEqual([]);
      expect((await readAllDefined(other)).map((r) => r.program)).toEqual(['emas']);
      expect(await undoBatch(other, batch.id)).toBe(3);
      expect(await listCustomPrograms(other)).toEqual([puskesmas]);
      expect(JSON.stringify(await readDefined(other, 'puskesmas'))).toBe(stored);
    } finally {
      await other.delete();
    }
  });

  it('an unknown id deletes nothing', async () => {
    await setUp();
    await expect(deleteCustomProgram(db, 'klinik')).rejects.toThrow(/klinik/);
    expect(await readDefined(db, 'puskesmas')).toHaveLength(3);
  });
});
