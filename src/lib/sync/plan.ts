import {
  PROGRAM_TARGET,
  SyncCallError,
  type Change,
  type PulledChange,
  type PushResult,
  type ServerVersion,
} from './contract';
import { recordKey, type OutboxEntry, type QueuedChange } from './outbox';

/** A change chosen for the next push, with the outbox row it sits in. */
export interface PlannedChange {
  seq: number;
  queued: QueuedChange;
  change: Change;
}

/**
 * The next push: pending changes in the order they were made, at most `limit`, and at most ONE
 * per record. A record's second change is made on the rev its first one gets, which only the
 * server's answer tells: sent in the same request it would go out with a stale baseRev, and if
 * the first met a conflict the second could land on top of the other user's version unseen.
 * `known` maps `recordKey` to the server's rev this browser last saw (absent: never on the
 * server, baseRev 0).
 */
export function planPush(
  entries: readonly OutboxEntry[],
  known: ReadonlyMap<string, number>,
  limit: number,
): PlannedChange[] {
  const planned: PlannedChange[] = [];
  const taken = new Set<string>();
  for (const entry of entries) {
    for (const queued of entry.changes) {
      if (queued.rejected !== undefined) continue;
      const key = recordKey(queued.target, queued.recordId);
      if (taken.has(key)) continue;
      taken.add(key);
      const baseRev = known.get(key) ?? 0;
      planned.push({ seq: entry.seq as number, queued, change: toChange(queued, baseRev) });
      if (planned.length === limit) return planned;
    }
  }
  return planned;
}

function toChange(q: QueuedChange, baseRev: number): Change {
  const { changeId, target, recordId, op, at, by } = q;
  // A record says its own rev: the server's numbering, the one every other browser will see.
  const record =
    q.record === null || target === PROGRAM_TARGET ? q.record : { ...q.record, rev: baseRev + 1 };
  return { changeId, target, recordId, baseRev, op, record, at, by };
}

/** What one pushed change came to. */
export type PushOutcome =
  | { kind: 'done'; planned: PlannedChange; serverRev: number }
  | { kind: 'conflict'; planned: PlannedChange; server: ServerVersion }
  | { kind: 'rejected'; planned: PlannedChange; reason: string };

/**
 * Pairs the server's results with the changes sent. The contract answers in the same order;
 * an answer that does not (a missing, extra or other change id) breaks it, and nothing of it is
 * taken: the changes stay queued and their ids make a resend safe.
 */
export function matchResults(
  planned: readonly PlannedChange[],
  results: readonly PushResult[],
): PushOutcome[] {
  if (results.length !== planned.length)
    throw new SyncCallError('server', `push answered ${results.length} of ${planned.length}`);
  return planned.map((p, i) => {
    const r = results[i];
    if (r.changeId !== p.change.changeId)
      throw new SyncCallError('server', `push result ${i} is for ${r.changeId}`);
    if (r.status === 'conflict') {
      if (r.server === undefined)
        throw new SyncCallError('server', `conflict without the server version (${r.changeId})`);
      return { kind: 'conflict', planned: p, server: r.server };
    }
    if (r.status === 'rejected')
      return { kind: 'rejected', planned: p, reason: r.reason ?? 'rejected' };
    // A create is rev 1, a change on rev n makes n + 1: what the server answers when it omits it.
    return { kind: 'done', planned: p, serverRev: r.rev ?? p.change.baseRev + 1 };
  });
}

/**
 * What to do with one pulled change. `known`: the rev this browser already has (its own push
 * comes back in the pull; a page applied before a crash is pulled again) — not newer, skip.
 * `pending`: a local change of the record waits to be pushed — it must meet this version as a
 * conflict on the server, where both are kept, not be overwritten here first.
 */
export function pullDecision(
  change: PulledChange,
  known: number | undefined,
  pending: boolean,
): 'apply' | 'have' | 'pending' {
  if (known !== undefined && change.rev <= known) return 'have';
  return pending ? 'pending' : 'apply';
}
