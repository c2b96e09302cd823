import type { DefinedRecord } from '../model/defined-record';
import type { ProgramDefinition } from '../programs/definition';

/**
 * What a user narrowed one defined programme to, by its own fields (the filters panel builds its
 * controls from the definition). Absent parts restrict nothing.
 */
export interface DefinedFilter {
  /** Per category or status field: the value keys kept. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Per date field: ISO `YYYY-MM-DD`, both ends inclusive. */
  from?: Readonly<Record<string, string>>;
  to?: Readonly<Record<string, string>>;
  /** Per number or rupiah field: inclusive bounds. */
  min?: Readonly<Record<string, number>>;
  max?: Readonly<Record<string, number>>;
}

/** Filters per programme id. */
export type DefinedFilters = Readonly<Record<string, DefinedFilter>>;

/** The records that count: the definition's `active` rule (its status values), then the filter. */
export function countedRecords<R extends Pick<DefinedRecord, 'values'>>(
  definition: ProgramDefinition,
  records: readonly R[],
  filter: DefinedFilter | undefined,
): readonly R[] {
  const tests: ((r: R) => boolean)[] = [];
  const active = definition.active;
  if (active) tests.push((r) => active.values.includes(String(r.values[active.field])));
  if (filter) {
    const kinds = new Map(definition.fields.map((f) => [f.key, f.kind]));
    // A filter on a field the definition no longer has (an edited programme, an old URL)
    // restricts nothing rather than hiding every record.
    for (const [key, kept] of Object.entries(filter.values ?? {})) {
      const kind = kinds.get(key);
      if (kind !== 'category' && kind !== 'status') continue;
      const set = new Set(kept);
      tests.push((r) => set.has(String(r.values[key])));
    }
    for (const [key, from] of Object.entries(filter.from ?? {}))
      if (kinds.get(key) === 'date') tests.push((r) => dateOf(r, key) >= from);
    for (const [key, to] of Object.entries(filter.to ?? {}))
      if (kinds.get(key) === 'date')
        tests.push((r) => dateOf(r, key) <= to && dateOf(r, key) !== '');
    for (const [key, min] of Object.entries(filter.min ?? {}))
      if (isNumeric(kinds.get(key))) tests.push((r) => numberOf(r, key) >= min);
    for (const [key, max] of Object.entries(filter.max ?? {}))
      if (isNumeric(kinds.get(key))) tests.push((r) => numberOf(r, key) <= max);
  }
  return tests.length === 0 ? records : records.filter((r) => tests.every((t) => t(r)));
}

const isNumeric = (kind: string | undefined) => kind === 'number' || kind === 'rupiah';

/** A blank date fails `from` ('' < any date) and `to` (checked), so it is kept only unfiltered. */
function dateOf(r: Pick<DefinedRecord, 'values'>, key: string): string {
  const v = r.values[key];
  return typeof v === 'string' ? v : '';
}

/** A blank number fails every bound (NaN compares false). */
function numberOf(r: Pick<DefinedRecord, 'values'>, key: string): number {
  const v = r.values[key];
  return typeof v === 'number' ? v : NaN;
}
