import { sharedCoverageClient, type CoverageClient } from '../worker/coverage-client';
import type { CoverageResult, KelurahanCoverage } from '../coverage/compute-all';
import {
  DEFAULT_OPTIONS,
  type CoverageFilters,
  type CoverageOptionsPatch,
  type UnderservedWeights,
} from '../coverage/options';
import type { KelurahanCollection } from '../model/kelurahan';
import type { Program } from '../model/records';

/**
 * Coverage figures and the options that produce them. The work runs in the coverage worker; a
 * newer request makes an older one stale, so a dragged slider never queues a backlog.
 */
class CoverageState {
  radiusM = $state<Record<Program, number>>({ ...DEFAULT_OPTIONS.radiusM });
  weights = $state<UnderservedWeights>({ ...DEFAULT_OPTIONS.weights });
  filters = $state<CoverageFilters>({ ...DEFAULT_OPTIONS.filters });
  result = $state.raw<CoverageResult | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);

  /** The options as one plain object, ready to cross to the worker. */
  options = $derived<CoverageOptionsPatch>({
    radiusM: this.radiusM,
    weights: this.weights,
    filters: this.filters,
  });

  byKode = $derived(
    new Map<string, KelurahanCoverage>((this.result?.kelurahan ?? []).map((k) => [k.kode, k])),
  );

  private client: CoverageClient | null = null;
  private geometrySent: Promise<unknown> | null = null;

  setRadius(program: Program, metres: number): void {
    this.radiusM[program] = metres;
  }

  setWeight(component: keyof UnderservedWeights, weight: number): void {
    this.weights[component] = weight;
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
