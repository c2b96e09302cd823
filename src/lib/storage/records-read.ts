import { BATCH_TARGETS, type BatchTarget } from '../model/records';
import type { JangkauDb, RecordsByTarget } from './db';
import { recordsOf, type RecordPage } from './record-pages';
import type { DefinedRecord } from '../model/defined-record';
import { isDeletedTarget } from './programs-delete';

type PageOf<T extends BatchTarget> = RecordPage<RecordsByTarget[T]>;

/**
 * Every stored record of a target in one read of its pages: the fastest read IndexedDB has, for
 * the workers. Oldest batch first, each batch in file order.
 */
export async function readAll<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
): Promise<RecordsByTarget[T][]> {
  return (await readStored(db, target)) as RecordsByTarget[T][];
}

/** The records of any target, built-in or a defined programme's id, as `readAll` reads them. */
export async function readStored(db: JangkauDb, target: string): Promise<{ id: string }[]> {
  const pages = (await db.pages.where('target').equals(target).toArray()) as RecordPage<{
    id: string;
  }>[];
  return recordsOf(pages);
}

/** Every stored record of a defined programme (a preset or a user's own). */
export async function readDefined(db: JangkauDb, program: string): Promise<DefinedRecord[]> {
  return (await readStored(db, program)) as DefinedRecord[];
}

/**
 * Every stored record of a target, one page per read, calling `pause` between pages: on the main
 * thread each page's deserialisation is a short task and the page keeps drawing frames, where one
 * read of 100,000 records is one long task. The pages are separate reads (IndexedDB ends a
 * transaction across a pause), so a caller that may race a write reloads after it, as the
 * records state does; a page deleted in between is skipped.
 */
export async function readAllInChunks<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
  pause: () => Promise<void>,
): Promise<RecordsByTarget[T][]> {
  const keys = await db.pages.where('target').equals(target).primaryKeys();
  const out: RecordsByTarget[T][] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) await pause();
    const page = (await db.pages.get(keys[i])) as PageOf<T> | undefined;
    if (page) for (const record of page.records) out.push(record);
  }
  return out;
}

/**
 * Records of every defined programme (any page whose target is not a built-in one), without
 * those of programmes deleted (their pages wait under `~deleted/…` for an undo).
 */
export async function readAllDefined(db: JangkauDb): Promise<DefinedRecord[]> {
  const pages = await db.pages
    .where('target')
    .noneOf([...BATCH_TARGETS])
    .and((p) => !isDeletedTarget(p.target))
    .toArray();
  return recordsOf(pages as RecordPage<DefinedRecord>[]);
}
