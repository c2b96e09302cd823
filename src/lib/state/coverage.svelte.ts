import { sharedCoverageClient, type CoverageClient } from '../worker/coverage-client';
import type { CoverageResult, KelurahanCoverage } from '../coverage/result';
import type { DefinedFilter } from '../coverage/defined-filter';
import {
  DEFAULT_OPTIONS,
  definedRadiusLimits,
  snapRadiusM,
  snapToLimits,
  type CoverageFilters,
  type CoverageOptionsPatch,
  type DemandPointsOption,
  type IndexWeights,
} from '../coverage/options';
import type { KelurahanCollection } from '../model/kelurahan';
import type { Program } from '../model/records';

/** What the recompute needs to see of the boundaries state. */
interface BoundariesSource {
  readonly data: { readonly kelurahan: KelurahanCollection } | null;
}
/** What the recompute needs to see of the records state. */
interface RecordsSource {
  readonly status: string;
  /** Bumped whenever the stored records change. */
  readonly version: number;
}

/**
 * Coverage figures and the options that produce them. The work runs in the coverage worker; a
 * newer request makes an older one stale, so a dragged slider never queues a backlog.
 */
class CoverageState {
  radiusM = $state<Record<Program, number>>({ ...DEFAULT_OPTIONS.radiusM });
  /** Catchment radius of defined site programmes the user moved, by programme id. */
  definedRadiusM = $state<Record<string, number>>({});
  /** Index weights by component id (a defined component's only once the user moves it). */
  weights = $state<IndexWeights>({ ...DEFAULT_OPTIONS.weights });
  filters = $state<CoverageFilters>({ ...DEFAULT_OPTIONS.filters });
  /** Filters of defined programmes by programme id, on their own fields. */
  definedFilters = $state<Record<string, DefinedFilter>>({});
  /** Where residents are: null spreads the population; else a defined programme's points. */
  demandPoints = $state<DemandPointsOption | null>(null);
  result = $state.raw<CoverageResult | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);

  /** The options as one plain object, ready to cross to the worker. */
  options = $derived<CoverageOptionsPatch>({
    radiusM: this.radiusM,
    definedRadiusM: this.definedRadiusM,
    weights: this.weights,
    filters: this.filters,
    definedFilters: this.definedFilters,
    demandPoints: this.demandPoints,
  });

  byKode = $derived(
    new Map<string, KelurahanCoverage>((this.result?.kelurahan ?? []).map((k) => [k.kode, k])),
  );

  private client: CoverageClient | null = null;
  private geometrySent: Promise<unknown> | null = null;
  private stopRecompute: (() => void) | null = null;

  /**
   * Keeps the figures current: recomputes in the worker whenever the stored records (once they
   * are ready) or the options change. Nothing runs before the records are ready, so calling this
   * early costs nothing. Starting again replaces the earlier run; returns the stop.
   */
  start(boundaries: BoundariesSource, records: RecordsSource): () => void {
    this.stopRecompute?.();
    const stop = $effect.root(() => {
      $effect(() => {
        if (records.status !== 'ready' || !boundaries.data) return;
        void this.compute(
          boundaries.data.kelurahan,
          records.version,
          $state.snapshot(this.options),
        );
      });
    });
    this.stopRecompute = stop;
    return stop;
  }

  /** Snapped to the slider's limits and step, so the engine runs on the radius the slider shows. */
  setRadius(program: Program, metres: number): void {
    this.radiusM[program] = snapRadiusM(program, metres);
  }

  /** A defined site programme's radius, snapped to its slider (limits around `defaultM`). */
  setDefinedRadius(program: string, defaultM: number, metres: number): void {
    this.definedRadiusM[program] = snapToLimits(definedRadiusLimits(defaultM), metres);
  }

  /** Any index component's weight, by its id (non-finite or negative: ignored). */
  setWeight(component: string, weight: number): void {
    if (Number.isFinite(weight) && weight >= 0)
      this.weights = { ...this.weights, [component]: weight };
  }

  /** One defined programme's filter (undefined clears it). */
  setDefinedFilter(program: string, filter: DefinedFilter | undefined): void {
    const { [program]: _old, ...rest } = this.definedFilters;
    this.definedFilters = filter ? { ...rest, [program]: filter } : rest;
  }

  /** From the demand picker: `''` for the population, else `<programme>|<number field or ''>`. */
  setDemandPoints(value: string): void {
    const [program, field = ''] = value.split('|');
    this.demandPoints = program ? { program, field: field === '' ? null : field } : null;
  }

  setFilters(patch: Partial<CoverageFilters>): void {
    this.filters = { ...this.filters, ...patch };
  }

  /**
   * Asks the worker for fresh figures on the stored records (`recordsVersion` changes whenever
   * they do); only the newest request's answer is kept.
   */
  async compute(
    geometry: KelurahanCollection,
    recordsVersion: number,
    options: CoverageOptionsPatch,
  ): Promise<void> {
    this.client ??= sharedCoverageClient();
    this.geometrySent ??= this.client.setGeometry(geometry);
    this.computing = true;
    try {
      await this.geometrySent;
      const answer = await this.client.computeStored(recordsVersion, options);
      if (answer.status === 'ok') {
        this.result = answer.value;
        this.error = null;
        this.computing = false;
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.computing = false;
    }
  }
}

export const coverage = new CoverageState();
