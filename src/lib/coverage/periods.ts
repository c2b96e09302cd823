/**
 * Periods for "did coverage improve since last year?" (issue 13 §4). Pure: records in, the
 * records as they stood in a period out, for `computeAll` to measure as usual.
 *
 * A period is a year `Y` (1 January – 31 December) or a date range `[from, to]`, both ends
 * inclusive. What "in the period" means per programme — "as of the end of the period":
 * - bank sampah (and any defined *site* programme): the sites open at the end — founded on or
 *   before `to` (no founding date: taken as founded before any period, counted in `undatedSites`),
 *   and with the status they had at `to` (`statusAtEnd`: the closing date `retiredOn`, else the
 *   revision history, else the status as it is now, counted in `statusAsNow`);
 * - Prodamas: the projects of the years the period overlaps (a year, or 2023–2024 for a range
 *   from March 2023 to June 2024: projects have a year, not a date);
 * - Home Care: the visits within the period;
 * - defined activity and personal programmes: records whose first date field lies within the
 *   period (a blank date fits no period: `undatedRecords`); a programme without a date field
 *   counts all its records in every period (`undatedPrograms`), so its change is zero.
 * The user's other filters (statuses, categories, patient groups, defined fields) still apply;
 * the period replaces the time filters (Prodamas year, Home Care dates, defined date ranges).
 */
import type { ProgramDefinition } from '../programs/definition';
import type { BankSampah } from '../model/records';
import type { DefinedFilters } from './defined-filter';
import type { DefinedInput } from './defined-metrics';
import type { BankSampahInput, CoverageInput } from './input';
import type { CoverageOptionsPatch } from './options';
import { historyKey, statusAtEnd, type StatusHistory } from './status-history';

/** A period, ISO dates `YYYY-MM-DD`, both ends inclusive (`from` ≤ `to`). */
export interface Period {
  from: string;
  to: string;
}

/** Years a period may name (the URL and the pickers take these). */
export const PERIOD_YEARS: readonly [number, number] = [2000, 2100];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date within {@link PERIOD_YEARS}, or null. */
function validDate(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < PERIOD_YEARS[0] || y > PERIOD_YEARS[1] || mo < 1 || mo > 12 || d < 1) return null;
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() ? text : null;
}

export const yearPeriod = (year: number): Period => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
});

/** The year a period is exactly, else null. */
export function yearOf(period: Period): number | null {
  const year = Number(period.from.slice(0, 4));
  const whole = yearPeriod(year);
  return whole.from === period.from && whole.to === period.to ? year : null;
}

/** `2024`, or `2024-01-01..2024-06-30` for any other range: the URL's and the embed's form. */
export function periodText(period: Period): string {
  const year = yearOf(period);
  return year === null ? `${period.from}..${period.to}` : String(year);
}

/** Reads {@link periodText}'s form; null for anything else (a reversed range too). */
export function parsePeriod(text: string): Period | null {
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= PERIOD_YEARS[0] && year <= PERIOD_YEARS[1] ? yearPeriod(year) : null;
  }
  const [a, b, extra] = text.split('..');
  if (a === undefined || b === undefined || extra !== undefined) return null;
  const from = validDate(a);
  const to = validDate(b);
  return from && to && from <= to ? { from, to } : null;
}

/** What the engine needs of a bank sampah to place it in time (stored records fit). */
export type PeriodBankSampah = BankSampahInput &
  Pick<BankSampah, 'id' | 'name' | 'established'> & { retiredOn?: unknown };
/** A defined record with what placing it in time needs. */
export type PeriodDefinedRecord = DefinedInput & { id: string; retiredOn?: unknown };

export interface PeriodSource extends CoverageInput {
  bankSampah: readonly PeriodBankSampah[];
  defined?: readonly { definition: ProgramDefinition; records: readonly PeriodDefinedRecord[] }[];
}

/** What the figures of a period rest on beyond the records' own dates (the UI says so). */
export interface PeriodNotes {
  /** Sites without a founding date, counted as founded before the period. */
  undatedSites: number;
  /** Inactive sites with no closing date and no history: taken as closed in every period. */
  statusAsNow: number;
  /** Dated records (defined activities) with a blank date: in no period. */
  undatedRecords: number;
  /** Defined programmes without a date field: all their records in every period. */
  undatedPrograms: string[];
}

/** The first date field of a definition: the one its records are placed in time by. */
export function dateFieldOf(definition: ProgramDefinition): string | null {
  return definition.fields.find((f) => f.kind === 'date')?.key ?? null;
}

/** Whether a defined programme is a site whose status the period reads at its end. */
const statusRule = (d: ProgramDefinition) => (d.archetype === 'site' ? (d.active ?? null) : null);

/** What placing a bank sampah in time reads (a record without an id has no history). */
type DatedBankSampah = Pick<BankSampah, 'status' | 'established'> & {
  id?: string;
  retiredOn?: unknown;
};

/** A site as it stood at the end of `period`, or null when it was not founded yet. */
function bankSampahAt<B extends DatedBankSampah>(
  r: B,
  period: Period,
  history: StatusHistory,
  notes: PeriodNotes,
): B | null {
  if (r.established !== null && r.established > period.to) return null;
  if (r.established === null) notes.undatedSites++;
  const at = statusAtEnd(
    r.status,
    r.retiredOn,
    r.id === undefined ? undefined : history.get(historyKey('bank_sampah', r.id)),
    period.to,
    (s) => s === 'aktif',
    'aktif',
  );
  if (at.evidence === 'now' && r.status !== 'aktif') notes.statusAsNow++;
  return at.status === r.status ? r : { ...r, status: at.status as B['status'] };
}

/**
 * The bank sampah as they stood at the end of `period` (founded by then, with the status they
 * had then): the part of {@link periodInput} that the embed's yearly figures use.
 */
export function bankSampahInPeriod<B extends DatedBankSampah>(
  records: readonly B[],
  period: Period,
  history: StatusHistory = new Map(),
  notes: PeriodNotes = emptyNotes(),
): B[] {
  return records.flatMap((r) => {
    const at = bankSampahAt(r, period, history, notes);
    return at ? [at] : [];
  });
}

const emptyNotes = (): PeriodNotes => ({
  undatedSites: 0,
  statusAsNow: 0,
  undatedRecords: 0,
  undatedPrograms: [],
});

/** One defined programme's records in `period` (see the module doc). */
function definedAt<R extends PeriodDefinedRecord>(
  definition: ProgramDefinition,
  records: readonly R[],
  period: Period,
  history: StatusHistory,
  notes: PeriodNotes,
): R[] {
  const dateKey = dateFieldOf(definition);
  const rule = statusRule(definition);
  const dateOf = (r: R) => (dateKey === null ? null : r.values[dateKey]);
  if (definition.archetype !== 'site') {
    if (dateKey === null) {
      notes.undatedPrograms.push(definition.id);
      return [...records];
    }
    return records.filter((r) => {
      const date = dateOf(r);
      if (typeof date !== 'string' || date === '') {
        notes.undatedRecords++;
        return false;
      }
      return date >= period.from && date <= period.to;
    });
  }
  const out: R[] = [];
  for (const r of records) {
    const date = dateOf(r);
    if (typeof date === 'string' && date !== '' && date > period.to) continue;
    if (dateKey !== null && (typeof date !== 'string' || date === '')) notes.undatedSites++;
    if (!rule) {
      out.push(r);
      continue;
    }
    const now = String(r.values[rule.field] ?? '');
    const at = statusAtEnd(
      now,
      r.retiredOn,
      history.get(historyKey(definition.id, r.id)),
      period.to,
      (s) => rule.values.includes(s),
      rule.values[0] ?? now,
    );
    if (at.evidence === 'now' && !rule.values.includes(now)) notes.statusAsNow++;
    out.push(at.status === now ? r : { ...r, values: { ...r.values, [rule.field]: at.status } });
  }
  if (dateKey === null) notes.undatedPrograms.push(definition.id);
  return out;
}

/**
 * The records as they stood in `period`, ready for `computeAll` with {@link periodOptions}.
 * `history`: the status changes from the revisions (`statusHistoryOf`; empty without any).
 * Inputs are not mutated; unchanged records keep their identity.
 */
export function periodInput<S extends PeriodSource>(
  source: S,
  period: Period,
  history: StatusHistory = new Map(),
): { input: PeriodSource; notes: PeriodNotes } {
  const notes = emptyNotes();
  const fromYear = Number(period.from.slice(0, 4));
  const toYear = Number(period.to.slice(0, 4));
  const bankSampah = bankSampahInPeriod(source.bankSampah, period, history, notes);
  const input: PeriodSource = {
    bankSampah,
    prodamas: source.prodamas.filter((p) => p.year >= fromYear && p.year <= toYear),
    homeCare: source.homeCare.filter((v) => v.date >= period.from && v.date <= period.to),
    population: source.population,
    defined: (source.defined ?? []).map((d) => ({
      definition: d.definition,
      records: definedAt(d.definition, d.records, period, history, notes),
    })),
  };
  return { input, notes };
}

/**
 * The options of a period's run: the user's, without the time filters the period replaces
 * (Prodamas year, Home Care dates, the date bounds of defined programmes). `asOf` stays the
 * user's (null: days since the last visit count to the period's own latest visit).
 */
export function periodOptions(options: CoverageOptionsPatch): CoverageOptionsPatch {
  const definedFilters: DefinedFilters = Object.fromEntries(
    Object.entries(options.definedFilters ?? {}).map(([id, f]) => {
      const { from: _from, to: _to, ...rest } = f;
      return [id, rest];
    }),
  );
  return {
    ...options,
    filters: { ...options.filters, prodamasYear: null, homeCareFrom: null, homeCareTo: null },
    definedFilters,
  };
}
