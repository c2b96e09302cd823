import type { BatchKind, BatchTarget, ImportBatch, Provenance } from '../model/records';
import type { JangkauDb, RecordsByTarget } from './db';
import { nowIso, randomId } from './ids';
import { firstRepeatedId, toPages } from './record-pages';
import { readStored } from './records-read';
import { QUEUE_TABLES, queueRecords } from './sync-queue';
import type { DefinedRecord } from '../model/defined-record';

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
 * e.g. a duplicate id, rejects the promise and leaves the database untouched). The rows go into
 * pages (record-pages.ts) in their order.
 */
export async function addBatch<T extends BatchTarget>(
  db: JangkauDb,
  input: NewBatch<T>,
): Promise<ImportBatch> {
  return writeBatch(db, input.program, input);
}

/** A defined programme's row as the import core hands it over. */
export type NewDefinedRecord = Omit<DefinedRecord, keyof Provenance | 'id'> & {
  id?: string;
  sourceRow: number;
};

/** Like `addBatch`, for a defined programme (a preset or a user's own), by its id. */
export async function addDefinedBatch(
  db: JangkauDb,
  input: {
    program: string;
    sourceFile: string;
    rows: readonly NewDefinedRecord[];
    kind?: BatchKind;
    /** Fixed id for demo batches (`demo:emas`); imports get a random one. */
    id?: string;
  },
): Promise<ImportBatch> {
  return writeBatch(db, input.program, {
    ...input,
    rows: input.rows.map((r) => ({ ...r, program: input.program })),
  });
}

async function writeBatch(
  db: JangkauDb,
  target: string,
  input: { sourceFile: string; rows: readonly object[]; kind?: BatchKind; id?: string },
): Promise<ImportBatch> {
  const kind = input.kind ?? 'import';
  const batchId = input.id ?? randomId(kind === 'demo' ? 'demo' : 'imp');
  const createdAt = nowIso();
  const records = input.rows.map((row, i) => ({
    ...row,
    // Position in the batch, not sourceRow: one source row may yield several records.
    id: (row as { id?: string }).id ?? `${batchId}:${i + 1}`,
    batchId,
    sourceFile: input.sourceFile,
    createdAt,
    updatedAt: createdAt,
  }));
  const batch: ImportBatch = {
    id: batchId,
    program: target,
    sourceFile: input.sourceFile,
    createdAt,
    rowCount: records.length,
    kind,
  };
  const pages = toPages(target, batchId, createdAt, records);
  // Demo data is never queued (the server seeds its own), and demo-repo writes it inside its own
  // transaction, which does not hold the outbox.
  const tables = kind === 'demo' ? ['batches', 'pages'] : ['batches', 'pages', ...QUEUE_TABLES];
  await db.transaction('rw', tables, async () => {
    // Pages leave id uniqueness to us: a row whose id is stored already, or twice in the file,
    // fails the whole batch as IndexedDB's own key check did.
    const stored = (await readStored(db, target)).map((r) => r.id);
    const repeated = firstRepeatedId([...stored, ...records.map((r) => r.id)]);
    if (repeated !== null) throw new DuplicateIdError(repeated);
    await db.batches.add(batch);
    await db.pages.bulkAdd(pages);
    if (kind !== 'demo') await queueRecords(db, target, records, 'import', createdAt);
  });
  return batch;
}

/** A batch row's id is stored already (or twice in the batch): nothing of the batch is written. */
export class DuplicateIdError extends Error {
  override name = 'DuplicateIdError';
  constructor(readonly id: string) {
    super(`record id ${id} is stored already`);
  }
}
