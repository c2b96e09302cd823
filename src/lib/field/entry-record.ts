import type { DefinedValue } from '../model/defined-record';
import type { ProgramDefinition } from '../programs/definition';
import type { EntryPlace, EntryRecord } from './entry-check';
import { builtInProgram, entryFields } from './entry-form';

/** What `recordToEntry` reads: a record as stored (with id and provenance) or as checked. */
export type EntryRecordLike = EntryRecord & {
  values?: Readonly<Record<string, DefinedValue>>;
  newValues?: Readonly<Record<string, string>>;
};

/** A built-in field whose file word, when it is none of the known values, is kept beside it. */
const BUILT_IN_NEW_WORD: Readonly<Record<string, string>> = { type: 'newType', group: 'newGroup' };

/**
 * A number as a form's text the import reads back to the same number: plain digits, a `.`
 * decimal point, no grouping. A fraction of exactly three digits gets a trailing zero, since
 * the import reads "0.125" people as 125 (a lone separator before three digits is thousands).
 */
export function plainNumber(n: number): string {
  const s = String(n);
  return /^-?\d+\.\d{3}$/.test(s) ? `${s}0` : s;
}

function entryValue(v: unknown): string {
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'string') return v;
  return '';
}

/**
 * The inverse of `checkEntry`, so the edit form starts filled in: the form's values (numbers
 * plain, rupiah as plain digits, dates ISO, category and status keys, a kept new word as that
 * word) and the record's place. Fields the form leaves out (personal data) are not given.
 */
export function recordToEntry(
  d: ProgramDefinition,
  record: EntryRecordLike,
): { values: Record<string, string>; place: EntryPlace } {
  const builtIn = builtInProgram(d) !== null;
  const own = record as unknown as Readonly<Record<string, unknown>>;
  const values: Record<string, string> = {};
  for (const f of entryFields(d)) {
    if (builtIn) {
      const word = BUILT_IN_NEW_WORD[f.key];
      const kept = word === undefined ? undefined : own[word];
      values[f.key] = typeof kept === 'string' ? kept : entryValue(own[f.key]);
    } else {
      values[f.key] = record.newValues?.[f.key] ?? entryValue(record.values?.[f.key]);
    }
  }
  return {
    values,
    place: {
      kode: record.kode,
      rw: record.rw === null ? '' : String(record.rw),
      rt: record.rt === null ? '' : String(record.rt),
      lng: record.lng,
      lat: record.lat,
      accuracyM: null,
    },
  };
}
