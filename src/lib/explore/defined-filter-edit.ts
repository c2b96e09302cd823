import type { DefinedFilter } from '../coverage/defined-filter';

/**
 * Edits of one defined programme's filter, as the filters panel makes them. Pure; every edit
 * returns a new filter, or undefined once it restricts nothing (so the options stay minimal and
 * "no filter" has one spelling).
 */
type Part = 'from' | 'to' | 'min' | 'max';

/** Whether value `key` of `field` is kept (no restriction keeps every value). */
export function keeps(filter: DefinedFilter | undefined, field: string, key: string): boolean {
  const kept = filter?.values?.[field];
  return kept === undefined || kept.includes(key);
}

/** Keeps or drops one value of a category or status field; all kept again = no restriction. */
export function toggleValue(
  filter: DefinedFilter | undefined,
  field: string,
  allKeys: readonly string[],
  key: string,
  on: boolean,
): DefinedFilter | undefined {
  const current = filter?.values?.[field] ?? allKeys;
  const next = allKeys.filter((k) => (k === key ? on : current.includes(k)));
  const { [field]: _old, ...others } = filter?.values ?? {};
  const values = next.length === allKeys.length ? others : { ...others, [field]: next };
  return tidy({ ...filter, values });
}

/** Sets (or clears, with null) one bound: a date (`from`/`to`, ISO) or a number (`min`/`max`). */
export function setBound(
  filter: DefinedFilter | undefined,
  part: Part,
  field: string,
  value: string | number | null,
): DefinedFilter | undefined {
  const { [field]: _old, ...others } = (filter?.[part] ?? {}) as Record<string, string | number>;
  const valid =
    part === 'from' || part === 'to'
      ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      : typeof value === 'number' && Number.isFinite(value);
  return tidy({ ...filter, [part]: valid ? { ...others, [field]: value } : others });
}

/** Drops empty parts; undefined when nothing is left. */
function tidy(filter: DefinedFilter): DefinedFilter | undefined {
  const out = Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined && Object.keys(v).length > 0),
  ) as DefinedFilter;
  return Object.keys(out).length > 0 ? out : undefined;
}
