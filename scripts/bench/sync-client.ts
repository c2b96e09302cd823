import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { KelurahanFeature, LngLat } from '../../src/lib/model/kelurahan.ts';
import { randomId, randomUuid } from '../../src/lib/storage/ids.ts';
import { SyncCallError, type SyncApi, type SyncRecord } from '../../src/lib/sync/contract.ts';
import { runSync, type SyncReport } from '../../src/lib/sync/engine.ts';
import { recordKey, type QueuedChange } from '../../src/lib/sync/outbox.ts';
import { Rng } from '../demo/prng.ts';
import { MemorySyncStore } from './sync-memory-store.ts';

const TARGET = 'bank_sampah';
/** A client whose calls keep failing this long is stuck, not waiting out an outage. */
const GIVE_UP_MS = 180_000;

/** A failed call the engine would retry later: no answer, or the server failing (5xx). */
const retryable = (e: unknown): boolean =>
  e instanceof SyncCallError &&
  (e.kind === 'network' || (e.kind === 'server' && (e.status ?? 0) >= 500));

/**
 * One facilitator's device: the app's sync engine over an in-memory store, making field changes
 * of bank sampah records (creates, updates of its own records on their current rev, deletes) in
 * its kelurahan, and syncing with retries and a backoff while the server is away.
 */
export class FacilitatorClient {
  readonly store = new MemorySyncStore();
  readonly clientId = randomUuid();
  /** Every change id this client made, each once. */
  readonly made: string[] = [];
  creates = 0;
  /** Syncs that failed with a retryable error (the outage). */
  failedSyncs = 0;
  /** performance.now() at the end of each sync that succeeded. */
  readonly syncedAtMs: number[] = [];
  /** Pushed changes answered `duplicate`: applied by a push whose answer the kill cut off. */
  duplicates = 0;
  private readonly live: string[] = [];
  private readonly rng: Rng;
  private readonly api: SyncApi;

  constructor(
    readonly username: string,
    private readonly areas: readonly KelurahanFeature[],
    http: SyncApi,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    this.api = {
      push: async (clientId, changes) => {
        const results = await http.push(clientId, changes);
        this.duplicates += results.filter((r) => r.status === 'duplicate').length;
        return results;
      },
      pull: (since, limit) => http.pull(since, limit),
    };
  }

  /** `n` field changes, each one user action queued in the outbox as the app queues it. */
  makeChanges(n: number): void {
    for (let i = 0; i < n; i++) {
      const roll = this.rng.next();
      if (this.live.length === 0 || roll < 0.4) this.create();
      else if (roll < 0.9) this.update();
      else this.remove();
    }
  }

  private queue(recordId: string, record: SyncRecord | null, localBaseRev: number, at: string) {
    const change: QueuedChange = {
      changeId: randomUuid(),
      target: TARGET,
      recordId,
      op: record === null ? 'delete' : 'upsert',
      record,
      at,
      by: `${this.username} (bench device)`,
      localBaseRev,
    };
    this.store.commitLocal([change]);
    this.made.push(change.changeId);
  }

  private create(): void {
    const at = new Date().toISOString();
    const area = this.rng.pick(this.areas);
    const [lng, lat] = this.pointIn(area);
    const id = randomId('fld');
    this.creates++;
    this.live.push(id);
    this.queue(
      id,
      {
        id,
        batchId: `field:${TARGET}`,
        sourceFile: 'field',
        sourceRow: 0,
        createdAt: at,
        updatedAt: at,
        rev: 1,
        name: `Bank Sampah ${area.properties.nama} ${this.creates}`,
        kode: area.properties.kode,
        rw: this.rng.int(1, 12),
        rt: this.rng.int(1, 30),
        address: `Jl. Bench ${this.rng.int(1, 200)}`,
        lng,
        lat,
        type: this.rng.pick(['unit', 'sekolah', 'pasar', 'induk']),
        status: 'aktif',
        established: '2024-01-15',
        members: this.rng.int(5, 120),
        kgPerMonth: this.rng.int(10, 900) / 2,
      },
      0,
      at,
    );
  }

  private current(id: string): SyncRecord {
    const held = this.store.records.get(recordKey(TARGET, id))?.record;
    if (!held) throw new Error(`${this.username}: live record ${id} is not held`);
    return held;
  }

  private update(): void {
    const at = new Date().toISOString();
    const id = this.rng.pick(this.live);
    const was = this.current(id);
    const rev = Number(was.rev);
    this.queue(
      id,
      {
        ...was,
        members: this.rng.int(5, 120),
        kgPerMonth: this.rng.int(10, 900) / 2,
        status: this.rng.chance(0.9) ? 'aktif' : 'tidak_aktif',
        updatedAt: at,
        rev: rev + 1,
      },
      rev,
      at,
    );
  }

  private remove(): void {
    const index = this.rng.int(0, this.live.length - 1);
    const [id] = this.live.splice(index, 1);
    this.queue(id, null, Number(this.current(id).rev), new Date().toISOString());
  }

  /** A point inside the kelurahan, near its label point (~500 m), in `[lng, lat]` degrees. */
  private pointIn(area: KelurahanFeature): LngLat {
    const [lng0, lat0] = area.properties.label;
    for (let tries = 0; tries < 20; tries++) {
      const p: LngLat = [
        Math.round((lng0 + this.rng.range(-0.005, 0.005)) * 1e6) / 1e6,
        Math.round((lat0 + this.rng.range(-0.005, 0.005)) * 1e6) / 1e6,
      ];
      if (booleanPointInPolygon(p, area)) return p;
    }
    return area.properties.label;
  }

  /** One `runSync`, repeated after a backoff while the server is away (network, 5xx). */
  async sync(): Promise<SyncReport> {
    let failingSince: number | null = null;
    let pendingAtFailure = Infinity;
    for (let attempt = 0; ; attempt++) {
      try {
        const report = await runSync(this.store, this.api, {
          clientId: this.clientId,
          now: () => new Date().toISOString(),
        });
        this.syncedAtMs.push(performance.now());
        return report;
      } catch (e) {
        // Progress between two failures (some pushes answered) starts the count again.
        const pending = this.store.pendingCount();
        if (pending < pendingAtFailure) failingSince = null;
        pendingAtFailure = pending;
        failingSince ??= Date.now();
        if (!retryable(e) || Date.now() - failingSince > GIVE_UP_MS) throw e;
        this.failedSyncs++;
        const backoffMs = Math.min(2000, 100 * 2 ** attempt) * (0.5 + this.rng.next());
        await new Promise((r) => setTimeout(r, backoffMs));
      }
    }
  }

  /** The workload: `changes` changes in `rounds` steps, a sync after each. */
  async run(changes: number, rounds: number): Promise<void> {
    for (let r = 0; r < rounds; r++) {
      const share = Math.floor((changes * (r + 1)) / rounds) - Math.floor((changes * r) / rounds);
      this.makeChanges(share);
      await this.sync();
    }
  }
}
