import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupFormatError,
  parseBackup,
  serializeBackup,
  type Backup,
} from '../export/backup';
import { ALL_TABLES, type JangkauDb } from './db';
import { groupBy, pagesOfRows, recordsOf, type RecordPage } from './record-pages';
import { deletedTarget, readDeletedPages } from './programs-delete';
import type { DefinedRecord } from '../model/defined-record';

import { readAll, readAllDefined } from './records-read';
import { nowIso } from './ids';

/** The whole database as a backup object, read in one transaction (a consistent snapshot). */
export async function exportBackup(db: JangkauDb): Promise<Backup> {
  return db.transaction('r', ALL_TABLES, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: nowIso(),
    schemaVersion: db.verno,
    // The file keeps one table per target, as it always has: a backup taken before the records
    // moved into pages restores as any other, and the format stays readable without the app.
    tables: {
      bankSampah: await readAll(db, 'bank_sampah'),
      prodamas: await readAll(db, 'prodamas'),
      homeCare: await readAll(db, 'home_care'),
      population: await readAll(db, 'population'),
      batches: await db.batches.toArray(),
      meta: await db.meta.toArray(),
      programs: await db.programs.toArray(),
      // Records of deleted programmes too (under their programme's id): restored under their
      // deletion batch again, so that its undo still brings them back.
      defined: [
        ...(await readAllDefined(db)),
        ...recordsOf((await readDeletedPages(db)) as RecordPage<DefinedRecord>[]),
      ],
      // Tombstones are revisions: a restore brings back what was deleted and how.
      revisions: await db.revisions.toArray(),
      scenarios: await db.scenarios.toArray(),
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
    // Scenarios are replaced only by a backup that has them (one from before them keeps these).
    for (const name of ALL_TABLES)
      if (name !== 'scenarios' || checked.tables.scenarios) await db.table(name).clear();
    const { tables } = checked;
    await db.batches.bulkAdd(tables.batches);
    await db.meta.bulkAdd(tables.meta);
    await db.programs.bulkAdd(tables.programs ?? []);
    // A version 1 backup has none: its records start their history at the restore.
    await db.revisions.bulkAdd(tables.revisions ?? []);
    // An older backup has none: the scenarios saved here stay (they are not in that file).
    if (tables.scenarios) await db.scenarios.bulkAdd(tables.scenarios);
    const created = new Map(tables.batches.map((b) => [b.id, b.createdAt]));
    await db.pages.bulkAdd([
      ...pagesOfRows('bank_sampah', tables.bankSampah, created),
      ...pagesOfRows('prodamas', tables.prodamas, created),
      ...pagesOfRows('home_care', tables.homeCare, created),
      ...pagesOfRows('population', tables.population, created),
      ...definedPages(tables.defined ?? [], created, deletedTargets(tables)),
    ]);
  });
}

export async function exportBackupJson(db: JangkauDb): Promise<string> {
  return serializeBackup(await exportBackup(db));
}

/** Parses (and validates) a backup file's text, then restores it. */
export async function restoreBackupJson(db: JangkauDb, text: string): Promise<void> {
  await restoreBackup(db, parseBackup(text));
}

/**
 * Defined records as pages, programme by programme; a programme in `deleted` (deleted, not
 * brought back) gets its deletion batch's target instead of its own.
 */
function definedPages(
  rows: readonly DefinedRecord[],
  batchCreatedAt: ReadonlyMap<string, string>,
  deleted: ReadonlyMap<string, string>,
): RecordPage[] {
  return [...groupBy(rows, (r) => r.program)].flatMap(([program, list]) =>
    pagesOfRows(deleted.get(program) ?? program, list, batchCreatedAt),
  );
}

/**
 * Programme id → deleted target, for programmes the backup holds a live deletion of and no
 * definition: the latest such deletion (an older one was followed by a new programme of the id).
 */
function deletedTargets(tables: Backup['tables']): Map<string, string> {
  const live = new Set((tables.programs ?? []).map((p) => p.id));
  const out = new Map<string, string>();
  const deletions = tables.batches
    .filter((b) => b.kind === 'program-deleted' && b.undone !== true && !live.has(b.program))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const b of deletions) out.set(b.program, deletedTarget(b.id));
  return out;
}
