/**
 * Small edits of the record filters, as the filters panel makes them. In a list filter `null`
 * means no restriction, so ticking the last unticked value gives `null`, not the full list.
 */
export function toggleInList<T extends string>(
  all: readonly T[],
  list: readonly T[] | null,
  item: T,
  on: boolean,
): T[] | null {
  const current = list ?? all;
  const next = all.filter((x) => (x === item ? on : current.includes(x)));
  return next.length === all.length ? null : next;
}

/** Whether `item` counts under a list filter (`null` = everything counts). */
export const inList = <T extends string>(list: readonly T[] | null, item: T): boolean =>
  list === null || list.includes(item);

/** The distinct integer years of `rows`, ascending. */
export function distinctYears(rows: readonly { year: number }[]): number[] {
  const years = new Set<number>();
  for (const r of rows) if (Number.isInteger(r.year)) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}
