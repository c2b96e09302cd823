import type { DefinedKelurahanMetrics, DefinedProgramCoverage } from './defined-metrics';
import type { IndexComponentInfo } from './index-components';
import type { Program } from '../model/records';
import type { HomeCareMetrics } from './home-care';
import type { CountMetrics, Placement } from './metrics';
import type { CoverageOptions } from './options';
import type { OverlapSurface } from './overlap-surface';
import type { KelurahanPopulation, ResidentsSource } from './population';
import type { ProdamasMetrics } from './prodamas';
import type { UnderservedRow } from './underserved';
import type { DemandPointsInfo } from './residents';

/** What the engine returns (`computeAll`): per kelurahan, for the city, and the overlap raster. */

/** Counts and catchment of one programme in one kelurahan. */
export interface ProgramCoverage extends CountMetrics {
  /** Share of the area within the programme radius of a site/project/visit, 0..100. */
  coveredPct: number;
  coveredM2: number;
  /** Residents within the radius (demand grid, `coverage/residents.ts`). */
  residentsCovered: number;
  /** Share of the residents within the radius, 0..100; null without residents. */
  residentsCoveredPct: number | null;
}

export interface KelurahanCoverage {
  kode: string;
  nama: string;
  areaKm2: number;
  population: KelurahanPopulation;
  programs: Record<Program, ProgramCoverage>;
  prodamas: ProdamasMetrics;
  homeCare: HomeCareMetrics;
  underserved: UnderservedRow;
  /** Each defined programme with records here, by programme id (the rows of `defined`). */
  defined: Record<string, DefinedKelurahanMetrics>;
  /** Share of the kelurahan reached by 0, 1, 2, 3 programmes (overlap raster). */
  overlapShares: number[];
}

export interface CityCoverage {
  areaKm2: number;
  population: number;
  programs: Record<Program, ProgramCoverage & { placement: Omit<Placement, 'owner'> }>;
}

export interface CoverageResult {
  options: CoverageOptions;
  /** Reference date used for days since the last visit. */
  asOf: string | null;
  kelurahan: KelurahanCoverage[];
  city: CityCoverage;
  overlap: OverlapSurface;
  /** Defined programmes with records (presets, users' own), in the order of the input. */
  defined: DefinedProgramCoverage[];
  /** Every component of the underserved index, built-in first, with the weight used. */
  indexComponents: IndexComponentInfo[];
  /** Where the residents behind every residents-within-R figure come from. */
  residentsSource: ResidentsSource;
  /** The point layer the residents figures came from; null: the population spread by area. */
  demandPoints: DemandPointsInfo | null;
  timingsMs: {
    total: number;
    catchments: number;
    /** Residents within R of every catchment programme (the demand grid is memoised). */
    residents: number;
    overlap: number;
    defined: number;
  };
}
