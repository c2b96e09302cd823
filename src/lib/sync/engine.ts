import { PULL_LIMIT, PUSH_LIMIT, SyncCallError, type PullPage, type SyncApi } from './contract';
import { recordKey, type OutboxEntry } from './outbox';
import { matchResults, planPush, type PushOutcome } from './plan';

/**
 * The storage side of a sync, as the engine sees it. Each write method is ONE transaction in
 * the browser store (storage/sync-store.ts), so a crash or a closed tab between two calls leaves
 * either all of a step or none of it.
 */
export interface SyncStore {
  /** Outbox rows with a change still to push, oldest first: at least those holding `enough`. */
  pendingEntries(enough: number): Promise<OutboxEntry[]>;
  /** The server revs this browser last saw, by `recordKey`, for the keys asked (absent: none). */
  knownRevs(keys: readonly string[]): Promise<Map<string, number>>;
  /** Takes a push's outcomes: done ones leave the outbox, conflicts and refusals are kept. */
  applyPushResults(outcomes: readonly PushOutcome[]): Promise<void>;
  cursor(): Promise<number>;
  /** Applies a pulled page and moves the cursor to `page.cursor`, together. */
  applyPull(page: PullPage): Promise<{ applied: number }>;
  markSynced(at: string): Promise<void>;
}

export interface SyncReport {
  pushed: number;
  /** Applied now, or by an earlier push whose answer was lost (`duplicate`). */
  accepted: number;
  conflicts: number;
  rejected: number;
  pulled: number;
  /** Pulled changes written locally (the rest this browser had already, or waits to push). */
  appliedPulled: number;
}

/**
 * One sync: push everything pending (≤ 500 per request, one change per record per request, so
 * a record's chain of offline changes takes one round per step), then pull pages since the
 * cursor while the server says there are more. A failed call throws (`SyncCallError`) and
 * leaves storage as the last finished step left it: outbox rows go only once their result is
 * in, the cursor moves only with the page it names, so the next run resumes with no loss, and
 * change ids and revs make a repeat harmless.
 */
export async function runSync(
  store: SyncStore,
  api: SyncApi,
  opts: { clientId: string; now: () => string },
): Promise<SyncReport> {
  const report: SyncReport = {
    pushed: 0,
    accepted: 0,
    conflicts: 0,
    rejected: 0,
    pulled: 0,
    appliedPulled: 0,
  };
  for (;;) {
    const entries = await store.pendingEntries(PUSH_LIMIT);
    const keys = entries.flatMap((e) => e.changes.map((c) => recordKey(c.target, c.recordId)));
    const planned = planPush(entries, await store.knownRevs(keys), PUSH_LIMIT);
    if (planned.length === 0) break;
    const results = await api.push(
      opts.clientId,
      planned.map((p) => p.change),
    );
    const outcomes = matchResults(planned, results);
    // Every sent change leaves the pending set here (done, conflict or rejected): the loop ends.
    await store.applyPushResults(outcomes);
    report.pushed += planned.length;
    for (const o of outcomes)
      if (o.kind === 'done') report.accepted++;
      else if (o.kind === 'conflict') report.conflicts++;
      else report.rejected++;
  }
  let cursor = await store.cursor();
  for (;;) {
    const page = await api.pull(cursor, PULL_LIMIT);
    const { applied } = await store.applyPull(page);
    report.pulled += page.changes.length;
    report.appliedPulled += applied;
    if (!page.more) break;
    // A server that says "more" without moving on would keep this loop going for ever.
    if (page.cursor <= cursor) throw new SyncCallError('server', 'pull did not advance its cursor');
    cursor = page.cursor;
  }
  await store.markSynced(opts.now());
  return report;
}
