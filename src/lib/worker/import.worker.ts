/**
 * The import worker: parses and checks a file with the pure import core, then writes the accepted
 * rows to IndexedDB in one transaction, all off the main thread. It keeps the last prepared file
 * so a corrected column mapping re-checks without posting the bytes again.
 */
import * as Comlink from 'comlink';
import type { KelurahanCollection } from '../model/kelurahan';
import { buildPointIndex, createLocator } from '../geo/point-index';
import {
  duplicateKey,
  readImportFile,
  type ColumnMapping,
  type GazetteerEntry,
  type ImportReport,
  type ImportTarget,
  type Locate,
  type RowReport,
} from '../import';
import { openDb, type JangkauDb } from '../storage/db';
import {
  addBatch,
  addDefinedBatch,
  type NewDefinedRecord,
  type NewRecord,
} from '../storage/records-repo';
import { listCustomPrograms } from '../storage/programs-repo';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import type { ProgramDefinition } from '../programs/definition';
import { definedDuplicateKey } from '../import/defined-fields';
import { readTable } from '../import/read-table';
import { draftFromTable, type ProgramDraft } from '../programs/draft-from-table';
import type { ImportMessage } from '../import/types';
import { readAll, readDefined } from '../storage/records-read';
import { pseudonymKey } from '../storage/secrets-repo';
import type { ImportBatch } from '../model/records';
import { checkEntry, type EntryPlace, type EntryResult } from '../field/entry-check';
import { builtInProgram } from '../field/entry-form';

let gazetteer: GazetteerEntry[] = [];
let locate: Locate | undefined;
let db: JangkauDb | null = null;
let prepared: { fileName: string; bytes: Uint8Array; report: ImportReport } | null = null;

/** A shipped programme's definition, or a user's own from the database (checked when saved). */
async function definitionOf(id: string): Promise<ProgramDefinition> {
  const known =
    SHIPPED_PROGRAMS.find((p) => p.id === id) ??
    (await listCustomPrograms(await database())).find((p) => p.id === id);
  if (!known) throw new Error(`import worker: no programme ${id}`);
  return known;
}

async function database(): Promise<JangkauDb> {
  db ??= await openDb();
  return db;
}

/** Keys of the records already stored, so re-importing the same file reports duplicates. */
async function existingKeys(target: ImportTarget): Promise<Set<string>> {
  const rows = await readAll(await database(), target);
  return new Set(rows.map((r) => duplicateKey(target, r as never)));
}

/** Duplicate keys of a programme's stored records, but the one with id `exceptId`. */
async function entryKeys(d: ProgramDefinition, exceptId?: string): Promise<Set<string>> {
  const db = await database();
  const target = builtInProgram(d);
  if (target !== null) {
    const rows = await readAll(db, target);
    return new Set(
      rows.filter((r) => r.id !== exceptId).map((r) => duplicateKey(target, r as never)),
    );
  }
  const rows = await readDefined(db, d.id);
  return new Set(rows.filter((r) => r.id !== exceptId).map((r) => definedDuplicateKey(d, r)));
}

/** Rows of a report the main thread gets: enough to show, never 100,000 cloned objects. */
const SHOWN_PROBLEM_ROWS = 2000;
const SHOWN_FIRST_ROWS = 300;

/**
 * The report as the panel shows it: all counts, every file message, the first rows and the first
 * rows with problems. The full report stays here for `commit()`.
 */
function forDisplay(report: ImportReport): ImportReport {
  if (report.records.length <= SHOWN_FIRST_ROWS) return report;
  const rows: RowReport[] = [];
  let problems = 0;
  report.records.forEach((row, index) => {
    const shownProblem = row.status !== 'ok' && problems < SHOWN_PROBLEM_ROWS;
    if (shownProblem) problems++;
    if (index < SHOWN_FIRST_ROWS || shownProblem) rows.push(row);
  });
  return { ...report, records: rows };
}

/**
 * Stage times as `import:<stage>` performance measures in this worker's timeline (the import
 * bench reads them); each stage runs from the end of the one before. A repeated stage name
 * (the parse ends at either of two signals) is measured once.
 */
class Stages {
  private last = performance.now();
  private readonly seen = new Set<string>();
  end(stage: string): void {
    if (this.seen.has(stage)) return;
    this.seen.add(stage);
    const now = performance.now();
    performance.measure(`import:${stage}`, { start: this.last, end: now });
    this.last = now;
  }
}

export type DraftResult =
  | { ok: true; draft: ProgramDraft; fileMessages: ImportMessage[] }
  | { ok: false; fileMessages: ImportMessage[] };

export interface PrepareOptions {
  program?: ImportTarget;
  mapping?: ColumnMapping;
  /**
   * Import into this defined programme (a preset such as `emas`, or a user's own) by its id: the
   * worker reads the definition itself (shipped code or the database), never one posted to it.
   */
  definitionId?: string;
  fieldMapping?: Record<string, string>;
  valueMerges?: Record<string, Record<string, string>>;
}

export const importApi = {
  setGeometry(collection: KelurahanCollection): void {
    gazetteer = collection.features.map(({ properties: p }) => ({
      kode: p.kode,
      nama: p.nama,
      kode_kec: p.kode_kec,
      nama_kec: p.nama_kec,
    }));
    locate = createLocator(
      buildPointIndex(collection.features),
      gazetteer.map((g) => g.kode),
    );
  },

  /** Checks a file (or, with no bytes, the last file again with new options); writes nothing. */
  async prepare(
    fileName: string,
    bytes: Uint8Array | null,
    options: PrepareOptions,
    onProgress?: (fraction: number) => void,
  ): Promise<ImportReport> {
    const source = bytes ?? prepared?.bytes;
    if (!source) throw new Error('import worker: no file prepared');
    const stages = new Stages();
    const { definitionId, ...rest } = options;
    const definition = definitionId === undefined ? undefined : await definitionOf(definitionId);
    const report = await readImportFile(fileName, source, {
      gazetteer,
      locate,
      ...rest,
      definition,
      existingDefinedKeys: async (d) => {
        stages.end('parse');
        const stored = await readDefined(await database(), d.id);
        stages.end('stored keys');
        return new Set(stored.map((r) => definedDuplicateKey(d, r)));
      },
      // Home Care lists with names but no ids get pseudonymous ids keyed to this browser.
      pseudonymKey: await pseudonymKey(await database()),
      // Asked once the target is known (given or detected from the columns): re-importing a
      // file reports its rows as duplicates, and the file is checked once, not twice.
      existingKeys: async (target) => {
        stages.end('parse');
        const keys = await existingKeys(target);
        stages.end('stored keys');
        return keys;
      },
      onProgress: (fraction) => {
        // The core reports 0.3 once the file is parsed into a table.
        if (fraction === 0.3) stages.end('parse');
        onProgress?.(fraction);
      },
    });
    stages.end('validate');
    prepared = { fileName, bytes: source, report };
    const shown = forDisplay(report);
    stages.end('display report');
    return shown;
  },

  /** Writes every accepted row of the prepared report as one batch: all rows or none. */
  async commit(): Promise<ImportBatch> {
    if (!prepared) throw new Error('import worker: nothing prepared');
    const { report, fileName } = prepared;
    const target = report.program ?? report.definitionId;
    if (!report.canWrite || !target) throw new Error('import worker: report cannot be written');
    const stages = new Stages();
    const rows = report.records.flatMap((r) =>
      r.status !== 'error' && r.record ? [r.record] : [],
    );
    const db = await database();
    const batch = report.program
      ? await addBatch(db, {
          program: report.program,
          sourceFile: fileName,
          rows: rows as NewRecord<ImportTarget>[],
        })
      : await addDefinedBatch(db, {
          program: target,
          sourceFile: fileName,
          rows: rows as NewDefinedRecord[],
        });
    stages.end('write');
    prepared = null;
    return batch;
  },

  /**
   * Reads a file's headers and rows and proposes a programme definition from its columns
   * (`draftFromTable`); nothing is stored. Refused with the file's messages when it cannot be
   * read or has no data rows.
   */
  async draftProgram(fileName: string, bytes: Uint8Array): Promise<DraftResult> {
    const read = await readTable(fileName, bytes);
    if (!read.ok) return { ok: false, fileMessages: read.fileMessages };
    if (read.table.fatal) return { ok: false, fileMessages: read.fileMessages };
    if (read.table.rows.length === 0)
      return {
        ok: false,
        fileMessages: [...read.fileMessages, { code: 'no_data_rows', severity: 'error' }],
      };
    return { ok: true, draft: draftFromTable(read.table), fileMessages: read.fileMessages };
  },

  discard(): void {
    prepared = null;
  },

  /**
   * Checks one record typed into the entry form of programme `programId` with the import's rules
   * (`checkEntry`): the worker holds the gazetteer and the point lookup, and reads the
   * definition itself. With `duplicates`, the programme's stored records (but the one being
   * edited, `exceptId`) are read for the import's duplicate warning: worth it on save, not on
   * every keystroke. Writes nothing.
   */
  async checkEntry(
    programId: string,
    values: Record<string, string>,
    place: EntryPlace,
    duplicates?: { exceptId?: string },
  ): Promise<EntryResult> {
    const definition = await definitionOf(programId);
    const db = await database();
    const existingKeys =
      duplicates === undefined ? undefined : await entryKeys(definition, duplicates.exceptId);
    return checkEntry(definition, values, place, {
      gazetteer,
      locate,
      pseudonymKey: await pseudonymKey(db),
      ...(existingKeys ? { existingKeys } : {}),
    });
  },
};

export type ImportApi = typeof importApi;

Comlink.expose(importApi);
