import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupFormatError,
  parseBackup,
  serializeBackup,
  type Backup,
} from '../export/backup';
import { ALL_TABLES, type JangkauDb } from './db';
import { nowIso } from './ids';

/** The whole database as a backup object, read in one transaction (a consistent snapshot). */
export async function exportBackup(db: JangkauDb): Promise<Backup> {
  return db.transaction('r', ALL_TABLES, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: nowIso(),
    schemaVersion: db.verno,
    tables: {
      bankSampah: await db.bankSampah.toArray(),
      prodamas: await db.prodamas.toArray(),
      homeCare: await db.homeCare.toArray(),
      population: await db.population.toArray(),
      batches: await db.batches.toArray(),
      meta: await db.meta.toArray(),
    },
  }));
}

/**
 * Replaces the whole database with the backup, in one transaction: afterwards it holds exactly
 * the backup's rows, or (on any failure) exactly what it held before.
 */
export async function restoreBackup(db: JangkauDb, backup: Backup): Promise<void> {
  const checked = parseBackup(backup);
  if (checked.schemaVersion > db.verno)
    throw new BackupFormatError(
      `backup from a newer app (schema ${checked.schemaVersion}); update Jangkau first`,
    );
  await db.transaction('rw', ALL_TABLES, async () => {
    for (const name of ALL_TABLES) await db.table(name).clear();
    for (const name of ALL_TABLES) await db.table(name).bulkAdd(checked.tables[name]);
  });
}

export async function exportBackupJson(db: JangkauDb): Promise<string> {
  return serializeBackup(await exportBackup(db));
}

/** Parses (and validates) a backup file's text, then restores it. */
export async function restoreBackupJson(db: JangkauDb, text: string): Promise<void> {
  await restoreBackup(db, parseBackup(text));
}
