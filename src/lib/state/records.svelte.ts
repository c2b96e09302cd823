import type * as AppStorage from '../storage/app-storage';
import { BATCH_TARGETS } from '../model/records';
import type { JangkauDb } from '../storage/db';
import type { Scenario } from '../planning/scenario';
import type { DemoState } from '../storage/demo-repo';
import type { DemoManifest } from '../storage/demo-format';
import type {
  BankSampah,
  HomeCareVisit,
  ImportBatch,
  Population,
  ProdamasProject,
} from '../model/records';

import type { ProgramDefinition } from '../programs/definition';
import type { DefinedRecord } from '../model/defined-record';
import type { Revision, StoredRecord } from '../model/revision';
import type { UndoableChange } from '../storage/edits-undo';

type Storage = typeof AppStorage;

/** Demo files sit beside index.html in dist/: a relative URL keeps any sub-path working. */
const DEMO_BASE = 'demo/';

const BUILT_IN = new Set<string>(BATCH_TARGETS);

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
  /** The user's own programme definitions, by id. */
  customPrograms = $state.raw<ProgramDefinition[]>([]);
  /** Stored records per defined programme (presets, users' own), by programme id. */
  definedCounts = $state.raw<Record<string, number>>({});
  demo = $state<DemoState>({ loaded: false, cleared: false });
  demoManifest = $state.raw<DemoManifest | null>(null);
  /** The newest change the undo button would revert, or null. */
  lastUndoable = $state.raw<UndoableChange | null>(null);
  /** Who the revisions say made a change: this device's name (a signed-in user later). */
  deviceName = $state('');
  /** Bumped on every reload: tells the coverage worker to read the stored records again. */
  version = $state(0);

  private db: JangkauDb | null = null;
  private io: Storage | null = null;
  private reloads = 0;

  async init(): Promise<void> {
    if (this.status !== 'idle') return;
    this.status = 'loading';
    try {
      const io = await import('../storage/app-storage');
      this.io = io;
      this.db = await io.openDb();
      // Ask the browser not to evict the records under storage pressure; refusal is harmless.
      void io.requestPersistentStorage();
      await io.loadDemoIfFirstStart(this.db, io.httpDemoSource(DEMO_BASE));
      await this.reload();
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  async reload(): Promise<void> {
    const db = this.requireDb();
    const io = this.requireIo();
    const reload = ++this.reloads;
    // The workers read the stored records themselves: tell them at once, before this thread's
    // own chunked read, so the map and the figures do not wait for the panels' copy.
    this.version += 1;
    const [population, batches, demo, customPrograms, lastUndoable, deviceName] = await Promise.all(
      [
        io.listPopulation(db),
        io.listBatches(db, { includeUndone: true }),
        io.getDemoState(db),
        io.listCustomPrograms(db),
        io.lastUndoable(db),
        io.getDeviceName(db),
      ],
    );
    const bankSampah = await io.readAllInChunks(db, 'bank_sampah', nextTask);
    const prodamas = await io.readAllInChunks(db, 'prodamas', nextTask);
    const homeCare = await io.readAllInChunks(db, 'home_care', nextTask);
    const definedCounts: Record<string, number> = {};
    for (const batch of batches)
      if (!BUILT_IN.has(batch.program) && definedCounts[batch.program] === undefined)
        definedCounts[batch.program] = (await io.readDefined(db, batch.program)).length;
    // A write finished while this read was under way: the later reload shows the newer state.
    if (reload !== this.reloads) return;
    this.bankSampah = bankSampah;
    this.prodamas = prodamas;
    this.homeCare = homeCare;
    this.definedCounts = definedCounts;
    this.customPrograms = customPrograms;
    this.population = population;
    this.batches = batches;
    this.demo = demo;
    this.lastUndoable = lastUndoable;
    this.deviceName = deviceName;
    if (demo.loaded && !this.demoManifest) {
      this.demoManifest = await io
        .fetchDemoManifest(io.httpDemoSource(DEMO_BASE))
        .catch(() => null);
    }
  }

  clearDemo = () => this.write((db, io) => io.clearDemo(db));
  restoreDemo = () => this.write((db, io) => io.restoreDemo(db, io.httpDemoSource(DEMO_BASE)));
  undoBatch = (id: string) => this.write((db, io) => io.undoBatch(db, id));
  restoreBackup = (text: string) => this.write((db, io) => io.restoreBackupJson(db, text));

  /**
   * Saves (adds or replaces) one of the user's programmes after the checks; a refused one throws
   * an error named `ProgramDefinitionError` with its `problems` and writes nothing.
   */
  async saveProgram(input: unknown): Promise<ProgramDefinition> {
    let saved: ProgramDefinition | undefined;
    await this.write(async (db, io) => (saved = await io.saveCustomProgram(db, input)));
    if (!saved) throw new Error('programme not saved');
    return saved;
  }

  /** Deletes one of the user's programmes and its records, as one batch the user can undo. */
  deleteProgram = (id: string) =>
    this.write((db, io) => io.deleteCustomProgram(db, id, { queue: true }));

  /** Every stored record of a defined programme (for an edit to say what it does to them). */
  async definedRecords(id: string): Promise<DefinedRecord[]> {
    return this.requireIo().readDefined(this.requireDb(), id);
  }

  // Field entry (issue 11): every change is a revision written with it in one transaction.
  addFieldRecord = (target: string, row: object) =>
    this.write((db, io) => io.addFieldRecord(db, target, row as never, this.deviceName));
  updateFieldRecords = (target: string, changes: { id: string; record: StoredRecord }[]) =>
    this.write((db, io) => io.updateFieldRecords(db, target, changes, this.deviceName));
  deleteFieldRecords = (target: string, ids: string[]) =>
    this.write((db, io) => io.deleteFieldRecords(db, target, ids, this.deviceName));
  restoreRevision = (revisionId: string) =>
    this.write((db, io) => io.restoreRevision(db, revisionId, this.deviceName));
  undoLastChange = () => this.write((db, io) => io.undoLastChange(db, this.deviceName));
  setDeviceName = (name: string) => this.write((db, io) => io.setDeviceName(db, name));

  async recordHistory(recordId: string): Promise<Revision[]> {
    return this.requireIo().recordHistory(this.requireDb(), recordId);
  }

  /** The stored records of any programme: the loaded lists of the built-ins, a read otherwise. */
  async recordsOf(target: string): Promise<readonly StoredRecord[]> {
    const list: readonly object[] =
      target === 'bank_sampah'
        ? this.bankSampah
        : target === 'prodamas'
          ? this.prodamas
          : target === 'home_care'
            ? this.homeCare
            : await this.definedRecords(target);
    return list as readonly StoredRecord[];
  }

  /** The stored record `id` of `target` as it is now, or undefined (deleted, undone). */
  async findRecord(target: string, id: string): Promise<StoredRecord | undefined> {
    return (await this.recordsOf(target)).find((r) => r.id === id);
  }

  async loadFormDraft(): Promise<unknown> {
    return this.requireIo().loadFormDraft(this.requireDb());
  }
  async saveFormDraft(draft: unknown): Promise<void> {
    await this.requireIo().saveFormDraft(this.requireDb(), draft);
  }
  async clearFormDraft(): Promise<void> {
    await this.requireIo().clearFormDraft(this.requireDb());
  }

  // What-if scenarios of the planning tab: not records, so no reload after a write.
  async listScenarios(): Promise<Scenario[]> {
    return this.requireIo().listScenarios(this.requireDb());
  }
  async saveScenario(scenario: Scenario): Promise<void> {
    await this.requireIo().saveScenario(this.requireDb(), scenario);
  }
  async deleteScenario(id: string): Promise<void> {
    await this.requireIo().deleteScenario(this.requireDb(), id);
  }

  async backupJson(): Promise<string> {
    return this.requireIo().exportBackupJson(this.requireDb());
  }

  /** Runs one write, then reloads; a failure leaves the database as it was and is rethrown. */
  private async write(action: (db: JangkauDb, io: Storage) => Promise<unknown>): Promise<void> {
    this.busy = true;
    try {
      await action(this.requireDb(), this.requireIo());
      await this.reload();
    } finally {
      this.busy = false;
    }
  }

  private requireIo(): Storage {
    if (!this.io) throw new Error('The database is not open yet.');
    return this.io;
  }

  private requireDb(): JangkauDb {
    if (!this.db) throw new Error('The database is not open yet.');
    return this.db;
  }
}

export const records = new RecordsState();
