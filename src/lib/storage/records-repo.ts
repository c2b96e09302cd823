import type { Collection, Table } from 'dexie';
import type { BatchKind, BatchTarget, ImportBatch, Provenance } from '../model/records';
import type { JangkauDb, RecordsByTarget } from './db';
import { nowIso, randomId } from './ids';

/** A row as the import core hands it over: the record without the provenance storage adds. */
export type NewRecord<T extends BatchTarget> = Omit<RecordsByTarget[T], keyof Provenance | 'id'> & {
  /** Kept when given (a conflict with a stored id then fails the whole batch); else assigned. */
  id?: string;
  sourceRow: number;
};

export interface NewBatch<T extends BatchTarget> {
  program: T;
  sourceFile: string;
  rows: readonly NewRecord<T>[];
  kind?: BatchKind;
  /** Fixed id for demo batches; imports get a random one. */
  id?: string;
}

/**
 * Writes a batch and its rows in ONE transaction: every row is stored or none is (a failing row,
 * e.g. a duplicate id, rejects the promise and leaves the database untouched).
 */
export async function addBatch<T extends BatchTarget>(
  db: JangkauDb,
  input: NewBatch<T>,
): Promise<ImportBatch> {
  const kind = input.kind ?? 'import';
  const batchId = input.id ?? randomId(kind === 'demo' ? 'demo' : 'imp');
  const createdAt = nowIso();
  const records = input.rows.map(
    (row, i) =>
      ({
        ...row,
        // Position in the batch, not sourceRow: one source row may yield several records.
        id: row.id ?? `${batchId}:${i + 1}`,
        batchId,
        sourceFile: input.sourceFile,
        createdAt,
        updatedAt: createdAt,
      }) as unknown as RecordsByTarget[T],
  );
  const batch: ImportBatch = {
    id: batchId,
    program: input.program,
    sourceFile: input.sourceFile,
    createdAt,
    rowCount: records.length,
    kind,
  };
  const table = db.recordTable(input.program);
  await db.transaction('rw', db.batches, table, async () => {
    await db.batches.add(batch);
    // Chunks within the one transaction: all rows or none as before, but IndexedDB gets a
    // steady stream of requests instead of 100,000 at once (and Dexie no list of 100,000 keys).
    for (let i = 0; i < records.length; i += WRITE_CHUNK)
      await table.bulkAdd(records.slice(i, i + WRITE_CHUNK));
  });
  return batch;
}

/** Records per `bulkAdd` inside a batch's transaction. */
const WRITE_CHUNK = 5000;

/** Filters the list and count functions understand; each is ignored where it does not apply. */
export interface RecordFilter {
  kode?: string;
  batchId?: string;
  year?: number;
  /** Prodamas bidang. */
  category?: string;
  /** Bank sampah status. */
  status?: string;
  patientId?: string;
  /** Inclusive ISO dates `YYYY-MM-DD` on Home Care visit dates. */
  dateFrom?: string;
  dateTo?: string;
}

type AnyRecord = RecordsByTarget[BatchTarget];

function where<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
  f: RecordFilter,
): Collection<RecordsByTarget[T], string> {
  const table = db.recordTable(target);
  // Start from one index (the most selective that applies), finish with a JS filter.
  let coll: Collection<RecordsByTarget[T], string>;
  if (f.batchId !== undefined) coll = table.where('batchId').equals(f.batchId);
  else if (f.patientId !== undefined && target === 'home_care')
    coll = table.where('patientId').equals(f.patientId);
  else if (f.kode !== undefined && f.year !== undefined && hasYear(target))
    coll = table.where('[kode+year]').equals([f.kode, f.year]);
  else if (f.kode !== undefined) coll = table.where('kode').equals(f.kode);
  else if (target === 'home_care' && (f.dateFrom !== undefined || f.dateTo !== undefined))
    coll = table.where('date').between(f.dateFrom ?? '', f.dateTo ?? '\uffff', true, true);
  else if (f.year !== undefined && hasYear(target)) coll = table.where('year').equals(f.year);
  else coll = table.toCollection();
  return coll.filter((r) => matches(r, f));
}

function hasYear(target: BatchTarget): boolean {
  return target === 'prodamas' || target === 'population';
}

function matches(r: AnyRecord, f: RecordFilter): boolean {
  const row = r as unknown as Record<string, unknown>;
  if (f.kode !== undefined && row.kode !== f.kode) return false;
  if (f.batchId !== undefined && row.batchId !== f.batchId) return false;
  if (f.year !== undefined) {
    if ('year' in row) {
      if (row.year !== f.year) return false;
    } else if (typeof row.date === 'string' && !row.date.startsWith(`${f.year}-`)) return false;
  }
  if (f.category !== undefined && 'category' in row && row.category !== f.category) return false;
  if (f.status !== undefined && 'status' in row && row.status !== f.status) return false;
  if (f.patientId !== undefined && 'patientId' in row && row.patientId !== f.patientId)
    return false;
  if (typeof row.date === 'string') {
    if (f.dateFrom !== undefined && row.date < f.dateFrom) return false;
    if (f.dateTo !== undefined && row.date > f.dateTo) return false;
  }
  return true;
}

/** Records of one programme (or population rows), optionally filtered. */
export async function listRecords<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
  filter: RecordFilter = {},
): Promise<RecordsByTarget[T][]> {
  return where(db, target, filter).toArray();
}

export async function countRecords(
  db: JangkauDb,
  target: BatchTarget,
  filter: RecordFilter = {},
): Promise<number> {
  if (Object.keys(filter).length === 0) return db.recordTable(target).count();
  return where(db, target, filter).count();
}

/** Edits one stored record and bumps its `updatedAt`; returns false when the id is unknown. */
export async function updateRecord<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
  id: string,
  changes: Partial<Omit<RecordsByTarget[T], keyof Provenance | 'id'>>,
): Promise<boolean> {
  const table = db.recordTable(target) as unknown as Table<AnyRecord, string>;
  const n = await table.update(id, { ...changes, updatedAt: nowIso() } as never);
  return n === 1;
}
