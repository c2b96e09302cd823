import type { QueuedChange, SyncConflict, SyncMeta } from '../sync/outbox';
import type { JangkauDb } from './db';
import { randomUuid } from './ids';

/** The server this browser syncs with, or null (the app as a static, local-only tool). */
export async function getSyncMeta(db: JangkauDb): Promise<SyncMeta | null> {
  return (await db.syncMeta.get('state')) ?? null;
}

/**
 * Connects to `serverUrl` (already checked): from now on every local change is queued. A new
 * server starts from cursor 0 and a new client id; the same one keeps where it got to.
 */
export async function connectServer(db: JangkauDb, serverUrl: string): Promise<SyncMeta> {
  return db.transaction('rw', db.syncMeta, async () => {
    const old = await db.syncMeta.get('state');
    if (old?.serverUrl === serverUrl) return old;
    const meta: SyncMeta = {
      key: 'state',
      serverUrl,
      clientId: randomUuid(),
      cursor: 0,
      lastSyncedAt: null,
    };
    await db.syncMeta.put(meta);
    return meta;
  });
}

/**
 * Forgets the server: its outbox, the revs seen, open conflicts. The records stay as they are
 * here (local-only again); the UI asks first when changes are still waiting.
 */
export async function disconnectServer(db: JangkauDb): Promise<void> {
  await db.transaction('rw', [db.syncMeta, db.outbox, db.syncRevs, db.conflicts], async () => {
    await Promise.all([
      db.syncMeta.clear(),
      db.outbox.clear(),
      db.syncRevs.clear(),
      db.conflicts.clear(),
    ]);
  });
}

export interface SyncStatus {
  meta: SyncMeta | null;
  /** Local changes still to push. */
  pending: number;
  /** Changes the server refused, with its reason, oldest first. */
  rejected: QueuedChange[];
  conflicts: SyncConflict[];
}

/** What the sync panel shows. */
export async function syncStatus(db: JangkauDb): Promise<SyncStatus> {
  return db.transaction('r', [db.syncMeta, db.outbox, db.conflicts], async () => {
    let pending = 0;
    const rejected: QueuedChange[] = [];
    await db.outbox.orderBy('seq').each((e) => {
      for (const c of e.changes)
        if (c.rejected === undefined) pending++;
        else rejected.push(c);
    });
    const conflicts = await db.conflicts.toCollection().sortBy('detectedAt');
    return { meta: (await db.syncMeta.get('state')) ?? null, pending, rejected, conflicts };
  });
}
