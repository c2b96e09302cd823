import type { DefinedRecord } from '../model/defined-record';
import type { ProgramDefinition } from '../programs/definition';
import type { Locale } from '../i18n/translate';

interface Row {
  label: string;
  value: string;
}

/**
 * The tooltip rows of a defined programme's record, from its definition: each field with a value,
 * named in the UI language; a category or status by its value's name, or by the file's own word
 * when the file gave a new one (kept in `newValues`, never shown as "lainnya"); amounts as rupiah.
 * Fields an index counts persons by (pseudonyms) are left out. The title is the first text field.
 */
export function definedTooltip(
  definition: ProgramDefinition,
  record: Pick<DefinedRecord, 'values' | 'newValues'>,
  locale: Locale,
  format: { number: (v: number) => string; rupiah: (v: number) => string },
): { title: string; rows: Row[] } {
  const personFields = new Set(
    definition.index.flatMap((c) => (c.metric === 'persons_per_1k' && c.field ? [c.field] : [])),
  );
  const titleField = definition.fields.find((f) => f.kind === 'text' && !personFields.has(f.key));
  const rawTitle = titleField ? record.values[titleField.key] : null;
  const rows: Row[] = [];
  for (const field of definition.fields) {
    if (field === titleField || personFields.has(field.key)) continue;
    const value = record.values[field.key];
    const kept = record.newValues?.[field.key];
    if (kept !== undefined) {
      rows.push({ label: field.names[locale], value: kept });
      continue;
    }
    if (value === null || value === '') continue;
    let text: string;
    if (field.kind === 'category' || field.kind === 'status')
      text = field.values?.find((v) => v.key === value)?.names[locale] ?? String(value);
    else if (field.kind === 'rupiah' && typeof value === 'number') text = format.rupiah(value);
    else if (field.kind === 'number' && typeof value === 'number') text = format.number(value);
    else text = String(value);
    rows.push({ label: field.names[locale], value: text });
  }
  return {
    title: typeof rawTitle === 'string' && rawTitle !== '' ? rawTitle : definition.names[locale],
    rows,
  };
}
