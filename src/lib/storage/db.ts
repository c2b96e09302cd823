import { Dexie, type Table, type Transaction } from 'dexie';
import type {
  BankSampah,
  BatchTarget,
  HomeCareVisit,
  ImportBatch,
  MetaEntry,
  Population,
  ProdamasProject,
} from '../model/records';

/** The only place Dexie is set up. Repositories take a `JangkauDb`; components never do. */

const DB_NAME = 'jangkau';
/** The schema version the app writes; older databases are migrated on open. */
export const DB_VERSION = 2;

export type { MetaEntry };

/** Table name per batch target. */
export const TABLE_OF = {
  bank_sampah: 'bankSampah',
  prodamas: 'prodamas',
  home_care: 'homeCare',
  population: 'population',
} as const satisfies Record<BatchTarget, string>;

export interface RecordsByTarget {
  bank_sampah: BankSampah;
  prodamas: ProdamasProject;
  home_care: HomeCareVisit;
  population: Population;
}

export const ALL_TABLES = [
  'bankSampah',
  'prodamas',
  'homeCare',
  'population',
  'batches',
  'meta',
] as const;

/**
 * Version 1 (first release): each record kept one `location: [lng, lat] | null`, records had
 * only `createdAt`, batches had no `kind`, and there was no `meta` table.
 */
const SCHEMA_V1 = {
  bankSampah: 'id, kode, batchId, status',
  prodamas: 'id, kode, batchId, year',
  homeCare: 'id, kode, batchId, date',
  population: 'id, kode, batchId, year',
  batches: 'id, program, createdAt',
};

/**
 * Version 2 (current): `lng`/`lat` columns, `updatedAt`, batch `kind`, a `meta` table and the
 * indexes the filters use (category, type, patientId, compound kode+year).
 */
const SCHEMA_V2 = {
  bankSampah: 'id, kode, batchId, status, type',
  prodamas: 'id, kode, batchId, year, category, progress, [kode+year]',
  homeCare: 'id, kode, batchId, date, patientId, service',
  population: 'id, kode, batchId, year, [kode+year]',
  batches: 'id, program, createdAt, kind',
  meta: 'key',
};

export class JangkauDb extends Dexie {
  declare bankSampah: Table<BankSampah, string>;
  declare prodamas: Table<ProdamasProject, string>;
  declare homeCare: Table<HomeCareVisit, string>;
  declare population: Table<Population, string>;
  declare batches: Table<ImportBatch, string>;
  declare meta: Table<MetaEntry, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Never delete a version: a user's browser may still hold any of them.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(migrateV1toV2);
  }

  /** The typed table holding a batch target's records. */
  recordTable<T extends BatchTarget>(target: T): Table<RecordsByTarget[T], string> {
    return this.table(TABLE_OF[target]);
  }
}

/** Opens (and migrates) the database. `name` exists so tests can use throw-away databases. */
export async function openDb(name: string = DB_NAME): Promise<JangkauDb> {
  const db = new JangkauDb(name);
  await db.open();
  return db;
}

function isLngLat(v: unknown): v is [number, number] {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Number.isFinite(v[0]) &&
    Number.isFinite(v[1]) &&
    Math.abs(v[0]) <= 180 &&
    Math.abs(v[1]) <= 90
  );
}

/** v1 → v2: split `location` into `lng`/`lat`, add `updatedAt`, give batches a `kind`. */
async function migrateV1toV2(tx: Transaction): Promise<void> {
  for (const name of ['bankSampah', 'prodamas', 'homeCare'] as const) {
    await tx
      .table(name)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        // Old rows are foreign input: anything that is not a valid [lng, lat] becomes null.
        const loc = row.location;
        row.lng = isLngLat(loc) ? loc[0] : null;
        row.lat = isLngLat(loc) ? loc[1] : null;
        delete row.location;
        row.updatedAt ??= row.createdAt;
      });
  }
  await tx
    .table('population')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.updatedAt ??= row.createdAt;
    });
  await tx
    .table('batches')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.kind = typeof row.id === 'string' && row.id.startsWith('demo') ? 'demo' : 'import';
    });
}
