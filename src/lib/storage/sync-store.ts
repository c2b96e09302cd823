import { PROGRAM_TARGET, type PullPage, type ServerVersion } from '../sync/contract';
import type { SyncStore } from '../sync/engine';
import {
  conflictOf,
  recordKey,
  takeLaterChanges,
  type OutboxEntry,
  type QueuedChange,
} from '../sync/outbox';
import { pullDecision, type PushOutcome } from '../sync/plan';
import { SYNC_TABLES, type JangkauDb } from './db';
import { VersionWriter, writeProgramVersion } from './sync-apply';

/** Thrown when the server was disconnected while a sync ran: nothing of the step is written. */
export class SyncDisconnectedError extends Error {
  override name = 'SyncDisconnectedError';
}

/** The engine's storage (sync/engine.ts) on the app's Dexie database. */
export class DexieSyncStore implements SyncStore {
  constructor(private readonly db: JangkauDb) {}

  /**
   * Pending rows oldest first, only as many as hold `enough` changes: a push plans from the
   * front of the queue, and reading all of a 100,000-change outbox for each 500 sent made a
   * big upload quadratic.
   */
  async pendingEntries(enough = Infinity): Promise<OutboxEntry[]> {
    let count = 0;
    // The `state` index keeps equal keys in primary-key order: by seq.
    return this.db.outbox
      .where('state')
      .equals('pending')
      .until(() => count >= enough)
      .filter((e) => {
        count += e.changes.filter((c) => c.rejected === undefined).length;
        return true;
      })
      .toArray();
  }

  async knownRevs(keys: readonly string[]): Promise<Map<string, number>> {
    const unique = [...new Set(keys)];
    const rows = await this.db.syncRevs.bulkGet(unique);
    const out = new Map<string, number>();
    for (const row of rows) if (row !== undefined) out.set(row.key, row.serverRev);
    return out;
  }

  async applyPushResults(outcomes: readonly PushOutcome[]): Promise<void> {
    const db = this.db;
    await db.transaction('rw', SYNC_TABLES, async () => {
      await this.meta();
      const rows = new Map<number, OutboxEntry>();
      const row = async (seq: number): Promise<OutboxEntry | undefined> => {
        if (!rows.has(seq)) {
          const found = await db.outbox.get(seq);
          if (found !== undefined) rows.set(seq, found);
        }
        return rows.get(seq);
      };
      for (const o of outcomes) {
        const { queued, seq } = o.planned;
        const key = recordKey(queued.target, queued.recordId);
        const entry = await row(seq);
        const at = entry?.changes.findIndex((c) => c.changeId === queued.changeId) ?? -1;
        // Gone already (a disconnect and reconnect in between): the result has nothing to update.
        if (entry === undefined || at < 0) continue;
        if (o.kind === 'done') {
          entry.changes.splice(at, 1);
          await db.syncRevs.put({ key, serverRev: o.serverRev });
        } else if (o.kind === 'rejected') {
          entry.changes[at] = { ...queued, rejected: o.reason };
        } else {
          const later = await db.outbox.where('seq').aboveOrEqual(seq).toArray();
          // Rows already read and changed in this transaction are taken as changed.
          const entries = later.map((stored) => {
            const kept = rows.get(stored.seq as number) ?? stored;
            rows.set(stored.seq as number, kept);
            return kept;
          });
          const mine = takeLaterChanges(entries, key, entry.changes.splice(at, 1)[0]);
          await this.keepConflict(mine, o.server);
        }
      }
      for (const [seq, entry] of rows) {
        if (entry.changes.length === 0) await db.outbox.delete(seq);
        else {
          const pending = entry.changes.some((c) => c.rejected === undefined);
          await db.outbox.put({ ...entry, state: pending ? 'pending' : 'rejected' }, seq);
        }
      }
    });
  }

  /** Both versions kept; the record shows the server's until the user picks (sync-resolve.ts). */
  private async keepConflict(mine: QueuedChange, server: ServerVersion): Promise<void> {
    const key = recordKey(mine.target, mine.recordId);
    await this.db.conflicts.where('key').equals(key).delete();
    const conflict = conflictOf(mine, server, new Date().toISOString());
    await this.db.conflicts.add(conflict);
    const writer = new VersionWriter(this.db);
    await this.writeVersion(writer, mine.target, mine.recordId, server.record, server.by);
    await writer.flush();
    await this.db.syncRevs.put({ key, serverRev: server.rev });
  }

  private async writeVersion(
    writer: VersionWriter,
    target: string,
    recordId: string,
    record: ServerVersion['record'],
    by: string,
  ): Promise<boolean> {
    if (target === PROGRAM_TARGET) return writeProgramVersion(this.db, recordId, record);
    return (await writer.write(target, recordId, record, by)) !== null;
  }

  async cursor(): Promise<number> {
    return (await this.db.syncMeta.get('state'))?.cursor ?? 0;
  }

  async applyPull(page: PullPage): Promise<{ applied: number }> {
    const db = this.db;
    return db.transaction('rw', SYNC_TABLES, async () => {
      const meta = await this.meta();
      const pending = new Set<string>();
      for (const e of await this.pendingEntries())
        for (const c of e.changes)
          if (c.rejected === undefined) pending.add(recordKey(c.target, c.recordId));
      let applied = 0;
      const writer = new VersionWriter(db);
      const keys = page.changes.map((c) => recordKey(c.target, c.recordId));
      const known = await this.knownRevs(keys);
      const seen: { key: string; serverRev: number }[] = [];
      for (const [i, change] of page.changes.entries()) {
        const key = keys[i];
        if (pullDecision(change, known.get(key), pending.has(key)) !== 'apply') continue;
        const record = change.op === 'delete' ? null : change.record;
        const by = change.by;
        if (await this.writeVersion(writer, change.target, change.recordId, record, by)) applied++;
        known.set(key, change.rev);
        seen.push({ key, serverRev: change.rev });
      }
      await writer.flush();
      await db.syncRevs.bulkPut(seen);
      // With the page, never before it: a crash re-pulls from the old cursor, and the revs
      // written above make that second pass a no-op.
      await db.syncMeta.put({ ...meta, cursor: Math.max(meta.cursor, page.cursor) });
      return { applied };
    });
  }

  async markSynced(at: string): Promise<void> {
    await this.db.transaction('rw', this.db.syncMeta, async () => {
      const meta = await this.meta();
      await this.db.syncMeta.put({ ...meta, lastSyncedAt: at });
    });
  }

  private async meta() {
    const meta = await this.db.syncMeta.get('state');
    if (meta === undefined) throw new SyncDisconnectedError('no server connected');
    return meta;
  }
}
