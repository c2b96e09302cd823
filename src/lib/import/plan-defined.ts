import type { ProgramDefinition } from '../programs/definition';
import { SYNONYMS } from './column-synonyms';
import { claimColumns, COMMON_FIELDS } from './columns';
import {
  definedDuplicateKey,
  fieldSynonyms,
  keysByName,
  personField,
  valueTable,
} from './defined-fields';
import { indexOf, placeable, privacyNotes, type ImportPlan, type PlanFailure } from './import-plan';
import { applyOverride } from './mapping-rules';
import { FIELD_LABELS } from './messages';
import type { FieldTag } from './row-checker';
import type { Table } from './table';
import type {
  BilingualText,
  ColumnMapping,
  FieldName,
  ImportedDefinedRecord,
  ImportMessage,
  ImportOptions,
} from './types';
import { validateDefined, type DefinedRowContext } from './validate-defined';
import { normaliseWords } from './values';

/** A definition's field as a mapping slot, apart from the place fields' names. */
type Slot = FieldName | `f:${string}`;
const slot = (key: string): Slot => `f:${key}`;

/** Place fields, then the definition's fields, then an address read only for RT/RW in it. */
function slotsOf(d: ProgramDefinition) {
  return [
    ...COMMON_FIELDS.map((f) => [f, SYNONYMS[f]] as const),
    ...d.fields.map((f) => [slot(f.key), fieldSynonyms(f)] as const),
    ['address', SYNONYMS.address] as const,
  ];
}

/** Splits slot → column into the place mapping and the definition's key → column. */
function split(m: Partial<Record<Slot, string>>): [ColumnMapping, Record<string, string>] {
  const common: ColumnMapping = {};
  const fields: Record<string, string> = {};
  for (const [s, column] of Object.entries(m) as [Slot, string][])
    if (s.startsWith('f:')) fields[s.slice(2)] = column;
    else common[s as FieldName] = column;
  return [common, fields];
}

const isNameHeader = (h: string) =>
  claimColumns([h], [['personName', SYNONYMS.personName]]).personName !== undefined;

/**
 * The plan for a defined programme: place columns as for every programme, the definition's
 * fields by their words (`fieldSynonyms`), its required fields as required columns, and
 * `validateDefined` for the rows. A personal programme's person field is never a name in clear:
 * a name column (found as the person field, or instead of it) gives pseudonymous ids keyed by
 * `options.pseudonymKey`, as for Home Care; without a key such a file lacks its person column.
 */
export function planDefined(
  table: Table,
  d: ProgramDefinition,
  options: ImportOptions,
  fileMessages: ImportMessage[],
): ImportPlan | PlanFailure {
  const headers = table.headers;
  const slots = slotsOf(d);
  const override: Partial<Record<Slot, string>> = { ...options.mapping };
  for (const [key, column] of Object.entries(options.fieldMapping ?? {}))
    override[slot(key)] = column;
  const detectedSlots = claimColumns(headers, slots);
  const usedSlots = applyOverride(
    detectedSlots,
    override,
    headers,
    slots.map(([s]) => s),
    fileMessages,
  );
  const [detected, detectedFields] = split(detectedSlots);
  const [used, fields] = split(usedSlots);
  const extra = {
    program: null,
    mapping: { detected, used },
    definitionId: d.id,
    fieldMapping: { detected: detectedFields, used: fields },
  };
  if (fileMessages.some((m) => m.severity === 'error')) return { kind: 'fail', extra };

  const person = personField(d);
  let derive = false;
  if (person !== undefined) {
    const column = fields[person.key];
    if (column !== undefined && isNameHeader(column)) {
      delete fields[person.key];
      used.personName = column;
    }
    const taken = () => new Set([...Object.values(used), ...Object.values(fields)]);
    if (fields[person.key] === undefined) {
      used.personName ??= claimColumns(
        headers,
        [['personName', SYNONYMS.personName]],
        taken(),
      ).personName;
      if (used.personName !== undefined)
        used.birthDate = claimColumns(
          headers,
          [['birthDate', SYNONYMS.birthDate]],
          taken(),
        ).birthDate;
      derive = used.personName !== undefined && options.pseudonymKey !== undefined;
    }
    if (!derive) {
      delete used.personName;
      delete used.birthDate;
    }
  }
  // An address the definition stores serves the RT/RW in it too ("Jl. Mawar 3 RT 02/RW 05").
  used.address ??= d.fields
    .filter((f) => f.kind === 'text' && fields[f.key] !== undefined)
    .map((f) => fields[f.key])
    .find((h) => claimColumns([h], [['address', SYNONYMS.address]]).address !== undefined);

  const missing = d.fields.filter(
    (f) => f.required && fields[f.key] === undefined && !(derive && f.key === person?.key),
  );
  const labels: BilingualText[] = missing.map((f) => f.names);
  const keys = missing.map((f) => f.key);
  if (!placeable(table, used, true)) {
    labels.unshift(FIELD_LABELS.kelurahan);
    keys.unshift('kelurahan');
  }
  if (keys.length > 0) {
    const fieldsText = {
      id: labels.map((l) => l.id).join(', '),
      en: labels.map((l) => l.en).join(', '),
    };
    const message: ImportMessage = {
      code: 'missing_columns',
      severity: 'error',
      params: { fields: keys.join(',') },
      texts: { fields: fieldsText },
    };
    return { kind: 'fail', message, extra };
  }

  const notes: ImportMessage[] = [];
  const defaults = new Map<string, string>();
  const status = d.fields.find((f) => f.key === d.active?.field && !f.required);
  const first = status?.values?.find((v) => v.key === d.active?.values[0]);
  if (status !== undefined && first !== undefined) {
    defaults.set(status.key, first.key);
    if (fields[status.key] === undefined)
      notes.push({
        code: 'column_defaulted',
        severity: 'warning',
        fieldKey: status.key,
        params: { value: first.key },
        texts: { field: status.names, value: first.names },
      });
  }
  const mappedColumns = new Set([...Object.values(used), ...Object.values(fields)]);
  notes.push(...privacyNotes(headers, used, mappedColumns, derive, d.privacy === 'personal'));

  const byKey = new Map(d.fields.map((f) => [f.key, f]));
  const ctx: DefinedRowContext = {
    definition: d,
    index: indexOf(headers, fields),
    tables: new Map(
      d.fields.flatMap((f) =>
        f.values ? [[f.key, { ...valueTable(f), ...mergedWords(f, options.valueMerges) }]] : [],
      ),
    ),
    tag: (key): FieldTag => {
      const names = byKey.get(key)?.names;
      return names ? { fieldKey: key, texts: { field: names } } : { fieldKey: key };
    },
    defaults,
    ...(person ? { person: { key: person.key, derive } } : {}),
    pending: [],
  };
  return {
    kind: 'plan',
    extra,
    index: indexOf(headers, used),
    withLocation: true,
    mappedColumns,
    notes,
    pending: ctx.pending,
    validate: (c, place, row) => validateDefined(ctx, place, c, row),
    duplicates: {
      key: (r) => definedDuplicateKey(d, r as ImportedDefinedRecord),
      nearName: keysByName(d),
    },
  };
}

/**
 * A file's words the user merged into a known value of `field` (the mapping editor), as extra
 * entries of its lookup table; a merge into a key the field does not list is ignored.
 */
function mergedWords(
  field: ProgramDefinition['fields'][number],
  merges: ImportOptions['valueMerges'],
): Record<string, string> {
  const keys = new Set(field.values?.map((v) => v.key));
  return Object.fromEntries(
    Object.entries(merges?.[field.key] ?? {}).flatMap(([word, key]) =>
      keys.has(key) ? [[normaliseWords(word), key]] : [],
    ),
  );
}
