import type { BatchTarget } from '../model/records';

/**
 * Records are stored in pages: one IndexedDB row holds up to `PAGE_SIZE` records of one batch.
 * IndexedDB's cost is per stored object (in headless Chromium 156, about 0.1 ms per `add`, however
 * small the object: 100,000 records took 9–15 s to write one by one), so a 100,000-row import is
 * 100 puts of 0.5 s in all. Every reader wants whole programmes (the engine, the map points, the
 * panels' lists), never one record by an index, so no per-record row or index is lost.
 */
export const PAGE_SIZE = 1000;

export interface RecordPage<R = unknown> {
  /**
   * `createdAt/target/batchId/page`: primary-key order is oldest batch first, then file order.
   * The target is part of it because old data may share one batch id between targets.
   */
  id: string;
  /** A built-in target or a defined programme's id. */
  target: BatchTarget | (string & {});
  batchId: string;
  /** 0-based page number within the batch. */
  page: number;
  records: R[];
}

/** A page's id (see `RecordPage.id`); `createdAt` is its batch's, ISO 8601. */
export function pageId(createdAt: string, target: string, batchId: string, page: number): string {
  // Zero-padded so that page 10 sorts after page 9.
  return `${createdAt}/${target}/${batchId}/${String(page).padStart(6, '0')}`;
}

/** A batch's records (in their order) as pages; `createdAt` is the batch's, ISO 8601. */
export function toPages<R>(
  target: string,
  batchId: string,
  createdAt: string,
  records: readonly R[],
): RecordPage<R>[] {
  const pages: RecordPage<R>[] = [];
  for (let start = 0, page = 0; start < records.length; start += PAGE_SIZE, page++) {
    pages.push({
      id: pageId(createdAt, target, batchId, page),
      target,
      batchId,
      page,
      records: records.slice(start, start + PAGE_SIZE),
    });
  }
  return pages;
}

/** `rows` grouped by `key`, each group in the rows' order. */
export function groupBy<R>(rows: readonly R[], key: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Stored rows of one target (a migration's, a backup's) as pages, batch by batch in the rows'
 * order. Each batch's pages take its batch row's `createdAt`; a row whose batch row is lost keeps
 * its records all the same, dated by its first row: nothing is dropped.
 */
export function pagesOfRows<R extends { batchId: string; createdAt: string }>(
  target: string,
  rows: readonly R[],
  batchCreatedAt: ReadonlyMap<string, string>,
): RecordPage<R>[] {
  return [...groupBy(rows, (r) => r.batchId)].flatMap(([batchId, list]) =>
    toPages(target, batchId, batchCreatedAt.get(batchId) ?? list[0].createdAt, list),
  );
}

/** The records of `pages`, in page order. */
export function recordsOf<R>(pages: readonly RecordPage<R>[]): R[] {
  const out: R[] = [];
  for (const page of pages) for (const record of page.records) out.push(record);
  return out;
}

/** The first id that occurs twice among `ids`, or null: pages do not make IndexedDB check it. */
export function firstRepeatedId(ids: Iterable<string>): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}
