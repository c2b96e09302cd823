import type { DefinedFilters } from '../coverage/defined-filter';
/**
 * Main-thread client of the coverage worker: typed calls, a job id per request, and stale results
 * dropped. Per channel (e.g. `metrics`) at most one job runs in the worker and at most one waits;
 * a newer request replaces the waiting one, which settles at once as `{ status: 'stale' }`, and a
 * finished job whose id is no longer the newest of its channel is reported stale too. So a radius
 * slider dragged fast runs the first and the last value, never the backlog in between.
 */
import * as Comlink from 'comlink';
import type { KelurahanCollection } from '../model/kelurahan';
import type { CoverageResult } from '../coverage/result';
import type { CoverageFilters, CoverageOptionsPatch } from '../coverage/options';
import type { MapRecords, PointKind, RecordHit } from '../map/record-types';
import type { PeriodComparison } from '../coverage/compare-periods';
import type { Period } from '../coverage/periods';
import type { CoverageApi } from './coverage.worker';
import type {
  PlanFigures,
  PlanRanks,
  PlanRequest,
  SuggestRequest,
  Suggestion,
} from '../planning/plan-types';

export type JobResult<T> =
  { status: 'ok'; jobId: number; value: T } | { status: 'stale'; jobId: number };

interface Waiting {
  jobId: number;
  run: () => Promise<unknown>;
  settle: (r: JobResult<unknown>) => void;
  fail: (e: unknown) => void;
}

/** Runs jobs so that only the newest per channel delivers a value (see module doc). */
export class LatestJobs {
  private nextId = 1;
  private readonly newest = new Map<string, number>();
  private readonly running = new Set<string>();
  private readonly waiting = new Map<string, Waiting>();

  run<T>(channel: string, job: () => Promise<T>): Promise<JobResult<T>> {
    const jobId = this.nextId++;
    this.newest.set(channel, jobId);
    return new Promise<JobResult<T>>((resolve, reject) => {
      const entry: Waiting = {
        jobId,
        run: job,
        settle: resolve as (r: JobResult<unknown>) => void,
        fail: reject,
      };
      const previous = this.waiting.get(channel);
      if (previous) previous.settle({ status: 'stale', jobId: previous.jobId });
      this.waiting.set(channel, entry);
      this.pump(channel);
    });
  }

  /** Id of the newest job requested on `channel` (0 if none). */
  latestId(channel: string): number {
    return this.newest.get(channel) ?? 0;
  }

  private pump(channel: string): void {
    if (this.running.has(channel)) return;
    const entry = this.waiting.get(channel);
    if (!entry) return;
    this.waiting.delete(channel);
    this.running.add(channel);
    entry
      .run()
      .then(
        (value) =>
          entry.settle(
            this.newest.get(channel) === entry.jobId
              ? { status: 'ok', jobId: entry.jobId, value }
              : { status: 'stale', jobId: entry.jobId },
          ),
        (err) => entry.fail(err),
      )
      .finally(() => {
        this.running.delete(channel);
        this.pump(channel);
      });
  }
}

export interface CoverageClient {
  /** Sends the boundaries once; resolves to the kelurahan codes in engine order. */
  setGeometry(collection: KelurahanCollection): Promise<string[]>;
  /**
   * All metrics on the records in IndexedDB; bump `version` whenever they change. Only the newest
   * call per `channel` (default `metrics`) gets `status: 'ok'`.
   */
  computeStored(
    version: number,
    options: CoverageOptionsPatch,
    channel?: string,
  ): Promise<JobResult<CoverageResult>>;
  /** The map's point sets (typed arrays) on the stored records; newest per call wins. */
  mapPoints(
    version: number,
    filters: CoverageFilters,
    personal: boolean,
    definedFilters?: DefinedFilters,
  ): Promise<JobResult<MapRecords>>;
  /** Both periods' figures and the sites opened and closed between them; newest call wins. */
  comparePeriods(
    version: number,
    options: CoverageOptionsPatch,
    a: Period,
    b: Period,
  ): Promise<JobResult<PeriodComparison>>;
  /** The record behind one point of the sets `token`, for the tooltip. */
  pointRecord(token: number, kind: PointKind, index: number): Promise<RecordHit | null>;
  /** A scenario's covered area and residents (incremental in the worker); newest wins. */
  planFigures(request: PlanRequest, channel?: string): Promise<JobResult<PlanFigures | null>>;
  /** A scenario's index and ranks (one full computation); newest wins. */
  planRanks(request: PlanRequest): Promise<JobResult<PlanRanks>>;
  /** The next k sites by maximal covering of residents; newest wins. */
  suggestSites(request: SuggestRequest): Promise<JobResult<Suggestion | null>>;
}

/** Starts the worker and returns the typed client. */
function createCoverageClient(): CoverageClient {
  const w = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<CoverageApi>(w);
  const jobs = new LatestJobs();
  return {
    setGeometry: (collection) => api.setGeometry(collection),
    computeStored: (version, options, channel = 'metrics') =>
      jobs.run(channel, () => api.computeStored(version, options)),
    mapPoints: (version, filters, personal, definedFilters) =>
      jobs.run('points', () => api.mapPoints(version, filters, personal, definedFilters)),
    pointRecord: (token, kind, index) => api.pointRecord(token, kind, index),
    planFigures: (request, channel = 'plan') => jobs.run(channel, () => api.planFigures(request)),
    planRanks: (request) => jobs.run('plan-ranks', () => api.planRanks(request)),
    suggestSites: (request) => jobs.run('suggest', () => api.suggestSites(request)),
    comparePeriods: (version, options, a, b) =>
      jobs.run('periods', () => api.comparePeriods(version, options, a, b)),
  };
}

let shared: CoverageClient | null = null;

/**
 * The app's one coverage worker, started on first use: the figures and the map's points share
 * it, and so its copy of the stored records (one read of IndexedDB per change, not two).
 */
export function sharedCoverageClient(): CoverageClient {
  shared ??= createCoverageClient();
  return shared;
}
