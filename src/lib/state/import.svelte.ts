import { createImportClient, type ImportClient } from '../worker/import-client';
import type { DraftResult } from '../worker/import.worker';
import type { ColumnMapping, ImportReport, ImportTarget } from '../import/types';
import { checkFileSize } from '../import/file-size';
import { BATCH_TARGETS } from '../model/records';

/** The targets the built-in validators read; any other choice is a defined programme's id. */
const IMPORT_TARGETS: readonly string[] = BATCH_TARGETS;
import { boundaries } from './boundaries.svelte';
import { records } from './records.svelte';

type Phase = 'idle' | 'reading' | 'report' | 'saving' | 'saved' | 'failed';

/**
 * One import at a time: read and check in the worker, show the report, write on the user's word.
 * Nothing reaches the database before `commit()`.
 */
class ImportState {
  phase = $state<Phase>('idle');
  progress = $state(0);
  /** A built-in target, `auto` (detect from the columns) or a defined programme's id. */
  program = $state<ImportTarget | 'auto' | (string & {})>('auto');
  report = $state.raw<ImportReport | null>(null);
  error = $state<string | null>(null);
  saved = $state<{ count: number; file: string } | null>(null);

  private client: ImportClient | null = null;
  private fileName = '';

  /** The import worker, started on first use; field entry checks its forms there too. */
  worker(): ImportClient {
    this.client ??= createImportClient(() => {
      if (!boundaries.data) throw new Error('boundaries not loaded');
      return boundaries.data.kelurahan;
    });
    return this.client;
  }

  async read(file: File): Promise<void> {
    this.fileName = file.name;
    // Refuse an oversized file before reading it into memory at all.
    const tooBig = checkFileSize(file.name, file.size);
    if (tooBig) {
      this.report = tooBig;
      this.saved = null;
      this.phase = 'report';
      return;
    }
    const start = performance.now();
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Stage times on this thread, beside the worker's own (the import bench prints both).
    performance.measure('import:read file', { start });
    await this.check({ name: file.name, bytes });
  }

  /** Checks the same file again with a corrected mapping or another target. */
  async recheck(mapping?: ColumnMapping, defined?: DefinedRecheck): Promise<void> {
    await this.check({ name: this.fileName, bytes: null }, mapping, defined);
  }

  async commit(): Promise<void> {
    const report = this.report;
    if (!report?.canWrite || report.accepted === 0) return;
    this.phase = 'saving';
    try {
      const batch = await this.worker().commit();
      this.saved = { count: batch.rowCount, file: batch.sourceFile };
      this.report = null;
      this.phase = 'saved';
      await records.reload();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Imports `file` into `program` (a user's own just defined from it, say): the same checks. */
  async readInto(file: File, program: string): Promise<void> {
    this.program = program;
    await this.read(file);
  }

  /** Proposes a programme definition from a file's columns, in the import worker. */
  async draftProgram(file: File): Promise<DraftResult> {
    const tooBig = checkFileSize(file.name, file.size);
    if (tooBig) return { ok: false, fileMessages: tooBig.fileMessages };
    const bytes = new Uint8Array(await file.arrayBuffer());
    return this.worker().draftProgram({ name: file.name, bytes });
  }

  cancel(): void {
    this.report = null;
    this.phase = 'idle';
    void this.client?.discard();
  }

  private async check(
    file: { name: string; bytes: Uint8Array | null },
    mapping?: ColumnMapping,
    defined?: DefinedRecheck,
  ): Promise<void> {
    this.phase = 'reading';
    this.progress = 0;
    this.error = null;
    this.saved = null;
    try {
      const choice = this.program;
      const builtIn = IMPORT_TARGETS.includes(choice);
      const options = builtIn
        ? { program: choice as ImportTarget, mapping }
        : choice === 'auto'
          ? { mapping }
          : { definitionId: choice, mapping, ...defined };
      const start = performance.now();
      this.report = await this.worker().prepare(
        file as { name: string; bytes: Uint8Array },
        options,
        (fraction) => (this.progress = fraction),
      );
      performance.measure('import:worker round trip', { start });
      this.phase = 'report';
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    this.phase = 'failed';
  }
}

/** A defined programme's own mapping corrections: field → column, and words merged into values. */
interface DefinedRecheck {
  fieldMapping: Record<string, string>;
  valueMerges: Record<string, Record<string, string>>;
}

export const importer = new ImportState();
