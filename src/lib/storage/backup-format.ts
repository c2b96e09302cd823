import type {
  BankSampah,
  HomeCareVisit,
  ImportBatch,
  Population,
  ProdamasProject,
} from '../model/records';

/**
 * The backup file: the whole database as plain JSON. Pure (no Dexie) so a CLI can read it too.
 * `version` is the file format's version, `schemaVersion` the database schema it was taken from.
 */
export const BACKUP_FORMAT = 'jangkau-backup';
export const BACKUP_VERSION = 1;

export interface BackupTables {
  bankSampah: BankSampah[];
  prodamas: ProdamasProject[];
  homeCare: HomeCareVisit[];
  population: Population[];
  batches: ImportBatch[];
  meta: { key: string; value: unknown }[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  schemaVersion: number;
  tables: BackupTables;
}

export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

const RECORD_TABLES = ['bankSampah', 'prodamas', 'homeCare', 'population'] as const;

/**
 * Reads a backup file (text or already parsed JSON). Checks the envelope and every row's keys
 * and provenance; throws `BackupFormatError` naming the first problem.
 */
export function parseBackup(input: string | unknown): Backup {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new BackupFormatError('not JSON');
    }
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT)
    throw new BackupFormatError('not a Jangkau backup');
  if (data.version !== BACKUP_VERSION)
    throw new BackupFormatError(`unsupported backup version ${String(data.version)}`);
  if (typeof data.exportedAt !== 'string' || typeof data.schemaVersion !== 'number')
    throw new BackupFormatError('missing exportedAt or schemaVersion');
  const tables = data.tables;
  if (!isObject(tables)) throw new BackupFormatError('missing tables');
  for (const name of [...RECORD_TABLES, 'batches', 'meta'] as const) {
    if (!Array.isArray(tables[name])) throw new BackupFormatError(`table ${name} missing`);
  }
  for (const name of RECORD_TABLES) {
    (tables[name] as unknown[]).forEach((row, i) => {
      if (
        !isObject(row) ||
        typeof row.id !== 'string' ||
        typeof row.kode !== 'string' ||
        typeof row.batchId !== 'string' ||
        typeof row.createdAt !== 'string' ||
        typeof row.updatedAt !== 'string'
      )
        throw new BackupFormatError(`${name} row ${i}: missing id, kode or provenance`);
    });
  }
  (tables.batches as unknown[]).forEach((row, i) => {
    if (!isObject(row) || typeof row.id !== 'string' || typeof row.program !== 'string')
      throw new BackupFormatError(`batches row ${i}: missing id or program`);
  });
  (tables.meta as unknown[]).forEach((row, i) => {
    if (!isObject(row) || typeof row.key !== 'string')
      throw new BackupFormatError(`meta row ${i}: missing key`);
  });
  return data as unknown as Backup;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
