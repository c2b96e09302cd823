import type * as SyncStorage from '../storage/sync-storage';
import type { HttpSyncApi } from '../browser/sync-http';
import { SyncCallError, type SyncUser } from '../sync/contract';
import type { QueuedChange, SyncConflict } from '../sync/outbox';
import type { JangkauDb } from '../storage/db';
import { records } from './records.svelte';

type Io = typeof SyncStorage;

/** How often a connected, signed-in app syncs on its own (issue 12: every 60 s while online). */
const AUTO_SYNC_MS = 60_000;

/**
 * `off`: no server (the static app; no request is ever made). `signed-out`: a server, no
 * session. `offline`: the server did not answer — changes wait, nothing is lost.
 */
type SyncPhase = 'off' | 'signed-out' | 'idle' | 'syncing' | 'offline' | 'error';

/** A refusal the UI words itself (i18n): a contract error code or `offline`. */
export type SyncProblem = { code: string } | null;

/** The team-server connection and the sync status the Data tab shows. */
class SyncState {
  phase = $state<SyncPhase>('off');
  serverUrl = $state<string | null>(null);
  user = $state.raw<SyncUser | null>(null);
  pending = $state(0);
  conflicts = $state.raw<SyncConflict[]>([]);
  rejected = $state.raw<QueuedChange[]>([]);
  lastSyncedAt = $state<string | null>(null);
  /** Why the last sync failed (not for `offline`, which says so itself). */
  problem = $state.raw<SyncProblem>(null);
  signInProblem = $state.raw<SyncProblem>(null);
  /** When this session last published the public figures; null before. */
  publishedAt = $state<string | null>(null);
  publishProblem = $state.raw<SyncProblem>(null);
  publishing = $state(false);
  /** Records and definitions the last upload queued, null before one. */
  uploaded = $state<number | null>(null);

  private io: Io | null = null;
  private db: JangkauDb | null = null;
  private api: HttpSyncApi | null = null;
  private started: Promise<void> | null = null;
  private opened: Promise<{ io: Io; db: JangkauDb }> | null = null;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onOnline = () => void this.syncNow();

  /** Reads the stored connection; with one, asks the server who is signed in and syncs. */
  init(): Promise<void> {
    this.started ??= (async () => {
      const { io, db } = await this.ready();
      const meta = await io.getSyncMeta(db);
      if (meta === null) return;
      this.attach(meta.serverUrl);
      await this.refreshStatus();
      await this.checkSession();
    })();
    return this.started;
  }

  /** Connects to the URL the user typed; false when it is not an http(s) URL. */
  async connect(input: string): Promise<boolean> {
    const { io, db } = await this.ready();
    const url = io.checkServerUrl(input);
    if (url === null) return false;
    await io.connectServer(db, url);
    this.attach(url);
    await this.refreshStatus();
    await this.checkSession();
    return true;
  }

  async signIn(username: string, password: string): Promise<void> {
    if (this.api === null) return;
    this.signInProblem = null;
    try {
      this.user = (await this.api.signIn(username, password)).user;
      this.phase = 'idle';
      await this.syncNow();
    } catch (e) {
      this.signInProblem = problemOf(e);
    }
  }

  async signOut(): Promise<void> {
    await this.api?.signOut().catch(() => undefined);
    this.user = null;
    this.phase = 'signed-out';
  }

  /** Forgets the server (the UI confirms first when changes wait). */
  async disconnect(): Promise<void> {
    const { io, db } = await this.ready();
    await this.signOut();
    await io.disconnectServer(db);
    this.detach();
    await this.refreshStatus();
  }

  /** One sync now (push, then pull); a run already going is waited for instead. */
  syncNow(): Promise<void> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async run(): Promise<void> {
    const { io, db } = await this.ready();
    const meta = await io.getSyncMeta(db);
    if (this.api === null || this.user === null || meta === null) return;
    // Without a network the call would only fail: say offline and wait for the 'online' event.
    if (!navigator.onLine) {
      this.phase = 'offline';
      return;
    }
    this.phase = 'syncing';
    this.problem = null;
    try {
      const report = await io.runSync(new io.DexieSyncStore(db), this.api, {
        clientId: meta.clientId,
        now: () => new Date().toISOString(),
      });
      this.phase = 'idle';
      if (report.appliedPulled > 0 || report.conflicts > 0) await records.reload();
    } catch (e) {
      this.fail(e);
    } finally {
      await this.refreshStatus();
    }
  }

  async upload(): Promise<void> {
    const { io, db } = await this.ready();
    this.uploaded = await io.uploadLocalRecords(db, this.by());
    await this.refreshStatus();
    await this.syncNow();
  }

  /**
   * Publishes the public figures from the server's records (planner, admin). A sync first, so
   * that this browser's own waiting changes are in what gets published.
   */
  async publish(): Promise<void> {
    if (this.api === null) return;
    this.publishing = true;
    this.publishProblem = null;
    try {
      await this.syncNow();
      this.publishedAt = (await this.api.publish()).at;
    } catch (e) {
      this.publishProblem = problemOf(e);
    } finally {
      this.publishing = false;
    }
  }

  async keepMine(changeId: string): Promise<void> {
    const { io, db } = await this.ready();
    await io.keepMine(db, changeId, this.by());
    await records.reload();
    await this.refreshStatus();
    await this.syncNow();
  }

  async keepTheirs(changeId: string): Promise<void> {
    const { io, db } = await this.ready();
    await io.keepTheirs(db, changeId);
    await this.refreshStatus();
  }

  async dismiss(changeId: string): Promise<void> {
    const { io, db } = await this.ready();
    await io.dismissRejected(db, changeId);
    await this.refreshStatus();
  }

  /** Re-reads pending, conflicts and refusals (after any local write: the Data tab calls it). */
  async refreshStatus(): Promise<void> {
    if (this.io === null || this.db === null) return;
    const status = await this.io.syncStatus(this.db);
    this.pending = status.pending;
    this.conflicts = status.conflicts;
    this.rejected = status.rejected;
    this.lastSyncedAt = status.meta?.lastSyncedAt ?? null;
  }

  private async checkSession(): Promise<void> {
    if (this.api === null) return;
    try {
      const session = await this.api.session();
      this.user = session?.user ?? null;
      this.phase = session === null ? 'signed-out' : 'idle';
      if (session !== null) await this.syncNow();
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    if (e instanceof SyncCallError && e.kind === 'network') this.phase = 'offline';
    else if (e instanceof SyncCallError && e.status === 401) {
      this.user = null;
      this.phase = 'signed-out';
    } else {
      this.phase = 'error';
      this.problem = problemOf(e);
    }
  }

  private attach(url: string): void {
    const io = this.io as Io;
    this.serverUrl = url;
    this.api = new io.HttpSyncApi(url);
    this.phase = 'signed-out';
    if (this.timer !== null) return;
    window.addEventListener('online', this.onOnline);
    this.timer = setInterval(() => void this.syncNow(), AUTO_SYNC_MS);
  }

  private detach(): void {
    window.removeEventListener('online', this.onOnline);
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.api = null;
    this.serverUrl = null;
    this.user = null;
    this.uploaded = null;
    this.publishedAt = null;
    this.phase = 'off';
  }

  /** Who the revisions name: the signed-in user, else this device. */
  private by(): string {
    return this.user?.username ?? records.deviceName;
  }

  /**
   * Storage opened once. Not `init`: init waits for the first sync, which itself needs storage
   * (waiting for init there would wait for itself).
   */
  private ready(): Promise<{ io: Io; db: JangkauDb }> {
    this.opened ??= (async () => {
      this.io = await import('../storage/sync-storage');
      this.db = await this.io.openDb();
      return { io: this.io, db: this.db };
    })();
    return this.opened;
  }
}

function problemOf(e: unknown): SyncProblem {
  if (e instanceof SyncCallError) return { code: e.kind === 'network' ? 'offline' : e.message };
  return { code: e instanceof Error ? e.message : String(e) };
}

export const sync = new SyncState();
