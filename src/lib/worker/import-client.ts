import * as Comlink from 'comlink';
import type { KelurahanCollection } from '../model/kelurahan';
import type { ImportReport } from '../import';
import type { ImportBatch } from '../model/records';
import type { EntryPlace, EntryResult } from '../field/entry-check';
import type { DraftResult, ImportApi, PrepareOptions } from './import.worker';

export interface ImportClient {
  prepare(
    file: { name: string; bytes: Uint8Array } | { name: string; bytes: null },
    options: PrepareOptions,
    onProgress: (fraction: number) => void,
  ): Promise<ImportReport>;
  commit(): Promise<ImportBatch>;
  discard(): Promise<void>;
  /** A programme definition proposed from a file's columns (the bytes are transferred). */
  draftProgram(file: { name: string; bytes: Uint8Array }): Promise<DraftResult>;
  /**
   * Checks one record of the entry form with the import's rules (`checkEntry` in the worker);
   * `values` and `place` must be plain data (`$state.snapshot()` them first). `duplicates`
   * also checks it against the stored records but `exceptId` (the one being edited): on save.
   */
  checkEntry(
    programId: string,
    values: Record<string, string>,
    place: EntryPlace,
    duplicates?: { exceptId?: string },
  ): Promise<EntryResult>;
}

/** What a call answers when the worker's code could not be loaded. */
const WORKER_LOAD_ERROR =
  'Pemeriksa data tidak dapat dimuat (luring sebelum aplikasi tersimpan?) / The data checker could not be loaded (offline before the app was cached?)';

/** Starts the import worker lazily, on the first file, and hands it the boundaries once. */
export function createImportClient(geometry: () => KelurahanCollection): ImportClient {
  let started: Promise<Comlink.Remote<ImportApi>> | null = null;
  const ready = () =>
    (started ??= (async () => {
      const start = performance.now();
      const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      const remote = Comlink.wrap<ImportApi>(worker);
      // A worker whose script cannot load (offline before the app was cached) fires `error` and
      // never answers: say so instead of waiting forever, and let the next call try again.
      const failed = new Promise<never>((_, reject) =>
        worker.addEventListener('error', () => reject(new Error(WORKER_LOAD_ERROR)), {
          once: true,
        }),
      );
      try {
        await Promise.race([remote.setGeometry(geometry()), failed]);
      } catch (error) {
        worker.terminate();
        started = null;
        throw error;
      }
      performance.measure('import:worker start', { start });
      return remote;
    })());
  return {
    async prepare(file, options, onProgress) {
      const worker = await ready();
      // The file's bytes are transferred, not copied: a 20 MB file crosses at no cost.
      const bytes = file.bytes ? Comlink.transfer(file.bytes, [file.bytes.buffer]) : null;
      return worker.prepare(file.name, bytes, options, Comlink.proxy(onProgress));
    },
    async commit() {
      return (await ready()).commit();
    },
    async discard() {
      await (await ready()).discard();
    },
    async draftProgram(file) {
      const worker = await ready();
      return worker.draftProgram(file.name, Comlink.transfer(file.bytes, [file.bytes.buffer]));
    },
    async checkEntry(programId, values, place, duplicates) {
      return (await ready()).checkEntry(programId, values, place, duplicates);
    },
  };
}
