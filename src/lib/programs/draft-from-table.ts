import { SYNONYMS } from '../import/column-synonyms';
import { claimColumns, COMMON_FIELDS, headerKey } from '../import/columns';
import type { FieldName } from '../import/types';
import { cellText, isBlank, parseDate, parseNumber, type Cell } from '../import/values';
import type { ProgramDefinition } from './definition';

type Field = ProgramDefinition['fields'][number];
type Kind = Field['kind'];
type Archetype = ProgramDefinition['archetype'];

/** What the draft needs of a parsed file: its headers and its rows' cells (a `Table`). */
export interface DraftSource {
  headers: readonly string[];
  rows: readonly { cells: readonly Cell[]; point?: readonly [number, number] | null }[];
}

/** One column of the file that becomes a field (included or not). */
export interface DraftField {
  /** The header as in the file. */
  column: string;
  /** Proposed for the programme; an empty column is not. */
  include: boolean;
  field: Field;
  /** Non-blank cells, and distinct values among them (by their words). */
  filled: number;
  distinct: number;
  /** The file's values as a category's (≤ 60 distinct), for a field made a category later. */
  options?: NonNullable<Field['values']>;
}

export interface ProgramDraft {
  archetype: Archetype;
  /** Columns that say where a row is: the import reads them for every programme, never fields. */
  location: { column: string; role: FieldName }[];
  /** GeoJSON: rows have a point geometry, read as their location before any column. */
  geometry: boolean;
  fields: DraftField[];
  /** The active rule proposed when a status column has words such as `aktif`. */
  active?: { field: string; values: string[] };
  rows: number;
}

/** Category: at most this many distinct values, and at least one repeated. */
const MAX_CATEGORY_VALUES = 20;
/** The definition format's limits (definition.ts): 40 fields, keys of 40, labels of 60. */
const MAX_FIELDS = 40;
const MAX_KEY = 40;
const MAX_LABEL = 60;
/** Values a category or status field may list (definition.ts). */
const MAX_VALUES = 60;

const has = (key: string, words: readonly string[]) =>
  words.some((w) => `_${key}_`.includes(`_${w}_`));

const STATUS_WORDS = ['status', 'aktif', 'keaktifan', 'active', 'operasional', 'kondisi'];
const DATE_WORDS = ['tanggal', 'tgl', 'date', 'waktu', 'bulan_tahun', 'periode'];
const NOT_DATE_WORDS = ['lahir', 'birth'];
const RUPIAH_WORDS = [
  'rp',
  'rupiah',
  'idr',
  'anggaran',
  'biaya',
  'dana',
  'nilai',
  'pagu',
  'nominal',
  'pinjaman',
  'plafon',
  'harga',
  'pajak',
  'tagihan',
  'omzet',
  'budget',
  'amount',
];
/** Status words that mean "counts as active". */
const ACTIVE_WORDS = [
  'aktif',
  'active',
  'buka',
  'open',
  'beroperasi',
  'operasional',
  'berjalan',
  'berfungsi',
  'ya',
  'yes',
];
/** Header words of a personal service: a person is served (and so the personal archetype). */
const PERSON_WORDS = ['pasien', 'patient', 'nik', 'penerima', 'klien', 'sasaran', 'peminjam'];

/**
 * A key the definition format accepts (`[a-z][a-zA-Z0-9_]{0,39}`) from a file's words: the
 * header's words joined by `_`, prefixed when they start with a digit, cut to 40 characters,
 * `fallback` when no letter or digit is left.
 */
export function slugKey(text: string, fallback: string): string {
  let key = headerKey(text).slice(0, MAX_KEY).replace(/_+$/, '');
  if (key === '') key = fallback;
  if (!/^[a-z]/.test(key)) key = `${fallback}_${key}`.slice(0, MAX_KEY).replace(/_+$/, '');
  return key;
}

/** `key`, or `key_2`, `key_3`… the first not in `taken` (then added to it). */
function uniqueKey(key: string, taken: Set<string>): string {
  let out = key;
  for (let n = 2; taken.has(out); n++) out = `${key.slice(0, MAX_KEY - 1 - String(n).length)}_${n}`;
  taken.add(out);
  return out;
}

/**
 * Text a user sees, from a file: one line, at most 60 characters, and never starting with a
 * character that makes a spreadsheet read a cell as a formula (`=cmd|…` is shown as `cmd|…`).
 */
export function safeLabel(text: string, fallback: string): string {
  const one = text
    .replace(/[\n\r\t]+/g, ' ')
    .replace(/^[\s=+\-@]+/, '')
    .trim()
    .slice(0, MAX_LABEL)
    .trim();
  return one === '' ? fallback : one;
}

/**
 * Proposes a definition's fields from a file (pure: its headers and cells in, a draft out).
 * Place columns (kelurahan code and name, kecamatan, RT/RW, coordinates, address) are found by
 * the import core's own word rules and are not fields. Every other column becomes a field, keyed
 * from its header and found again by it (`columns: [header]`), of the first kind its cells fit:
 * status (a status header, ≤ 20 values), date, rupiah (a money header or `Rp` cells), number,
 * category (≤ 20 distinct values, one repeated), else text. A name column is the `name` field.
 */
export function draftFromTable(table: DraftSource): ProgramDraft {
  const headers = table.headers;
  const place = claimColumns(headers, [
    ...COMMON_FIELDS.map((f) => [f, SYNONYMS[f]] as const),
    ['address', SYNONYMS.address] as const,
  ]);
  const location = (Object.entries(place) as [FieldName, string][]).map(([role, column]) => ({
    column,
    role,
  }));
  const placeColumns = new Set(location.map((l) => l.column));
  const nameColumn = claimColumns(headers, [['name', SYNONYMS.name]], placeColumns).name;
  const taken = new Set<string>(nameColumn === undefined ? [] : ['name']);
  const fields: DraftField[] = [];
  headers.forEach((header, i) => {
    if (placeColumns.has(header)) return;
    const cells = table.rows.map((r) => r.cells[i]).filter((c) => !isBlank(c));
    const key = header === nameColumn ? 'name' : uniqueKey(slugKey(header, 'kolom'), taken);
    const guess = guessKind(headerKey(header), cells);
    const field: Field = {
      key,
      names: {
        id: safeLabel(header, `Kolom ${i + 1}`),
        en: safeLabel(header, `Column ${i + 1}`),
      },
      kind: header === nameColumn ? 'text' : guess.kind,
      required: header === nameColumn && cells.length === table.rows.length,
      ...(guess.values && header !== nameColumn ? { values: guess.values } : {}),
      columns: [safeLabel(header, `kolom ${i + 1}`)],
    };
    fields.push({
      column: header,
      include: cells.length > 0 && fields.filter((f) => f.include).length < MAX_FIELDS,
      field,
      filled: cells.length,
      distinct: guess.distinct,
      ...(guess.options.length <= MAX_VALUES && guess.options.length > 0
        ? { options: guess.options }
        : {}),
    });
  });
  const status = fields.find((f) => f.include && f.field.kind === 'status');
  const activeValues = (status?.field.values ?? [])
    .filter((v) => ACTIVE_WORDS.includes(v.key))
    .map((v) => v.key);
  return {
    archetype: guessArchetype(headers, fields),
    location,
    geometry: table.rows.some((r) => r.point != null),
    fields,
    ...(status && activeValues.length > 0
      ? { active: { field: status.field.key, values: activeValues } }
      : {}),
    rows: table.rows.length,
  };
}

interface Guess {
  kind: Kind;
  values?: Field['values'];
  distinct: number;
  options: NonNullable<Field['values']>;
}

function guessKind(key: string, cells: readonly Cell[]): Guess {
  const texts = cells.map(cellText);
  const groups = new Map<string, string>();
  for (const t of texts) {
    const k = slugKey(t, 'v');
    if (!groups.has(k)) groups.set(k, safeLabel(t, k));
  }
  const distinct = groups.size;
  const values = [...groups].map(([k, name]) => ({ key: k, names: { id: name, en: name } }));
  const guess = (kind: Kind, listed = false): Guess => ({
    kind,
    distinct,
    options: values,
    ...(listed ? { values } : {}),
  });
  if (cells.length === 0) return guess('text');
  const few = distinct <= MAX_CATEGORY_VALUES;
  if (has(key, STATUS_WORDS) && few) return guess('status', true);
  // A leading zero ("0812…", "007") is an identifier or a phone number, never an amount.
  const leadingZero = texts.some((t) => /^0\d/.test(t.trim()));
  const dateHeader = has(key, DATE_WORDS) && !has(key, NOT_DATE_WORDS);
  const allDates = cells.every((c) => parseDate(c) !== null);
  // Plain numbers parse as years or Excel serials: a date only when the header says so or the
  // cells are written as dates.
  const writtenAsDates = cells.every(
    (c) => c instanceof Date || (typeof c === 'string' && !/^\s*\d+([.,]\d+)?\s*$/.test(c)),
  );
  if (allDates && (dateHeader || writtenAsDates)) return guess('date');
  const allMoney = !leadingZero && cells.every((c) => parseNumber(c, 'money') !== null);
  const rpCells = texts.some((t) => /^\s*(rp|idr)/i.test(t));
  if (allMoney && (has(key, RUPIAH_WORDS) || rpCells)) return guess('rupiah');
  if (!leadingZero && cells.every((c) => parseNumber(c, 'decimal') !== null))
    return guess('number');
  if (few && distinct < cells.length) return guess('category', true);
  return guess('text');
}

function guessArchetype(headers: readonly string[], fields: readonly DraftField[]): Archetype {
  if (headers.some((h) => has(headerKey(h), PERSON_WORDS))) return 'personal';
  const kinds = new Set(fields.filter((f) => f.include).map((f) => f.field.kind));
  return kinds.has('date') || kinds.has('rupiah') ? 'activity' : 'site';
}
