import type { ProgramDefinition } from '../programs/definition';

/**
 * The edits a field worker makes without the full form — retire a site, set one category of
 * several records — on any programme's record: a built-in one keeps its fields at the top level
 * (`status`), a defined one in `values`. Each returns a new record and never touches the old.
 * Pure: the entry sheet and the tests share it.
 */
export type AnyRecord = { id: string } & Record<string, unknown>;

const isDefined = (record: AnyRecord) =>
  typeof record.program === 'string' && typeof record.values === 'object';

/** The stored value of field `key` (a key of a category or status, a number, text, a date). */
export function fieldValue(record: AnyRecord, key: string): unknown {
  if (isDefined(record)) return (record.values as Record<string, unknown>)[key] ?? null;
  return record[key] ?? null;
}

/** The record with field `key` set to `value`; a kept new word for that field goes with the old. */
export function withFieldValue(record: AnyRecord, key: string, value: unknown): AnyRecord {
  if (isDefined(record)) {
    const newValues = { ...((record.newValues as Record<string, string> | undefined) ?? {}) };
    delete newValues[key];
    const next: AnyRecord = {
      ...record,
      values: { ...(record.values as Record<string, unknown>), [key]: value },
    };
    if (Object.keys(newValues).length > 0) next.newValues = newValues;
    else delete next.newValues;
    return next;
  }
  const next: AnyRecord = { ...record, [key]: value };
  // Built-ins keep the file's word of an open category beside it (bank sampah type, group).
  if (key === 'type') delete next.newType;
  if (key === 'group') delete next.newGroup;
  return next;
}

/** The value a retired record's status takes: the first one the active rule does not count. */
export function retiredValue(definition: ProgramDefinition): string | null {
  const rule = definition.active;
  if (!rule) return null;
  const field = definition.fields.find((f) => f.key === rule.field);
  return field?.values?.find((v) => !rule.values.includes(v.key))?.key ?? null;
}

/**
 * The record retired on `date` (`YYYY-MM-DD`): its status no longer active, the date kept in
 * `retiredOn` (the status history and the later period comparison read it). Null for a
 * programme without an active rule: there, a record is either there or deleted.
 */
export function retiredRecord(
  definition: ProgramDefinition,
  record: AnyRecord,
  date: string,
): AnyRecord | null {
  const value = retiredValue(definition);
  if (value === null || !definition.active) return null;
  return { ...withFieldValue(record, definition.active.field, value), retiredOn: date };
}

/** Whether the record counts as active under its programme's rule (no rule: always). */
export function isActive(definition: ProgramDefinition, record: AnyRecord): boolean {
  const rule = definition.active;
  if (!rule) return true;
  return rule.values.includes(String(fieldValue(record, rule.field)));
}

/** A short name for a record in lists: its first filled text field, else its id. */
export function recordTitle(definition: ProgramDefinition, record: AnyRecord): string {
  for (const field of definition.fields) {
    if (field.kind !== 'text') continue;
    const value = fieldValue(record, field.key);
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return record.id;
}
