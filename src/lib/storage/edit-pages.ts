import type { StoredRecord } from '../model/revision';
import type { ImportBatch } from '../model/records';
import type { JangkauDb } from './db';
import { PAGE_SIZE, pageId, type RecordPage } from './record-pages';

type Page = RecordPage<StoredRecord>;

function batchNamedBy(id: string, target: string): string | undefined {
  if (id.startsWith('fld-')) return `field:${target}`;
  const colon = id.lastIndexOf(':');
  return colon > 0 ? id.slice(0, colon) : undefined;
}

/**
 * The pages of one target as one edit (inside the caller's transaction) sees and changes them.
 * Pages are read lazily: first those of the batch a record says it is in (a field edit of one
 * record of a 100,000-row import then reads one batch, not the whole programme), the whole
 * target only for an id not found there. Changes stay in memory until `flush`.
 */
export class TargetPages {
  private readonly pages = new Map<string, Page>();
  /** Record id → the page holding it. */
  private readonly holder = new Map<string, Page>();
  private readonly loadedBatches = new Set<string>();
  private loadedAll = false;
  private readonly dirty = new Set<string>();
  /** Batch id → records added (+) or removed (−) by this edit, for the field batch's rowCount. */
  readonly countDelta = new Map<string, number>();

  constructor(
    private readonly db: JangkauDb,
    readonly target: string,
  ) {}

  /**
   * The stored record `id` of this target, or undefined; `batchHint` is where to look first
   * (without one, the batch its id names: `<batch>:<n>` of an import, `fld-…` of field entry).
   */
  async find(
    id: string,
    batchHint = batchNamedBy(id, this.target),
  ): Promise<StoredRecord | undefined> {
    if (batchHint !== undefined && !this.holder.has(id)) await this.loadGuessedPage(id, batchHint);
    if (batchHint !== undefined && !this.holder.has(id)) await this.loadBatch(batchHint);
    if (!this.holder.has(id)) await this.loadAll();
    return this.holder.get(id)?.records.find((r) => r.id === id);
  }

  /** Puts `record` where the stored record of its id is (it must have been found). */
  replace(record: StoredRecord): void {
    const page = this.pageOf(record.id);
    page.records[page.records.findIndex((r) => r.id === record.id)] = record;
    this.dirty.add(page.id);
  }

  /** Removes record `id` (it must have been found); a page left empty is deleted on flush. */
  remove(id: string): void {
    const page = this.pageOf(id);
    page.records.splice(
      page.records.findIndex((r) => r.id === id),
      1,
    );
    this.holder.delete(id);
    this.dirty.add(page.id);
    this.count(page.batchId, -1);
  }

  /**
   * Appends `record` to `batch`'s last page, or to a new page when that one is full (page ids
   * as `toPages` makes them, so readers keep oldest batch first, then page order).
   */
  async append(batch: ImportBatch, record: StoredRecord): Promise<void> {
    await this.loadLastPage(batch.id);
    let last: Page | undefined;
    for (const p of this.pages.values())
      if (p.batchId === batch.id && (last === undefined || p.page > last.page)) last = p;
    if (last === undefined || last.records.length >= PAGE_SIZE) {
      const page = (last?.page ?? -1) + 1;
      last = {
        id: pageId(batch.createdAt, this.target, batch.id, page),
        target: this.target,
        batchId: batch.id,
        page,
        records: [],
      };
      this.pages.set(last.id, last);
    }
    last.records.push(record);
    this.holder.set(record.id, last);
    this.dirty.add(last.id);
    this.count(batch.id, 1);
  }

  /** Writes the changed pages (an emptied one is deleted). */
  async flush(): Promise<void> {
    const pages = [...this.dirty].map((id) => this.pages.get(id) as Page);
    await this.db.pages.bulkDelete(pages.filter((p) => p.records.length === 0).map((p) => p.id));
    await this.db.pages.bulkPut(pages.filter((p) => p.records.length > 0));
    this.dirty.clear();
  }

  private pageOf(id: string): Page {
    const page = this.holder.get(id);
    if (page === undefined) throw new Error(`record ${id} was not read before it was changed`);
    return page;
  }

  private count(batchId: string, n: number): void {
    this.countDelta.set(batchId, (this.countDelta.get(batchId) ?? 0) + n);
  }

  private async loadBatch(batchId: string): Promise<void> {
    if (this.loadedAll || this.loadedBatches.has(batchId)) return;
    // Old data may share one batch id between targets: only this target's pages.
    const pages = await this.db.pages
      .where('batchId')
      .equals(batchId)
      .filter((p) => p.target === this.target)
      .toArray();
    this.take(pages as Page[]);
    this.loadedBatches.add(batchId);
  }

  /**
   * An import names its records `<batch>:<n>` by position (records-repo.ts), and a record never
   * moves to another page of its batch (deletes splice within a page, adds append to the last),
   * so record n is on page ⌊(n − 1) / PAGE_SIZE⌋: one page read instead of the whole batch
   * (in fake-indexeddb, one edit in a 100,000-row import took 1.2–1.4 s reading the batch).
   * Any other id, or a record restored to the end since, is found by the callers' fallbacks.
   */
  private async loadGuessedPage(id: string, batchId: string): Promise<void> {
    const match = id.startsWith(`${batchId}:`)
      ? /^[1-9]\d*$/.exec(id.slice(batchId.length + 1))
      : null;
    if (match === null || this.loadedAll || this.loadedBatches.has(batchId)) return;
    const page = String(Math.floor((Number(match[0]) - 1) / PAGE_SIZE)).padStart(6, '0');
    const keys = await this.db.pages.where('batchId').equals(batchId).primaryKeys();
    const key = keys.find((k) => k.endsWith(`/${this.target}/${batchId}/${page}`));
    if (key === undefined || this.pages.has(key)) return;
    const found = (await this.db.pages.get(key)) as Page | undefined;
    if (found?.target === this.target) this.take([found]);
  }

  /**
   * Reads only the last page of a batch (its greatest key: page numbers are zero-padded), not
   * the whole batch: a field batch grows one record at a time, and each add would otherwise
   * read every page of it.
   */
  private async loadLastPage(batchId: string): Promise<void> {
    if (this.loadedAll || this.loadedBatches.has(batchId)) return;
    const keys = await this.db.pages.where('batchId').equals(batchId).primaryKeys();
    for (const key of keys.sort().reverse()) {
      const page = this.pages.get(key) ?? ((await this.db.pages.get(key)) as Page | undefined);
      if (page?.target !== this.target) continue;
      this.take([page]);
      return;
    }
  }

  private async loadAll(): Promise<void> {
    if (this.loadedAll) return;
    this.take((await this.db.pages.where('target').equals(this.target).toArray()) as Page[]);
    this.loadedAll = true;
  }

  /** Keeps pages read before as they are: they may hold changes not flushed yet. */
  private take(pages: readonly Page[]): void {
    for (const p of pages) {
      if (this.pages.has(p.id)) continue;
      this.pages.set(p.id, p);
      for (const r of p.records) this.holder.set(r.id, p);
    }
  }
}
