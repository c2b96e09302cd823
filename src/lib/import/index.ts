import { detectMapping, detectTarget, personalColumns } from './columns';
import { readCsv } from './csv';
import { MAX_IMPORT_ROWS, sniffFormat, xlsxExtensionMessage } from './detect-format';
import { markDuplicates } from './duplicates';
import { readGeoJson } from './geojson';
import { createKelurahanMatcher } from './kelurahan-match';
import { KEDIRI_BBOX } from './location-checks';
import { applyOverride, DEFAULTS, REQUIRED } from './mapping-rules';
import { otherCityMessage, type PlaceEvidence } from './other-city';
import { resolvePointFrame } from './point-frame';
import { fileFailure, finishReport } from './report';
import { RowChecker, type FieldIndex } from './row-checker';
import type { Table } from './table';
import type {
  AnyImportedRecord,
  FieldName,
  FileFormat,
  ImportMessage,
  ImportOptions,
  ImportReport,
  RowReport,
} from './types';
import { validateBankSampah } from './validate-bank-sampah';
import { placeOf, type CommonContext } from './validate-common';
import { fillPseudonyms, validateHomeCare, type PendingPseudonym } from './validate-home-care';
import { validatePopulation } from './validate-population';
import { validateProdamas } from './validate-prodamas';

export type * from './types';
export { formatMessage, type Locale } from './messages';
export { checkFileSize } from './file-size';
export { MAX_IMPORT_BYTES } from './detect-format';
export { duplicateKey } from './duplicates';

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
  const sniffed = sniffFormat(fileName, bytes);
  if (sniffed.kind === 'reject')
    return done(progress, fileFailure(fileName, null, [sniffed.message]));
  let table: Table;
  let format: FileFormat;
  const fileMessages: ImportMessage[] = [];
  if (sniffed.kind === 'xlsx') {
    format = 'xlsx';
    const mismatch = xlsxExtensionMessage(fileName);
    if (mismatch) fileMessages.push(mismatch);
    // Loaded on demand: the XLSX reader (read-excel-file + fflate) is most of the core's size.
    const { readXlsx } = await import('./xlsx');
    table = await readXlsx(bytes);
  } else {
    format = sniffed.format;
    fileMessages.push(...sniffed.messages);
    table = format === 'csv' ? readCsv(sniffed.text) : readGeoJson(sniffed.text);
  }
  fileMessages.push(...table.fileMessages);
  progress(0.3);
  let existingKeys = options.existingKeys;
  if (typeof existingKeys === 'function') {
    const target = table.fatal ? null : (options.program ?? detectTarget(table.headers));
    existingKeys = target === null ? undefined : await existingKeys(target);
  }
  return done(
    progress,
    await checkTable(fileName, format, table, fileMessages, options, existingKeys, progress),
  );
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

  const headers = table.headers;
  const target = options.program ?? detectTarget(headers);
  if (target === null) return fail({ code: 'program_unknown', severity: 'error' });
  if (options.program === undefined)
    fileMessages.push({ code: 'program_detected', severity: 'info', params: { program: target } });
  const detected = detectMapping(headers, target);
  const used = applyOverride(detected, options.mapping, headers, target, fileMessages);
  const mapping = { detected, used };
  const extra = { program: target, mapping };
  if (fileMessages.some((m) => m.severity === 'error')) return fail(undefined, extra);

  // No patient id column: a pseudonym is derived from the name when the caller gave a key.
  const derive =
    target === 'home_care' &&
    used.patientId === undefined &&
    used.personName !== undefined &&
    options.pseudonymKey !== undefined;
  if (!derive) {
    delete used.personName;
    delete used.birthDate;
  }
  const hasPoint =
    table.rows.some((r) => r.point !== undefined) ||
    (used.lat !== undefined && used.lng !== undefined) ||
    used.coords !== undefined;
  const missing = REQUIRED[target].filter(
    (f) => used[f] === undefined && !(derive && f === 'patientId'),
  );
  const placeable =
    used.kode !== undefined ||
    used.kelurahan !== undefined ||
    (target !== 'population' && hasPoint);
  if (!placeable) missing.unshift('kelurahan');
  if (missing.length > 0)
    return fail(
      { code: 'missing_columns', severity: 'error', params: { fields: missing.join(',') } },
      extra,
    );

  const index: FieldIndex = {};
  for (const [field, column] of Object.entries(used) as [FieldName, string][])
    index[field] = headers.indexOf(column);
  const cityBbox = options.cityBbox ?? KEDIRI_BBOX;
  const frame =
    target === 'population'
      ? { messages: [], fatal: false }
      : await resolvePointFrame(table, index, cityBbox, table.crs);
  fileMessages.push(...frame.messages);
  if (frame.fatal) return fail(undefined, extra);

  for (const [field, value] of DEFAULTS[target])
    if (used[field] === undefined)
      fileMessages.push({
        code: 'column_defaulted',
        severity: 'warning',
        field,
        params: { value: value || fileName },
      });
  const mappedColumns = new Set(Object.values(used));
  if (derive) {
    const columns = [used.personName, used.kelurahan ?? used.kode, used.birthDate];
    fileMessages.push({
      code: 'pseudonym_derived',
      severity: 'info',
      params: { columns: columns.filter((c) => c !== undefined).join(', ') },
    });
  }
  const personal = target === 'home_care' ? personalColumns(headers, mappedColumns) : [];
  if (personal.length > 0)
    fileMessages.push({
      code: 'personal_columns',
      severity: 'warning',
      params: { columns: personal.join(', ') },
    });
  const unmappedColumns = headers.filter((h) => !mappedColumns.has(h));
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
  const today = (options.now?.() ?? new Date().toISOString()).slice(0, 10);
  const records: RowReport[] = [];
  const evidence: PlaceEvidence[] = [];
  const pending: PendingPseudonym[] = [];
  const n = table.rows.length;
  const step = Math.max(1000, Math.ceil(n / 50));
  for (let i = 0; i < n; i++) {
    const row = table.rows[i];
    const c = new RowChecker(row.cells, index);
    if (row.messages) c.messages.push(...row.messages);
    const place = placeOf(c, row, ctx, target !== 'population');
    evidence.push(place.evidence);
    let record: AnyImportedRecord | null;
    if (target === 'bank_sampah') record = validateBankSampah(c, place, row.row);
    else if (target === 'prodamas') record = validateProdamas(c, place, row.row);
    else if (target === 'home_care')
      record = validateHomeCare(c, place, row.row, today, derive ? pending : undefined);
    else record = validatePopulation(c, place, row.row, fileName);
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
  if (options.pseudonymKey !== undefined && pending.length > 0)
    await fillPseudonyms(pending, options.pseudonymKey);
  markDuplicates(target, records, existingKeys);
  return finishReport(
    { fileName, format, program: target, mapping, columns: headers, unmappedColumns, fileMessages },
    records,
  );
}
