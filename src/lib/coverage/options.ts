import type { DefinedFilters } from './defined-filter';
import type { Program } from '../model/records';
import type { BankSampahStatus, HomeCareGroup, ProdamasCategory } from '../model/records';

/**
 * Weights of the built-in programmes' index components (any non-negative numbers; they are
 * normalised). Defined programmes' components are weighted by their own ids in the same record.
 */
interface UnderservedWeights {
  bank_sampah_catchment: number;
  prodamas_rt_reach: number;
  prodamas_budget: number;
  home_care_reach: number;
}

/** Index weights by component id: the built-ins' always, a defined one's where the user set it. */
export type IndexWeights = UnderservedWeights & Readonly<Record<string, number>>;

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
  /** Catchment radius of defined site programmes by programme id; absent: the definition's. */
  definedRadiusM: Readonly<Record<string, number>>;
  weights: IndexWeights;
  filters: CoverageFilters;
  /** Filters of defined programmes by programme id (their own fields). */
  definedFilters: DefinedFilters;
  /** Reference date for "days since the last visit" (ISO); null = the latest visit in the data. */
  asOf: string | null;
  /** Cell size of the overlap surface, metres. */
  overlapCellM: number;
  /** Residents per RT when a kelurahan's RT count is unknown (301,424 / 1,478 ≈ 204). */
  personsPerRt: number;
  /**
   * Where residents are: null spreads each kelurahan's population over its area (50 m grid);
   * otherwise the located records of a defined programme (RT points, buildings), each weighing
   * its number `field` (null: 1 each). See residents.ts.
   */
  demandPoints: DemandPointsOption | null;
}

/** An imported point layer as the residents' places. */
export interface DemandPointsOption {
  program: string;
  field: string | null;
}

export const DEFAULT_OPTIONS: CoverageOptions = {
  radiusM: { bank_sampah: 500, prodamas: 120, home_care: 500 },
  definedRadiusM: {},
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
  definedFilters: {},
  asOf: null,
  overlapCellM: 25,
  personsPerRt: 204,
  demandPoints: null,
};

/**
 * Limits of each programme's catchment radius in the app, metres: the coverage panel's sliders,
 * the URL parser and the coverage state all read these (bank sampah 300–800 m is the facts file's
 * suggested walking range). The engine itself takes any radius, so the CLI and benches may go
 * outside them.
 */
export interface RadiusLimits {
  minM: number;
  maxM: number;
  stepM: number;
}

export const RADIUS_LIMITS_M: Record<Program, RadiusLimits> = {
  bank_sampah: { minM: 300, maxM: 800, stepM: 10 },
  prodamas: { minM: 50, maxM: 500, stepM: 10 },
  home_care: { minM: 200, maxM: 3000, stepM: 50 },
};

/**
 * The radius a range input with these limits would show for `metres`: clamped to [min, max], then
 * snapped to the nearest `min + k·step`, a tie going up — the rule of HTML's `<input type=range>`
 * (step base = min). Storing this value keeps the slider and the engine on the same radius.
 */
export function snapRadiusM(program: Program, metres: number): number {
  return snapToLimits(RADIUS_LIMITS_M[program], metres);
}

/** {@link snapRadiusM} for any limits (a defined programme's). */
export function snapToLimits({ minM, maxM, stepM }: RadiusLimits, metres: number): number {
  const clamped = Math.min(maxM, Math.max(minM, metres));
  const snapped = minM + Math.round((clamped - minM) / stepM) * stepM;
  // Only reachable if max is off the step grid: HTML then takes the last step below max.
  return snapped > maxM ? snapped - stepM : snapped;
}

/**
 * Slider limits for a defined site programme, around its definition's radius: from half of it
 * to three times it (within the format's 25 m – 5 km), in steps of 10 m (50 m from 1 km up),
 * with the default on the step grid so that the slider can always go back to it.
 */
export function definedRadiusLimits(defaultM: number): RadiusLimits {
  const stepM = defaultM >= 1000 ? 50 : 10;
  const down = Math.floor(Math.min(defaultM / 2, defaultM - 25) / stepM);
  const up = Math.floor(Math.min(2 * defaultM, 5000 - defaultM) / stepM);
  return { minM: defaultM - down * stepM, maxM: defaultM + up * stepM, stepM };
}

/** Options as callers pass them: anything unset, at any level, takes its default. */
export type CoverageOptionsPatch = Partial<
  Omit<CoverageOptions, 'radiusM' | 'weights' | 'filters'>
> & {
  radiusM?: Partial<CoverageOptions['radiusM']>;
  weights?: Partial<UnderservedWeights> & Readonly<Record<string, number>>;
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
