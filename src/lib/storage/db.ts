import { Dexie, type Table } from 'dexie';
import { migrateV1toV2, migrateV2toV3 } from './db-migrations';
import type { RecordPage } from './record-pages';
import type { Revision } from '../model/revision';
import type { OutboxEntry, SyncConflict, SyncMeta, SyncRev } from '../sync/outbox';
import type { ProgramDefinition } from '../programs/definition';
import type { Scenario } from '../planning/scenario';
import type {
  BankSampah,
  HomeCareVisit,
  ImportBatch,
  MetaEntry,
  Population,
  ProdamasProject,
} from '../model/records';

/** The only place Dexie is set up. Repositories take a `JangkauDb`; components never do. */

const DB_NAME = 'jangkau';
/** The schema version the app writes; older databases are migrated on open. */
export const DB_VERSION = 7;

export type { MetaEntry };

export interface RecordsByTarget {
  bank_sampah: BankSampah;
  prodamas: ProdamasProject;
  home_care: HomeCareVisit;
  population: Population;
}

export const ALL_TABLES = [
  'pages',
  'batches',
  'meta',
  'programs',
  'revisions',
  'scenarios',
] as const;

/** What a sync step reads and writes, in ONE transaction (sync-store.ts). */
export const SYNC_TABLES = [
  ...['pages', 'batches', 'revisions', 'programs'],
  ...['outbox', 'syncMeta', 'syncRevs', 'conflicts'],
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
 * Version 2: `lng`/`lat` columns, `updatedAt`, batch `kind`, a `meta` table and the indexes the
 * filters use (category, type, patientId, compound kode+year).
 */
const SCHEMA_V2 = {
  bankSampah: 'id, kode, batchId, status, type',
  prodamas: 'id, kode, batchId, year, category, progress, [kode+year]',
  homeCare: 'id, kode, batchId, date, patientId, service',
  population: 'id, kode, batchId, year, [kode+year]',
  batches: 'id, program, createdAt, kind',
  meta: 'key',
};

/** Version 3: the records move into pages (record-pages.ts), the v2 tables still there. */
const SCHEMA_V3 = { ...SCHEMA_V2, pages: 'id, target, batchId' };

/**
 * Version 4: the v2 record tables are gone (Dexie can drop them only a version later),
 * a `programs` table holds the user's own programme definitions and a `secrets` table what must
 * stay in this browser.
 */
const SCHEMA_V4 = {
  bankSampah: null,
  prodamas: null,
  homeCare: null,
  population: null,
  batches: 'id, program, createdAt, kind',
  meta: 'key',
  pages: 'id, target, batchId',
  /** The user's own programme definitions (the shipped ones are code). */
  programs: 'id',
  // Keys that never leave this browser (not in backups, exports or sync): see secrets-repo.ts.
  secrets: 'name',
};

/**
 * Version 5: a `revisions` table, one row per change of a record (issue 11). The
 * pages stay the current state; a new table needs no upgrade of the rows already there.
 */
const SCHEMA_V5 = { revisions: 'id, recordId, target, at, groupId' };

/**
 * Version 6: sync with a team server (issue 12). `outbox` holds local changes until
 * the server has them (by `seq`, the order they were made in); `syncMeta` the one row saying
 * which server and how far the pulls got; `syncRevs` the server's rev of each record this
 * browser saw; `conflicts` both versions of a record until the user picks one. New tables only:
 * every row already stored stays as it is.
 */
const SCHEMA_V6 = {
  outbox: '++seq, state',
  syncMeta: 'key',
  syncRevs: 'key',
  conflicts: 'changeId, key',
};

/**
 * Version 7 (current): what-if scenarios of the planning tab (issue 13). A new table only; the
 * hypothetical sites live in the scenarios, never among the records.
 */
const SCHEMA_V7 = { scenarios: 'id, target, updatedAt' };

export class JangkauDb extends Dexie {
  declare pages: Table<RecordPage, string>;
  declare batches: Table<ImportBatch, string>;
  declare meta: Table<MetaEntry, string>;
  declare programs: Table<ProgramDefinition, string>;
  declare secrets: Table<{ name: string; bytes: Uint8Array }, string>;
  declare revisions: Table<Revision, string>;
  declare outbox: Table<OutboxEntry, number>;
  declare syncMeta: Table<SyncMeta, string>;
  declare syncRevs: Table<SyncRev, string>;
  declare conflicts: Table<SyncConflict, string>;
  declare scenarios: Table<Scenario, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Never delete a version: a user's browser may still hold any of them.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(migrateV1toV2);
    this.version(3).stores(SCHEMA_V3).upgrade(migrateV2toV3);
    this.version(4).stores(SCHEMA_V4);
    // Dexie keeps every table a later version does not name, as v4 left it.
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
  }
}

/** Opens (and migrates) the database. `name` exists so tests can use throw-away databases. */
export async function openDb(name: string = DB_NAME): Promise<JangkauDb> {
  const db = new JangkauDb(name);
  await db.open();
  return db;
}
