import type { Revision } from '../model/revision';

/**
 * When a site's status changed, read from its revisions (issue 11): the status before and after
 * each change, on the day it was recorded. Pure: revisions in, a map out.
 */
export interface StatusChange {
  /** The day the change was recorded, `YYYY-MM-DD` (UTC date of the revision's `at`). */
  on: string;
  /** The status before; null when the record was created by this change. */
  from: string | null;
  /** The status after; null when the record was deleted by this change. */
  to: string | null;
}

/** Changes of one record, oldest first, keyed by {@link historyKey}. */
export type StatusHistory = ReadonlyMap<string, readonly StatusChange[]>;

/** Ids are unique per programme only: the key names both. */
export const historyKey = (target: string, recordId: string): string =>
  `${target}\u0000${recordId}`;

/** The status a stored record holds in `field`: a built-in's at the top, a defined one's in `values`. */
function statusOf(record: Record<string, unknown> | null, field: string): string | null {
  if (record === null) return null;
  const values = record.values;
  const value =
    values !== null && typeof values === 'object' && !(field in record)
      ? (values as Record<string, unknown>)[field]
      : record[field];
  return typeof value === 'string' ? value : null;
}

/**
 * The status changes in `revisions`, for the targets `statusField` names a status field of
 * (`bank_sampah` → `status`, a defined site programme → its active rule's field); other targets
 * and revisions that leave the status as it was are left out. Undone revisions stay: the undo
 * is a revision of its own that changes the status back.
 */
export function statusHistoryOf(
  revisions: readonly Pick<Revision, 'recordId' | 'target' | 'at' | 'before' | 'after'>[],
  statusField: (target: string) => string | null,
): StatusHistory {
  const out = new Map<string, StatusChange[]>();
  const sorted = [...revisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const r of sorted) {
    const field = statusField(r.target);
    if (field === null) continue;
    const from = statusOf(r.before, field);
    const to = statusOf(r.after, field);
    if (from === to) continue;
    const key = historyKey(r.target, r.recordId);
    const list = out.get(key) ?? [];
    list.push({ on: r.at.slice(0, 10), from, to });
    out.set(key, list);
  }
  return out;
}

/** How a site's status at a date was found: its closing date, its revisions, or as it is now. */
export type StatusEvidence = 'retired' | 'history' | 'now';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A site's status at the end of day `end` (`YYYY-MM-DD`). In order of trust:
 * 1. `retiredOn` (the closing date a field worker gave when retiring the site), when the site is
 *    inactive now: inactive from that day on, `activeValue` before it;
 * 2. the revisions: the status just before the first change recorded after `end` (a record
 *    created after `end` has no status before: it takes the one it was entered with, and whether
 *    it existed by then is the founding date's question);
 * 3. else the status as it is now (no history: the caller says so).
 */
export function statusAtEnd(
  now: string,
  retiredOn: unknown,
  changes: readonly StatusChange[] | undefined,
  end: string,
  isActive: (status: string) => boolean,
  activeValue: string,
): { status: string; evidence: StatusEvidence } {
  if (!isActive(now) && typeof retiredOn === 'string' && ISO_DATE.test(retiredOn))
    return { status: retiredOn > end ? activeValue : now, evidence: 'retired' };
  if (changes && changes.length > 0) {
    const next = changes.find((c) => c.on > end);
    if (!next) return { status: now, evidence: 'history' };
    return { status: next.from ?? next.to ?? now, evidence: 'history' };
  }
  return { status: now, evidence: 'now' };
}
