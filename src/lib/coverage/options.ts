import type { Program } from '../model/records';
import type { BankSampahStatus, HomeCareGroup, ProdamasCategory } from '../model/records';

/** Weights of the underserved index components (any non-negative numbers; they are normalised). */
export interface UnderservedWeights {
  bank_sampah_catchment: number;
  prodamas_rt_reach: number;
  prodamas_budget: number;
  home_care_reach: number;
}

/** Which records count. `null` means no restriction. */
export interface CoverageFilters {
  /** Bank sampah statuses that count as sites (default: only `aktif`). */
  bankSampahStatus: readonly BankSampahStatus[] | null;
  prodamasYear: number | null;
  prodamasCategories: readonly ProdamasCategory[] | null;
  /** ISO dates `YYYY-MM-DD`, inclusive. */
  homeCareFrom: string | null;
  homeCareTo: string | null;
  homeCareGroups: readonly HomeCareGroup[] | null;
}

export interface CoverageOptions {
  /** Catchment radius per programme, metres (sources in src/lib/coverage/README.md). */
  radiusM: Record<Program, number>;
  weights: UnderservedWeights;
  filters: CoverageFilters;
  /** Reference date for "days since the last visit" (ISO); null = the latest visit in the data. */
  asOf: string | null;
  /** Cell size of the overlap surface, metres. */
  overlapCellM: number;
  /** Residents per RT when a kelurahan's RT count is unknown (301,424 / 1,478 ≈ 204). */
  personsPerRt: number;
}

export const DEFAULT_OPTIONS: CoverageOptions = {
  radiusM: { bank_sampah: 500, prodamas: 120, home_care: 500 },
  weights: {
    bank_sampah_catchment: 1,
    prodamas_rt_reach: 0.5,
    prodamas_budget: 0.5,
    home_care_reach: 1,
  },
  filters: {
    bankSampahStatus: ['aktif'],
    prodamasYear: null,
    prodamasCategories: null,
    homeCareFrom: null,
    homeCareTo: null,
    homeCareGroups: null,
  },
  asOf: null,
  overlapCellM: 25,
  personsPerRt: 204,
};

/** Options as callers pass them: anything unset, at any level, takes its default. */
export type CoverageOptionsPatch = Partial<
  Omit<CoverageOptions, 'radiusM' | 'weights' | 'filters'>
> & {
  radiusM?: Partial<CoverageOptions['radiusM']>;
  weights?: Partial<UnderservedWeights>;
  filters?: Partial<CoverageFilters>;
};

/** Fills unset options from {@link DEFAULT_OPTIONS} (one level deep for the nested records). */
export function resolveOptions(partial: CoverageOptionsPatch = {}): CoverageOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...partial,
    radiusM: { ...DEFAULT_OPTIONS.radiusM, ...partial.radiusM },
    weights: { ...DEFAULT_OPTIONS.weights, ...partial.weights },
    filters: { ...DEFAULT_OPTIONS.filters, ...partial.filters },
  };
}
