import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { puskesmas as puskesmasDefinition } from '../programs/test-definitions';
import { exportBackupJson, restoreBackupJson } from './backup-repo';
import { openDb, type JangkauDb } from './db';
import { listCustomPrograms, ProgramDefinitionError, saveCustomProgram } from './programs-repo';
import { freshDbName } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
});
afterEach(async () => {
  await db.delete();
});

const puskesmas = puskesmasDefinition();

describe('custom programmes', () => {
  it('are saved after the checks, edited in place, and refused with their problems', async () => {
    await saveCustomProgram(db, puskesmas);
    await saveCustomProgram(db, { ...puskesmas, names: { id: 'Puskesmas kota', en: 'Clinics' } });
    expect((await listCustomPrograms(db)).map((p) => p.names.id)).toEqual(['Puskesmas kota']);
    await expect(saveCustomProgram(db, { ...puskesmas, id: 'emas' })).rejects.toThrow(
      ProgramDefinitionError,
    );
    await expect(saveCustomProgram(db, { ...puskesmas, id: 'klinik' })).rejects.toThrow(
      /puskesmas_catchment" is taken/,
    );
    expect(await listCustomPrograms(db)).toHaveLength(1);
  });

  it('travel in backups and come back on restore', async () => {
    await saveCustomProgram(db, puskesmas);
    const text = await exportBackupJson(db);
    await db.programs.clear();
    await restoreBackupJson(db, text);
    expect(await listCustomPrograms(db)).toEqual([puskesmas]);
  });

  it('a backup with a bad definition restores nothing', async () => {
    await saveCustomProgram(db, puskesmas);
    const backup = JSON.parse(await exportBackupJson(db));
    backup.tables.programs.push({ ...puskesmas, id: 'xy', origin: 'builtin', index: [] });
    await expect(restoreBackupJson(db, JSON.stringify(backup))).rejects.toThrow(
      /programs\[1\]\.origin/,
    );
    expect(await listCustomPrograms(db)).toEqual([puskesmas]);
  });

  it('a backup from before definitions existed still restores', async () => {
    const backup = JSON.parse(await exportBackupJson(db));
    delete backup.tables.programs;
    await saveCustomProgram(db, puskesmas);
    await restoreBackupJson(db, JSON.stringify(backup));
    expect(await listCustomPrograms(db)).toEqual([]);
  });
});
