import { openDb, type JangkauDb } from '../storage/db';
import { readAllInChunks } from '../storage/records-read';
import { listBatches, undoBatch } from '../storage/batches-repo';
import { listPopulation } from '../storage/population-repo';
import {
  clearDemo,
  fetchDemoManifest,
  getDemoState,
  httpDemoSource,
  loadDemoIfFirstStart,
  restoreDemo,
  type DemoState,
} from '../storage/demo-repo';
import type { DemoManifest } from '../storage/demo-format';
import { exportBackupJson, restoreBackupJson } from '../storage/backup-repo';
import { requestPersistentStorage } from '../storage/persist';
import type {
  BankSampah,
  HomeCareVisit,
  ImportBatch,
  Population,
  ProdamasProject,
} from '../model/records';

/** Demo files sit beside index.html in dist/: a relative URL keeps any sub-path working. */
const demoSource = httpDemoSource('demo/');

/** Lets the page draw and handle input between two chunks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The records in the user's browser, loaded from IndexedDB. Methods are the only mutators; each
 * writes through a repository and then reloads, so the screen shows what is really stored.
 */
class RecordsState {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);
  /** Set while a write (demo, undo, restore) runs, so buttons can wait. */
  busy = $state(false);
  bankSampah = $state.raw<BankSampah[]>([]);
  prodamas = $state.raw<ProdamasProject[]>([]);
  homeCare = $state.raw<HomeCareVisit[]>([]);
  population = $state.raw<Population[]>([]);
  batches = $state.raw<ImportBatch[]>([]);
  demo = $state<DemoState>({ loaded: false, cleared: false });
  demoManifest = $state.raw<DemoManifest | null>(null);
  /** Bumped on every reload: tells the coverage worker to read the stored records again. */
  version = $state(0);

  private db: JangkauDb | null = null;
  private reloads = 0;

  async init(): Promise<void> {
    if (this.status !== 'idle') return;
    this.status = 'loading';
    try {
      this.db = await openDb();
      // Ask the browser not to evict the records under storage pressure; refusal is harmless.
      void requestPersistentStorage();
      await loadDemoIfFirstStart(this.db, demoSource);
      await this.reload();
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  async reload(): Promise<void> {
    const db = this.requireDb();
    const reload = ++this.reloads;
    // The workers read the stored records themselves: tell them at once, before this thread's
    // own chunked read, so the map and the figures do not wait for the panels' copy.
    this.version += 1;
    const [population, batches, demo] = await Promise.all([
      listPopulation(db),
      listBatches(db, { includeUndone: true }),
      getDemoState(db),
    ]);
    const bankSampah = await readAllInChunks(db, 'bank_sampah', nextTask);
    const prodamas = await readAllInChunks(db, 'prodamas', nextTask);
    const homeCare = await readAllInChunks(db, 'home_care', nextTask);
    // A write finished while this read was under way: the later reload shows the newer state.
    if (reload !== this.reloads) return;
    this.bankSampah = bankSampah;
    this.prodamas = prodamas;
    this.homeCare = homeCare;
    this.population = population;
    this.batches = batches;
    this.demo = demo;
    if (demo.loaded && !this.demoManifest) {
      this.demoManifest = await fetchDemoManifest(demoSource).catch(() => null);
    }
  }

  clearDemo = () => this.write((db) => clearDemo(db));
  restoreDemo = () => this.write((db) => restoreDemo(db, demoSource));
  undoBatch = (id: string) => this.write((db) => undoBatch(db, id));
  restoreBackup = (text: string) => this.write((db) => restoreBackupJson(db, text));

  async backupJson(): Promise<string> {
    return exportBackupJson(this.requireDb());
  }

  /** Runs one write, then reloads; a failure leaves the database as it was and is rethrown. */
  private async write(action: (db: JangkauDb) => Promise<unknown>): Promise<void> {
    this.busy = true;
    try {
      await action(this.requireDb());
      await this.reload();
    } finally {
      this.busy = false;
    }
  }

  private requireDb(): JangkauDb {
    if (!this.db) throw new Error('The database is not open yet.');
    return this.db;
  }
}

export const records = new RecordsState();
