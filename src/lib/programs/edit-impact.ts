import type { DefinedRecord } from '../model/defined-record';
import type { ProgramDefinition } from './definition';

/** What an edit does to records already stored, for the editor to say before it saves. */
export interface EditImpact {
  /** Fields the edit removes that stored records have values for. */
  removedFields: { key: string; name: string; records: number }[];
  /** Category or status values no longer listed that stored records use. */
  droppedValues: { key: string; name: string; values: string[]; records: number }[];
}

/**
 * Stored records are never rewritten by an edit: a removed field's values stay in each record
 * (hidden; they come back if a field of the same key is added again), and a value key no longer
 * listed stays the record's value (shown as its key). This counts what the user should know.
 */
export function editImpact(
  before: ProgramDefinition,
  after: ProgramDefinition,
  records: readonly DefinedRecord[],
  locale: 'id' | 'en',
): EditImpact {
  const next = new Map(after.fields.map((f) => [f.key, f]));
  const removedFields: EditImpact['removedFields'] = [];
  const droppedValues: EditImpact['droppedValues'] = [];
  for (const field of before.fields) {
    const filled = records.filter((r) => r.values[field.key] != null);
    const now = next.get(field.key);
    if (now === undefined) {
      if (filled.length > 0)
        removedFields.push({ key: field.key, name: field.names[locale], records: filled.length });
      continue;
    }
    if (now.values === undefined || field.values === undefined) continue;
    const listed = new Set(now.values.map((v) => v.key));
    const orphaned = filled.filter(
      (r) => typeof r.values[field.key] === 'string' && !listed.has(r.values[field.key] as string),
    );
    if (orphaned.length > 0)
      droppedValues.push({
        key: field.key,
        name: now.names[locale],
        values: [...new Set(orphaned.map((r) => r.values[field.key] as string))].sort(),
        records: orphaned.length,
      });
  }
  return { removedFields, droppedValues };
}
