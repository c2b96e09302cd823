/**
 * What one revision changed, field by field, for the history list: the keys whose values differ
 * between `before` and `after` (a defined programme's `values` are compared inside). Bookkeeping
 * (rev, timestamps, provenance) is not a change the user made, so it is left out. Pure.
 */
export interface FieldChange {
  key: string;
  before: unknown;
  after: unknown;
}

const BOOKKEEPING = new Set([
  'rev',
  'updatedAt',
  'createdAt',
  'batchId',
  'sourceFile',
  'sourceRow',
]);

type Row = Record<string, unknown> | null;

function flatten(row: Row): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (row === null) return out;
  for (const [key, value] of Object.entries(row)) {
    if (BOOKKEEPING.has(key)) continue;
    if ((key === 'values' || key === 'newValues') && value !== null && typeof value === 'object') {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>))
        out.set(key === 'values' ? inner : `${inner}:new`, v);
    } else out.set(key, value);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The changed fields, in the order they first appear (before's keys, then after's new ones). */
export function revisionChanges(before: Row, after: Row): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .filter((key) => !same(a.get(key) ?? null, b.get(key) ?? null))
    .map((key) => ({ key, before: a.get(key) ?? null, after: b.get(key) ?? null }));
}
