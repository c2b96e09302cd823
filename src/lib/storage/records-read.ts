import type { BatchTarget } from '../model/records';
import type { JangkauDb, RecordsByTarget } from './db';

/**
 * Every stored record of a target in one `getAll` request: the fastest read IndexedDB has, for
 * the workers (a cursor costs one round trip per record). Primary-key order.
 */
export async function readAll<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
): Promise<RecordsByTarget[T][]> {
  return db.recordTable(target).toArray();
}

/**
 * Every stored record of a target, read `chunk` at a time in primary-key order, calling `pause`
 * between chunks: on the main thread each chunk's deserialisation is a short task and the page
 * keeps drawing frames, where one `getAll` of 100,000 records is one long task. The chunks are
 * separate reads (IndexedDB ends a transaction across a pause), so a caller that may race a
 * write reloads after it, as the records state does.
 */
export async function readAllInChunks<T extends BatchTarget>(
  db: JangkauDb,
  target: T,
  chunk: number,
  pause: () => Promise<void>,
): Promise<RecordsByTarget[T][]> {
  const table = db.recordTable(target);
  const out: RecordsByTarget[T][] = [];
  let page = await table.orderBy(':id').limit(chunk).toArray();
  while (page.length > 0) {
    for (const record of page) out.push(record);
    if (page.length < chunk) break;
    await pause();
    const last = page[page.length - 1].id;
    page = await table.where(':id').above(last).limit(chunk).toArray();
  }
  return out;
}
