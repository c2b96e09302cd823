import { checkImportTable, type Table } from '../import';
import { COMMON_FIELDS, TARGET_FIELDS } from '../import/columns';
import type { MessageCode } from '../import/message-codes';
import type {
  ColumnMapping,
  FieldName,
  GazetteerEntry,
  ImportedDefinedRecord,
  ImportedRecords,
  ImportMessage,
  ImportOptions,
  ImportReport,
  Locate,
} from '../import/types';
import type { Cell } from '../import/values';
import type { KodeKelurahan } from '../model/kelurahan';
import type { Program } from '../model/records';
import type { ProgramDefinition } from '../programs/definition';
import { builtInProgram, entryFields, type EntryField } from './entry-form';

/**
 * Where a record typed into the form is: the kelurahan chosen (its Kemendagri code), RT/RW as
 * typed, and the point (WGS84 degrees) from a tap, a drag, GPS or typed coordinates.
 */
export interface EntryPlace {
  kode: string | null;
  rw: string;
  rt: string;
  lng: number | null;
  lat: number | null;
  /** GPS accuracy, metres (the radius of 68 % confidence the browser reports). */
  accuracyM?: number | null;
  /**
   * The user kept the chosen kelurahan although the point lies in another: then the mismatch is
   * a warning, no longer an error.
   */
  confirmOtherKelurahan?: boolean;
}

export interface EntryContext {
  gazetteer: readonly GazetteerEntry[];
  /** Point-in-kelurahan lookup; without it only the city's bbox is checked. */
  locate?: Locate;
  /** Current time as ISO 8601 (future visit dates are warned). */
  now?: () => string;
  pseudonymKey?: Uint8Array;
  /**
   * Duplicate keys (`duplicateKey`, `definedDuplicateKey`) of the programme's stored records,
   * without the one being edited: a match is the import's `duplicate_existing` warning.
   */
  existingKeys?: ReadonlySet<string>;
}

/** A record as the import would hand it to storage (`sourceRow` 0: it comes from no file). */
export type EntryRecord = ImportedRecords[Program] | ImportedDefinedRecord;

export interface EntryResult {
  /** False when any message is an error: nothing may be saved. */
  ok: boolean;
  record?: EntryRecord;
  /** Row and place messages, in the import's shape (`formatMessage` words them). */
  messages: ImportMessage[];
  /** The kelurahan the point lies in, when known: the form offers "use <it>" on a mismatch. */
  pointKelurahan: { kode: KodeKelurahan; nama: string } | null;
}

/** GPS accuracy above which the point gets a warning, metres (issue 11 §1). */
const GPS_ACCURACY_LIMIT_M = 50;

/** Columns of the one-row table: place fields by their own names. */
const PLACE_COLUMNS = { kode: 'kode', rw: 'rw', rt: 'rt', lng: 'lng', lat: 'lat' } as const;
const PLACE_NAMES: ReadonlySet<string> = new Set(Object.values(PLACE_COLUMNS));

/**
 * The import keeps a point it cannot use out of the record with a warning (a file still has its
 * kelurahan); a form's point was given on purpose, so not using it is an error before saving.
 */
const POINT_LOST: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'outside_city',
  'partial_location',
  'zero_location',
  'decimal_point_none',
  'decimal_point_ambiguous',
]);
const POINT_FIELDS: ReadonlySet<string> = new Set(['lat', 'lng', 'coords']);

/**
 * The form's values as one file row: each field's column is its key (`#n` where the key is a
 * place column's name, or is the person field, whose key may read as a name header), and the
 * mapping names every column, so nothing is guessed from words.
 */
function entryTable(
  fields: readonly EntryField[],
  values: Readonly<Record<string, string>>,
  place: EntryPlace,
): { table: Table; columns: Map<string, string> } {
  const columns = new Map(
    fields.map((f, i) => [f.key, PLACE_NAMES.has(f.key) || f.person ? `#${i + 1}` : f.key]),
  );
  const cells: Cell[] = [
    ...fields.map((f) => values[f.key] ?? ''),
    place.kode ?? '',
    place.rw,
    place.rt,
    place.lng ?? '',
    place.lat ?? '',
  ];
  const headers = [...columns.values(), ...Object.values(PLACE_COLUMNS)];
  return {
    table: { headers, rows: [{ row: 0, cells }], fileMessages: [], fatal: false },
    columns,
  };
}

/** Import options that read exactly the form's columns: every other field is unmapped (''). */
function entryOptions(
  d: ProgramDefinition,
  columns: ReadonlyMap<string, string>,
  ctx: EntryContext,
): ImportOptions {
  const base: ImportOptions = {
    gazetteer: ctx.gazetteer,
    ...(ctx.locate ? { locate: ctx.locate } : {}),
    ...(ctx.now ? { now: ctx.now } : {}),
    ...(ctx.pseudonymKey ? { pseudonymKey: ctx.pseudonymKey } : {}),
    ...(ctx.existingKeys ? { existingKeys: ctx.existingKeys } : {}),
  };
  const program = builtInProgram(d);
  const unmapped = (names: readonly FieldName[]): ColumnMapping =>
    Object.fromEntries(names.map((n) => [n, '']));
  if (program !== null) {
    const mapping: ColumnMapping = { ...unmapped(TARGET_FIELDS[program]), ...PLACE_COLUMNS };
    for (const [key, column] of columns) mapping[key as FieldName] = column;
    return { ...base, program, mapping };
  }
  const fieldMapping = Object.fromEntries(d.fields.map((f) => [f.key, columns.get(f.key) ?? '']));
  const mapping: ColumnMapping = { ...unmapped([...COMMON_FIELDS, 'address']), ...PLACE_COLUMNS };
  return { ...base, definition: d, mapping, fieldMapping };
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The row's messages with a form's stricter place rules applied (see `checkEntry`). */
function rowMessages(report: ImportReport, place: EntryPlace): ImportMessage[] {
  const row = report.records[0];
  const fileMessages = report.fileMessages.filter(
    (m) => m.severity !== 'info' && m.code !== 'all_rows_invalid',
  );
  if (row === undefined) {
    // One row only, outside the city and of no kelurahan: the import calls the whole file one
    // of another town's; for a form that is this point outside the city.
    return fileMessages.map((m) =>
      m.code === 'file_outside_city' && place.lng !== null && place.lat !== null
        ? {
            code: 'outside_city',
            severity: 'error',
            params: { lng: round6(place.lng), lat: round6(place.lat) },
          }
        : m,
    );
  }
  const messages = row.messages
    // Replaced by `entry_point_other_kelurahan`, which the form can act on.
    .filter((m) => m.code !== 'kelurahan_mismatch')
    .map((m): ImportMessage => {
      const lost =
        POINT_LOST.has(m.code) ||
        (m.code === 'coordinate_invalid' && m.field !== undefined && POINT_FIELDS.has(m.field));
      return lost ? { ...m, severity: 'error' } : m;
    });
  return [...fileMessages, ...messages];
}

/**
 * Checks what a form holds for one record of programme `d`, exactly as an import checks a row:
 * the values become a one-row table read with an explicit mapping (`checkImportTable`, with
 * `program` for a built-in, `definition` for a preset or a user's own), so the rules and the
 * messages are the import's by construction. A form is stricter about the place:
 * - a point outside the city, or given but unusable, is an error (the import keeps such a row);
 * - a point in another kelurahan than the one chosen is an error `entry_point_other_kelurahan`
 *   naming both (a warning once `place.confirmOtherKelurahan`), instead of the import's warning;
 * - no kelurahan and no point is the import's `no_kelurahan` error;
 * - GPS accuracy above 50 m is a warning naming the metres;
 * - a kelurahan without a point is allowed (it counts for its kelurahan, as in an import); a
 *   site programme then gets a warning that it has no catchment, not an error, so that records
 *   imported without a point can still be edited and retired.
 * Pure: the gazetteer and `locate` are injected.
 */
export async function checkEntry(
  d: ProgramDefinition,
  values: Readonly<Record<string, string>>,
  place: EntryPlace,
  ctx: EntryContext,
): Promise<EntryResult> {
  const fields = entryFields(d);
  const { table, columns } = entryTable(fields, values, place);
  const report = await checkImportTable('entry', 'csv', table, entryOptions(d, columns, ctx));
  const messages = rowMessages(report, place);
  const row = report.records[0];
  const nama = (kode: string) => ctx.gazetteer.find((g) => g.kode === kode)?.nama ?? kode;
  const located =
    row && row.lng !== null && row.lat !== null ? (ctx.locate?.(row.lng, row.lat) ?? null) : null;
  const pointKelurahan = located === null ? null : { kode: located, nama: nama(located) };
  if (row?.kode && located !== null && located !== row.kode)
    messages.push({
      code: 'entry_point_other_kelurahan',
      severity: place.confirmOtherKelurahan === true ? 'warning' : 'error',
      params: { chosen: nama(row.kode), located: nama(located), locatedKode: located },
    });
  const hasPoint = row !== undefined && row.lng !== null && row.lat !== null;
  if (hasPoint && place.accuracyM != null && place.accuracyM > GPS_ACCURACY_LIMIT_M)
    messages.push({
      code: 'entry_gps_inaccurate',
      severity: 'warning',
      params: { accuracyM: Math.round(place.accuracyM) },
    });
  // Said only of a record that counts somewhere: with no kelurahan either, `no_kelurahan` says it.
  if (d.archetype === 'site' && row?.kode && place.lng === null && place.lat === null)
    messages.push({ code: 'entry_site_no_point', severity: 'warning' });
  const ok = row?.record !== undefined && !messages.some((m) => m.severity === 'error');
  if (!ok) return { ok, messages, pointKelurahan };
  // A programme's table (never population's): `program` or `definition` was given.
  return { ok, record: row.record as EntryRecord, messages, pointKelurahan };
}
