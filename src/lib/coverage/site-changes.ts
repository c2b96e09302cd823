import { dateFieldOf, type Period, type PeriodSource } from './periods';
import { historyKey, type StatusHistory } from './status-history';

/** A site that opened or closed from the end of one period to the end of the other. */
export interface SiteChange {
  /** `bank_sampah` or a defined site programme's id. */
  program: string;
  id: string;
  /** Its name (a defined record's first filled text field), else its id. */
  name: string;
  kode: string;
  change: 'opened' | 'closed';
  /**
   * The day it happened when the records say so within the span — the founding date, the
   * closing date `retiredOn`, or the day a status change was recorded — else null.
   */
  on: string | null;
}

/** A site's open state and the facts that date a change of it. */
interface SiteState {
  program: string;
  id: string;
  name: string;
  kode: string;
  founded: string | null;
  retiredOn: string | null;
}

const within = (date: string | null, lo: string, hi: string) =>
  date !== null && date > lo && date <= hi ? date : null;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const dateOrNull = (v: unknown) => (typeof v === 'string' && ISO.test(v) ? v : null);

/**
 * The sites open at the end of `a` but not of `b` (closed), and open at the end of `b` but not
 * of `a` (opened). `atA`/`atB` are `periodInput(source, a|b).input`: "open" is the status they
 * carry there (bank sampah `aktif`, a defined site's active rule), and a site founded later is
 * absent. Ordered by programme, change (opened first), kelurahan code, name.
 */
export function siteChanges(
  source: PeriodSource,
  atA: PeriodSource,
  atB: PeriodSource,
  a: Period,
  b: Period,
  history: StatusHistory = new Map(),
): SiteChange[] {
  const out: SiteChange[] = [];
  const [lo, hi] = a.to <= b.to ? [a.to, b.to] : [b.to, a.to];
  const push = (s: SiteState, openA: boolean, openB: boolean, isOpen: (v: string) => boolean) => {
    if (openA === openB) return;
    const change = openB ? 'opened' : 'closed';
    // The dating fact of the change that made it open (or closed) at the later end.
    const becameOpen = (change === 'opened') === a.to <= b.to;
    const recorded = history
      .get(historyKey(s.program, s.id))
      ?.find((c) => c.on > lo && c.on <= hi && isOpen(c.to ?? '') === becameOpen)?.on;
    const on = becameOpen
      ? (within(s.founded, lo, hi) ?? recorded ?? null)
      : (within(s.retiredOn, lo, hi) ?? recorded ?? null);
    out.push({ program: s.program, id: s.id, name: s.name, kode: s.kode, change, on });
  };

  const openA = new Map(atA.bankSampah.map((r) => [r.id, r.status === 'aktif']));
  const openB = new Map(atB.bankSampah.map((r) => [r.id, r.status === 'aktif']));
  for (const r of source.bankSampah) {
    const state: SiteState = {
      program: 'bank_sampah',
      id: r.id,
      name: r.name,
      kode: r.kode,
      founded: r.established,
      retiredOn: dateOrNull(r.retiredOn),
    };
    push(state, openA.get(r.id) ?? false, openB.get(r.id) ?? false, (v) => v === 'aktif');
  }

  for (const d of source.defined ?? []) {
    const { definition } = d;
    if (definition.archetype !== 'site') continue;
    const rule = definition.active;
    const isOpen = (v: string) => !rule || rule.values.includes(v);
    const openIn = (input: PeriodSource) =>
      new Map(
        (input.defined?.find((x) => x.definition.id === definition.id)?.records ?? []).map((r) => [
          r.id,
          !rule || isOpen(String(r.values[rule.field] ?? '')),
        ]),
      );
    const inA = openIn(atA);
    const inB = openIn(atB);
    const dateKey = dateFieldOf(definition);
    const titleKey = definition.fields.find((f) => f.kind === 'text')?.key;
    for (const r of d.records) {
      const title = titleKey === undefined ? null : r.values[titleKey];
      const state: SiteState = {
        program: definition.id,
        id: r.id,
        name: typeof title === 'string' && title.trim() !== '' ? title : r.id,
        kode: r.kode,
        founded: dateKey === null ? null : dateOrNull(r.values[dateKey]),
        retiredOn: dateOrNull(r.retiredOn),
      };
      push(state, inA.get(r.id) ?? false, inB.get(r.id) ?? false, isOpen);
    }
  }

  const rank = (p: string) => (p === 'bank_sampah' ? '' : p);
  return out.sort(
    (x, y) =>
      rank(x.program).localeCompare(rank(y.program)) ||
      (x.change === y.change ? 0 : x.change === 'opened' ? -1 : 1) ||
      (x.kode < y.kode ? -1 : x.kode > y.kode ? 1 : 0) ||
      x.name.localeCompare(y.name, 'id'),
  );
}
