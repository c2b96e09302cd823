import type { ChangeOp, ServerVersion, SyncRecord } from './contract';

/**
 * What the browser keeps while it syncs (Dexie tables `outbox`, `syncMeta`, `syncRevs`,
 * `conflicts`, db.ts version 6), as plain data the engine can plan with.
 */

/** One local change waiting for the server. */
export interface QueuedChange {
  changeId: string;
  target: string;
  recordId: string;
  op: ChangeOp;
  record: SyncRecord | null;
  /** ISO 8601. */
  at: string;
  by: string;
  /**
   * The local rev the record had before the change (revision.rev − 1; 0 = a create). The
   * baseRev pushed is the SERVER's rev known when the change is sent (see planPush): local revs
   * and the server's drift apart (an upload, a pulled record), the server's never lie.
   */
  localBaseRev: number;
  /** The server refused it (role, kelurahan, invalid): kept, shown with the reason, not resent. */
  rejected?: string;
}

/**
 * One outbox row: the changes of one user action (a bulk edit of 12 records is one row) or up to
 * 500 records of an import. One row per action, not per record: IndexedDB's cost is per stored
 * object (record-pages.ts), and a 100,000-row import must not add 100,000 rows to its transaction.
 */
export interface OutboxEntry {
  /** Auto-increment: the order the changes were made in. */
  seq?: number;
  /** `pending` while one of its changes still waits; `rejected` when only refused ones are left. */
  state: 'pending' | 'rejected';
  changes: QueuedChange[];
}

/** Both versions of a record the server refused to overwrite; the user picks one. */
export interface SyncConflict {
  /** The conflicting local change's id. */
  changeId: string;
  /** `recordKey(target, recordId)`: one open conflict per record. */
  key: string;
  target: string;
  recordId: string;
  mine: { op: ChangeOp; record: SyncRecord | null; at: string; by: string };
  server: ServerVersion;
  /** ISO 8601: when the push met it. */
  detectedAt: string;
}

/** The one `syncMeta` row: present exactly while the app is connected to a server. */
export interface SyncMeta {
  key: 'state';
  serverUrl: string;
  /** uuid of this browser, sent with every push. */
  clientId: string;
  /** The server seq of the newest pulled page applied; 0 before the first pull. */
  cursor: number;
  /** ISO 8601, null before the first full sync. */
  lastSyncedAt: string | null;
}

/** The server's rev of one record as this browser last saw it (pushed or pulled). */
export interface SyncRev {
  key: string;
  serverRev: number;
}

/** One key per record of a target (ids are unique per programme only). */
export const recordKey = (target: string, recordId: string): string => `${target}\u0000${recordId}`;

/**
 * A conflict's later local changes of the same record were made on the version the server
 * refused: they leave the outbox with it (spliced out of `later`, which holds the rows from the
 * conflicting one on, in seq order), and the newest is "mine" in the conflict. Pushed as they
 * are, they would land on the server's version unseen. Refused changes stay where they are.
 */
export function takeLaterChanges(
  later: Iterable<OutboxEntry>,
  key: string,
  first: QueuedChange,
): QueuedChange {
  let mine = first;
  for (const entry of later) {
    for (let i = entry.changes.length - 1; i >= 0; i--) {
      const c = entry.changes[i];
      if (recordKey(c.target, c.recordId) !== key || c.rejected !== undefined) continue;
      entry.changes.splice(i, 1);
      if (c.at >= mine.at) mine = c;
    }
  }
  return mine;
}

/** The conflict kept for `mine` against the server's version (both versions, the user picks). */
export function conflictOf(
  mine: QueuedChange,
  server: ServerVersion,
  detectedAt: string,
): SyncConflict {
  return {
    changeId: mine.changeId,
    key: recordKey(mine.target, mine.recordId),
    target: mine.target,
    recordId: mine.recordId,
    mine: { op: mine.op, record: mine.record, at: mine.at, by: mine.by },
    server,
    detectedAt,
  };
}
