import type { PullPage, ServerVersion, SyncRecord } from '../../src/lib/sync/contract.ts';
import type { SyncStore } from '../../src/lib/sync/engine.ts';
import {
  conflictOf,
  recordKey,
  takeLaterChanges,
  type OutboxEntry,
  type QueuedChange,
  type SyncConflict,
} from '../../src/lib/sync/outbox.ts';
import { pullDecision, type PushOutcome } from '../../src/lib/sync/plan.ts';

/** One record as this client holds it: the record, or null once deleted (a tombstone). */
export interface LocalRecord {
  target: string;
  recordId: string;
  record: SyncRecord | null;
}

/**
 * The sync engine's storage (src/lib/sync/engine.ts) in memory, with the semantics of the
 * browser's Dexie store (src/lib/storage/sync-store.ts): outbox rows leave only with their
 * result, a conflict takes the record's later changes with it and keeps both versions, a pulled
 * change is skipped when this client has its rev already or a local change of it waits, and the
 * cursor moves with the page it names. Each method runs to its end without awaiting, so, like a
 * Dexie transaction, a call is all or nothing.
 */
export class MemorySyncStore implements SyncStore {
  private outbox: OutboxEntry[] = [];
  private nextSeq = 1;
  private cursorSeq = 0;
  /** The server's rev of each record as this client last saw it (Dexie's `syncRevs`). */
  readonly serverRevs = new Map<string, number>();
  /** Records and tombstones as this client holds them, by `recordKey`. */
  readonly records = new Map<string, LocalRecord>();
  readonly conflicts = new Map<string, SyncConflict>();
  lastSyncedAt: string | null = null;
  /** Pulled changes whose seq was not above every seq pulled before: the feed broke its order. */
  seqOrderViolations = 0;
  private lastPulledSeq = 0;

  /** A local user action: its records are written here and its changes queued, together. */
  commitLocal(changes: readonly QueuedChange[]): void {
    for (const c of changes)
      this.records.set(recordKey(c.target, c.recordId), {
        target: c.target,
        recordId: c.recordId,
        record: c.record,
      });
    this.outbox.push({ seq: this.nextSeq++, state: 'pending', changes: [...changes] });
  }

  /** Changes not yet pushed or refused (conflicts and refusals excluded). */
  pendingCount(): number {
    return this.pending().reduce((n, e) => n + e.changes.filter(isLive).length, 0);
  }

  /** Changes the server refused, with their reasons. */
  rejected(): QueuedChange[] {
    return this.outbox.flatMap((e) => e.changes.filter((c) => c.rejected !== undefined));
  }

  async pendingEntries(enough = Infinity): Promise<OutboxEntry[]> {
    const out: OutboxEntry[] = [];
    let count = 0;
    for (const e of this.pending()) {
      if (count >= enough) break;
      out.push({ ...e, changes: [...e.changes] });
      count += e.changes.filter(isLive).length;
    }
    return out;
  }

  async knownRevs(keys: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const key of keys) {
      const rev = this.serverRevs.get(key);
      if (rev !== undefined) out.set(key, rev);
    }
    return out;
  }

  async applyPushResults(outcomes: readonly PushOutcome[]): Promise<void> {
    for (const o of outcomes) {
      const { queued, seq } = o.planned;
      const key = recordKey(queued.target, queued.recordId);
      const entry = this.outbox.find((e) => e.seq === seq);
      const at = entry?.changes.findIndex((c) => c.changeId === queued.changeId) ?? -1;
      if (entry === undefined || at < 0) continue;
      if (o.kind === 'done') {
        entry.changes.splice(at, 1);
        this.serverRevs.set(key, o.serverRev);
      } else if (o.kind === 'rejected') {
        entry.changes[at] = { ...queued, rejected: o.reason };
      } else {
        const later = this.outbox.filter((e) => (e.seq ?? 0) >= seq);
        const mine = takeLaterChanges(later, key, entry.changes.splice(at, 1)[0]);
        this.keepConflict(mine, o.server);
      }
    }
    this.outbox = this.outbox.filter((e) => e.changes.length > 0);
    for (const e of this.outbox) e.state = e.changes.some(isLive) ? 'pending' : 'rejected';
  }

  /** Both versions kept; the record shows the server's until the user picks. */
  private keepConflict(mine: QueuedChange, server: ServerVersion): void {
    const key = recordKey(mine.target, mine.recordId);
    this.conflicts.set(key, conflictOf(mine, server, new Date().toISOString()));
    this.records.set(key, { target: mine.target, recordId: mine.recordId, record: server.record });
    this.serverRevs.set(key, server.rev);
  }

  async cursor(): Promise<number> {
    return this.cursorSeq;
  }

  async applyPull(page: PullPage): Promise<{ applied: number }> {
    const pending = new Set<string>();
    for (const e of this.pending())
      for (const c of e.changes) if (isLive(c)) pending.add(recordKey(c.target, c.recordId));
    let applied = 0;
    for (const change of page.changes) {
      // A page re-pulled after a lost answer starts at the cursor again: only a seq at or below
      // the cursor, or one not above the last in this page, breaks the feed's order.
      if (change.seq <= this.cursorSeq || change.seq <= this.lastPulledSeq)
        this.seqOrderViolations++;
      this.lastPulledSeq = change.seq;
      const key = recordKey(change.target, change.recordId);
      if (pullDecision(change, this.serverRevs.get(key), pending.has(key)) !== 'apply') continue;
      const record = change.op === 'delete' ? null : change.record;
      const had = this.records.get(key)?.record ?? null;
      if (had !== null || record !== null) applied++;
      this.records.set(key, { target: change.target, recordId: change.recordId, record });
      this.serverRevs.set(key, change.rev);
    }
    this.cursorSeq = Math.max(this.cursorSeq, page.cursor);
    this.lastPulledSeq = this.cursorSeq;
    return { applied };
  }

  async markSynced(at: string): Promise<void> {
    this.lastSyncedAt = at;
  }

  private pending(): OutboxEntry[] {
    return this.outbox.filter((e) => e.state === 'pending');
  }
}

const isLive = (c: QueuedChange): boolean => c.rejected === undefined;
