import type { EntryField } from './entry-form';
import { formatRupiah } from '../explore/format-metric';

/** The word a kept new category is under (the file's own word, verbatim). */
function keptWord(record: Record<string, unknown>, key: string): string | undefined {
  const newValues = record.newValues as Record<string, string> | undefined;
  if (newValues?.[key] !== undefined) return newValues[key];
  if (key === 'type' && typeof record.newType === 'string') return record.newType;
  if (key === 'group' && typeof record.newGroup === 'string') return record.newGroup;
  return undefined;
}

/**
 * A stored value as the record card shows it: a category by its name in the user's language (or
 * the file's own word when it was kept), rupiah and numbers in the locale's digits, a blank as a
 * dash. Always text: the card puts it in a text node. Pure.
 */
export function displayValue(
  field: EntryField,
  value: unknown,
  record: Record<string, unknown>,
  locale: 'id' | 'en',
  number: (v: number) => string,
): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field.values) {
    const word = keptWord(record, field.key);
    const named = field.values.find((v) => v.key === value)?.names[locale];
    return word !== undefined ? `${named ?? String(value)} (${word})` : (named ?? String(value));
  }
  if (typeof value === 'number')
    return field.kind === 'rupiah' ? formatRupiah(locale, value) : number(value);
  return String(value);
}
