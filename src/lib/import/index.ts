import { detectTarget } from './columns';
import { MAX_IMPORT_ROWS } from './detect-format';
import { markDuplicates } from './duplicates';
import { readTable } from './read-table';
import type { ImportPlan, PlanFailure } from './import-plan';
import { createKelurahanMatcher } from './kelurahan-match';
import { KEDIRI_BBOX } from './location-checks';
import { otherCityMessage, type PlaceEvidence } from './other-city';
import { planBuiltIn } from './plan-builtin';
import { planDefined } from './plan-defined';
import { resolvePointFrame } from './point-frame';
import { fileFailure, finishReport } from './report';
import { RowChecker } from './row-checker';
import type { Table } from './table';
import type { FileFormat, ImportMessage, ImportOptions, ImportReport, RowReport } from './types';
import { placeOf, type CommonContext } from './validate-common';
import { fillPseudonyms } from './validate-home-care';

export type * from './types';
export type { Table } from './table';
export { formatMessage, type Locale } from './messages';
export { checkFileSize } from './file-size';
export { MAX_IMPORT_BYTES } from './detect-format';
export { duplicateKey } from './duplicates';
export { definedDuplicateKey } from './defined-fields';

/**
 * Reads a CSV, XLSX or GeoJSON file and checks every row, writing nothing: the report says per
 * row what would be stored (`record`), with warnings, or why it is rejected. Storage writes the
 * accepted records of a report whose `canWrite` is true in one transaction. Pure: the gazetteer
 * and the point lookup are injected, so it runs the same in a Web Worker, in Node and in tests.
 */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  progress(0);
  const read = await readTable(fileName, bytes);
  if (!read.ok) return done(progress, fileFailure(fileName, null, read.fileMessages));
  progress(0.3);
  return checkRead(fileName, read.format, read.table, read.fileMessages, options, progress);
}

/**
 * Checks a table already read (a file's, or one built by hand such as the field-entry form's
 * one row) exactly as `readImportFile` checks a file's, writing nothing: the same plans,
 * validators, messages and report. The table's own `fileMessages` lead the report's.
 */
export async function checkImportTable(
  fileName: string,
  format: FileFormat,
  table: Table,
  options: ImportOptions,
): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  return checkRead(fileName, format, table, [...table.fileMessages], options, progress);
}

async function checkRead(
  fileName: string,
  format: FileFormat,
  table: Table,
  fileMessages: ImportMessage[],
  options: ImportOptions,
  progress: (f: number) => void,
): Promise<ImportReport> {
  let existingKeys = options.existingKeys;
  if (typeof existingKeys === 'function' || options.definition !== undefined) {
    existingKeys = table.fatal ? undefined : await storedKeys(table, options);
  }
  return done(
    progress,
    await checkTable(fileName, format, table, fileMessages, options, existingKeys, progress),
  );
}

/** The stored keys to check against, asked once for the target in use (given or detected). */
async function storedKeys(
  table: Table,
  options: ImportOptions,
): Promise<ReadonlySet<string> | undefined> {
  const { existingKeys, definition, existingDefinedKeys } = options;
  if (definition !== undefined)
    return typeof existingKeys === 'function'
      ? await existingDefinedKeys?.(definition)
      : (existingKeys ?? (await existingDefinedKeys?.(definition)));
  if (typeof existingKeys !== 'function') return existingKeys;
  const target = options.program ?? detectTarget(table.headers);
  return target === null ? undefined : await existingKeys(target);
}

function done(progress: (f: number) => void, report: ImportReport): ImportReport {
  progress(1);
  return report;
}

async function checkTable(
  fileName: string,
  format: FileFormat,
  table: Table,
  fileMessages: ImportMessage[],
  options: ImportOptions,
  existingKeys: ReadonlySet<string> | undefined,
  progress: (f: number) => void,
): Promise<ImportReport> {
  const fail = (msg?: ImportMessage, extra: Partial<ImportReport> = {}) =>
    fileFailure(fileName, format, msg ? [...fileMessages, msg] : fileMessages, {
      columns: table.headers,
      ...extra,
    });
  if (table.fatal) return fail();
  if (table.rows.length === 0) return fail({ code: 'no_data_rows', severity: 'error' });
  if (table.rows.length > MAX_IMPORT_ROWS)
    return fail({
      code: 'too_many_rows',
      severity: 'error',
      params: { rows: table.rows.length, limit: MAX_IMPORT_ROWS },
    });

  const today = (options.now?.() ?? new Date().toISOString()).slice(0, 10);
  const plan: ImportPlan | PlanFailure =
    options.definition !== undefined
      ? planDefined(table, options.definition, options, fileMessages)
      : planBuiltIn(table, options, fileMessages, fileName, today);
  if (plan.kind === 'fail') return fail(plan.message, plan.extra);
  const { extra, index } = plan;
  const cityBbox = options.cityBbox ?? KEDIRI_BBOX;
  const frame = plan.withLocation
    ? await resolvePointFrame(table, index, cityBbox, table.crs)
    : { messages: [], fatal: false };
  fileMessages.push(...frame.messages);
  if (frame.fatal) return fail(undefined, extra);
  fileMessages.push(...plan.notes);
  const headers = table.headers;
  const unmappedColumns = headers.filter((h) => !plan.mappedColumns.has(h));
  if (unmappedColumns.length > 0)
    fileMessages.push({
      code: 'unknown_columns',
      severity: 'info',
      params: { columns: unmappedColumns.join(', ') },
    });

  const ctx: CommonContext = {
    matcher: createKelurahanMatcher(options.gazetteer),
    locate: options.locate,
    bbox: cityBbox,
    toDegrees: frame.toDegrees,
  };
  const records: RowReport[] = [];
  const evidence: PlaceEvidence[] = [];
  const n = table.rows.length;
  const step = Math.max(1000, Math.ceil(n / 50));
  for (let i = 0; i < n; i++) {
    const row = table.rows[i];
    const c = new RowChecker(row.cells, index);
    if (row.messages) c.messages.push(...row.messages);
    const place = placeOf(c, row, ctx, plan.withLocation);
    evidence.push(place.evidence);
    const record = plan.validate(c, place, row);
    records.push({
      row: row.row,
      status: 'ok',
      kode: place.kode,
      lng: place.lng,
      lat: place.lat,
      messages: c.messages,
      record: c.failed || record === null ? undefined : record,
    });
    if ((i + 1) % step === 0) progress(0.3 + (0.65 * (i + 1)) / n);
  }
  const elsewhere = otherCityMessage(evidence);
  if (elsewhere !== null)
    return fail(elsewhere, { ...extra, rows: n, rejected: n, unmappedColumns });
  if (options.pseudonymKey !== undefined && plan.pending.length > 0)
    await fillPseudonyms(plan.pending, options.pseudonymKey);
  markDuplicates(plan.duplicates, records, existingKeys);
  return finishReport(
    { fileName, format, ...extra, columns: headers, unmappedColumns, fileMessages },
    records,
  );
}
