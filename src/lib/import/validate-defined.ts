import type { DefinedValue } from '../model/defined-record';
import type { ProgramDefinition } from '../programs/definition';
import { otherValue, type DefinedField } from './defined-fields';
import { RowChecker, type FieldIndex, type FieldTag } from './row-checker';
import type { TableRow } from './table';
import type { ImportedDefinedRecord } from './types';
import type { RowPlace } from './validate-common';
import { looksLikeNik, pseudonymSource, type PendingPseudonym } from './validate-home-care';
import { cellText, isBlank, parseEnum } from './values';

/** Largest rupiah amount accepted: Rp 10 trillion, far above any city programme's figure. */
const MAX_RUPIAH = 1e13;

/** What the plan decided for a defined programme's rows (see `plan-defined.ts`). */
export interface DefinedRowContext {
  definition: ProgramDefinition;
  /** Column of each of the definition's fields, by field key. */
  index: FieldIndex<string>;
  /** Cell words → value key of each category and status field (`valueTable`). */
  tables: ReadonlyMap<string, Record<string, string>>;
  /** What a message about a field says of it: its key and names. */
  tag: (key: string) => FieldTag;
  /** A status field's value for blank cells: the first active value (a list of sites is of working ones). */
  defaults: ReadonlyMap<string, string>;
  /** The person field of a personal programme; `derive`: its id is a pseudonym of the name. */
  person?: { key: string; derive: boolean };
  /** Where rows whose person id is derived once every row is read are collected. */
  pending: PendingPseudonym[];
}

const joined = (values: readonly { names: { id: string; en: string } }[]) => ({
  id: values.map((v) => v.names.id).join(', '),
  en: values.map((v) => v.names.en).join(', '),
});

/**
 * A category or status value, matched by its key or either language's name (case, accents,
 * spacing and punctuation ignored). An unknown word of an optional category is kept: the file's
 * word goes to `newValues` and the record holds the field's `lainnya`/`other` value, or null when
 * it has none (warned). An unknown word of a required category or of a status is a row error: a
 * required category says what the record is (an E-SPTPD tax type, as a Prodamas bidang), and a
 * status decides whether it counts as active, so neither may be guessed.
 */
function choose(
  c: RowChecker<string>,
  f: DefinedField,
  ctx: DefinedRowContext,
  newValues: Record<string, string>,
): DefinedValue {
  const cell = c.raw(f.key);
  const values = f.values ?? [];
  if (isBlank(cell)) {
    const fallback = ctx.defaults.get(f.key);
    if (fallback === undefined) {
      if (f.required) c.add('error', 'required', f.key);
      return null;
    }
    // A missing column is said once, in the file messages (`column_defaulted`).
    const names = values.find((v) => v.key === fallback)?.names;
    if (c.has(f.key))
      c.add('warning', 'default_used', f.key, { value: fallback }, names && { value: names });
    return fallback;
  }
  const known = parseEnum(cell, ctx.tables.get(f.key) ?? {});
  if (known !== null) return known;
  if (f.required || f.kind === 'status') {
    const allowed = values.map((v) => v.key).join(', ');
    c.add(
      'error',
      'enum_invalid',
      f.key,
      { value: cellText(cell), allowed },
      {
        allowed: joined(values),
      },
    );
    return null;
  }
  const word = c.text(f.key);
  if (word === null) return null;
  const other = otherValue(f);
  c.add('warning', other ? 'category_new' : 'category_new_kept', f.key, {
    value: word,
    other: other?.key ?? '',
  });
  newValues[f.key] = word;
  return other?.key ?? null;
}

/** One field's value by its kind; null when blank (an error on the row when required). */
function readField(
  c: RowChecker<string>,
  f: DefinedField,
  ctx: DefinedRowContext,
  newValues: Record<string, string>,
): DefinedValue {
  const required = f.required;
  switch (f.kind) {
    case 'text':
      return c.text(f.key, required);
    case 'number':
      // A lone "." or "," before exactly three digits is a thousands separator ("1.500"
      // peserta), as in the built-in count fields; other fractions are kept.
      return c.number(f.key, 'money', { required });
    case 'rupiah':
      // "Rp 1.250.000", "1,25 jt", "25 juta", "Rp 100.000,-".
      return c.number(f.key, 'money', { required, min: 0, max: MAX_RUPIAH });
    case 'date':
      return c.date(f.key, required);
    default:
      return choose(c, f, ctx, newValues);
  }
}

/**
 * A row of a defined programme: its place (from the common code, in `place`) and each field of
 * the definition read by its kind into `values`. Messages about a field carry its key and its
 * names in both languages. A personal programme's person id is either read (an NIK-shaped id
 * rejects the row, as for Home Care) or derived later from the name (never stored).
 */
export function validateDefined(
  ctx: DefinedRowContext,
  place: RowPlace,
  c: RowChecker,
  row: TableRow,
): ImportedDefinedRecord | null {
  const d = new RowChecker<string>(row.cells, ctx.index, c.messages, ctx.tag);
  const person = ctx.person;
  const values: Record<string, DefinedValue> = {};
  const newValues: Record<string, string> = {};
  for (const f of ctx.definition.fields)
    values[f.key] = person?.derive && f.key === person.key ? null : readField(d, f, ctx, newValues);
  const input = person?.derive ? pseudonymSource(c, place.kode) : null;
  const id = person === undefined ? null : values[person.key];
  if (typeof id === 'string' && looksLikeNik(id)) d.add('error', 'person_id_nik', person?.key);
  if (c.failed || place.kode === null || (person?.derive && input === null)) return null;
  const record: ImportedDefinedRecord = {
    program: ctx.definition.id,
    kode: place.kode,
    rw: place.rw,
    rt: place.rt,
    lng: place.lng,
    lat: place.lat,
    values,
    ...(Object.keys(newValues).length > 0 ? { newValues } : {}),
    sourceRow: row.row,
  };
  if (person?.derive && input !== null)
    ctx.pending.push({ input, assign: (pid) => (record.values[person.key] = pid) });
  return record;
}
