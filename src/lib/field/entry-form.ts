import { fieldEntryEn } from '../i18n/messages/field-entry.en';
import { fieldEntryId, type FieldEntryKey } from '../i18n/messages/field-entry.id';
import { personalColumns } from '../import/columns';
import { otherValue, personField, type DefinedField } from '../import/defined-fields';
import { DEFAULTS } from '../import/mapping-rules';
import type { BilingualText } from '../import/types';
import { PROGRAMS, type Program } from '../model/records';
import type { ProgramDefinition } from '../programs/definition';

/** How the form asks for a field. `number` is a numeric keypad (`inputmode`), not `type=number`. */
type EntryInput = 'text' | 'number' | 'date' | 'select';

/** One field of the entry form, generated from a programme's definition. */
export interface EntryField {
  key: string;
  kind: DefinedField['kind'];
  required: boolean;
  names: BilingualText;
  /** The choices of a `select`, in the definition's order. */
  values?: { key: string; names: BilingualText }[];
  input: EntryInput;
  hint?: BilingualText;
  /**
   * What a new record starts with: what the import makes of a blank cell (a status's first
   * active value; a built-in's default, such as bank sampah type `unit`), else ''. Shown, so a
   * new record is stored as the form says and never with a "blank, set to…" warning.
   */
  initial: string;
  /**
   * An optional category whose unknown words are kept (as the import keeps a file's): the form
   * offers the values and also takes a typed word (a combobox, not a closed select).
   */
  open: boolean;
  /** The person field of a personal programme: a pseudonymous id, never a name or NIK. */
  person: boolean;
}

/** Both languages of one of field entry's texts (`src/lib/i18n/messages/field-entry.*.ts`). */
const entryText = (key: FieldEntryKey): BilingualText => ({
  id: fieldEntryId[key],
  en: fieldEntryEn[key],
});

/** The built-in programme a definition is (its records keep their own validators), or null. */
export function builtInProgram(d: ProgramDefinition): Program | null {
  return d.origin === 'builtin' && (PROGRAMS as readonly string[]).includes(d.id)
    ? (d.id as Program)
    : null;
}

/**
 * Where a built-in's validator asks more than its definition says: Prodamas progress is required
 * and only 0, 50 or 100 % (`validate-prodamas.ts`).
 */
const PRODAMAS_PROGRESS: EntryField['values'] = (['0', '50', '100'] as const).map((key) => ({
  key,
  names: entryText(`entry.progress.${key}`),
}));

/** Whether a field's key or names look like personal data (the import's privacy words). */
function looksPersonal(f: DefinedField): boolean {
  return personalColumns([f.key, f.names.id, f.names.en], new Set()).length > 0;
}

/** Fields a personal-class programme's form leaves out: they look like names, NIK, addresses… */
export function leftOutFields(d: ProgramDefinition): DefinedField[] {
  if (d.privacy !== 'personal') return [];
  const person = personField(d);
  return d.fields.filter((f) => f.key !== person?.key && looksPersonal(f));
}

function initialValue(d: ProgramDefinition, f: DefinedField, builtIn: Program | null): string {
  const fallback = builtIn && DEFAULTS[builtIn].find(([field]) => field === f.key)?.[1];
  if (fallback) return fallback;
  return f.key === d.active?.field && !f.required ? (d.active.values[0] ?? '') : '';
}

function inputOf(f: DefinedField): EntryInput {
  if (f.kind === 'number' || f.kind === 'rupiah') return 'number';
  if (f.kind === 'date') return 'date';
  if (f.kind === 'category' || f.kind === 'status') return 'select';
  return 'text';
}

/**
 * The entry form of a programme: its fields in the definition's order, each with its names in
 * both languages, how it is asked for and what a new record starts with. Built-in programmes,
 * presets and users' own alike. For a personal-class programme the form never asks for a name,
 * NIK, address or phone: such fields are left out (`entryNotes` says which), and the person field
 * (`personField`) is a pseudonymous id with a hint saying so. Checked by `checkEntry` with the
 * import's rules.
 */
export function entryFields(d: ProgramDefinition): EntryField[] {
  const builtIn = builtInProgram(d);
  const person = personField(d);
  const leftOut = new Set(leftOutFields(d).map((f) => f.key));
  return d.fields
    .filter((f) => !leftOut.has(f.key))
    .map((f) => {
      const isPerson = f.key === person?.key;
      const field: EntryField = {
        key: f.key,
        kind: f.kind,
        required: f.required,
        // "Nama" as a pseudonymous id's label would ask for the very thing it must not hold.
        names: isPerson && looksPersonal(f) ? entryText('entry.person.label') : f.names,
        input: inputOf(f),
        initial: initialValue(d, f, builtIn),
        // A built-in keeps a new word only where it has `lainnya` (bank sampah type, Home Care
        // group); its other lists are closed (an unknown Home Care service rejects the row).
        open:
          f.kind === 'category' && !f.required && (builtIn === null || otherValue(f) !== undefined),
        person: isPerson,
      };
      if (f.values) field.values = f.values.map((v) => ({ key: v.key, names: v.names }));
      if (builtIn === 'prodamas' && f.key === 'progress')
        Object.assign(field, { required: true, input: 'select', values: PRODAMAS_PROGRESS });
      if (isPerson) field.hint = entryText('entry.hint.person');
      else if (f.kind === 'rupiah') field.hint = entryText('entry.hint.rupiah');
      else if (field.open) field.hint = entryText('entry.hint.open');
      return field;
    });
}

/** A new record's values: every form field at its `initial` value. */
export function newEntryValues(d: ProgramDefinition): Record<string, string> {
  return Object.fromEntries(entryFields(d).map((f) => [f.key, f.initial]));
}

/**
 * What the form says about itself, in both languages: for a personal-class programme that the
 * exact place stays in this browser and that no name or NIK is asked (and which fields were left
 * out); for a site programme that its point sets the catchment.
 */
export function entryNotes(d: ProgramDefinition): BilingualText[] {
  const notes: BilingualText[] = [];
  if (d.privacy === 'personal')
    notes.push(entryText('entry.note.personalPlace'), entryText('entry.note.noPersonalData'));
  const leftOut = leftOutFields(d);
  if (leftOut.length > 0) {
    const t = entryText('entry.note.leftOut');
    const list = (lang: 'id' | 'en') => leftOut.map((f) => f.names[lang]).join(', ');
    notes.push({
      id: t.id.replace('{fields}', list('id')),
      en: t.en.replace('{fields}', list('en')),
    });
  }
  if (d.archetype === 'site') notes.push(entryText('entry.note.sitePoint'));
  return notes;
}
