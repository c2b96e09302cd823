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

/** Every record of one programme (or every population row). */
export async function listRecords<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
): Promise<RecordsByTarget[T][]> {
  return db.recordTable(target).toArray();
}
