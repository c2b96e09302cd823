import type { CoverageOptionsPatch } from '../coverage/options';
import type { DemandPointsInfo } from '../coverage/residents';
import type { ResidentsSource } from '../coverage/population';

/**
 * What the planning tab asks of the coverage worker and what it gets back (plain data and typed
 * arrays: the answers cross the thread boundary).
 */

/** A scenario as the worker needs it: the programme, its radius, the site changes. */
export interface PlanRequest {
  /** Bumped whenever the stored records change (the worker re-reads them then). */
  recordsVersion: number;
  target: string;
  radiusM: number;
  added: readonly { id: string; lng: number; lat: number }[];
  removed: readonly string[];
  /** The explorer's options: its filters decide which real sites count, its weights the index. */
  options: CoverageOptionsPatch;
}

/** Covered area and residents, now and as the change against the real sites. */
export interface PlanFigures {
  /** The real sites the programme counts (before the scenario). */
  realSites: number;
  residentsSource: ResidentsSource;
  /** The point layer the residents came from; null: the population spread by area. */
  demandPoints: DemandPointsInfo | null;
  city: {
    coveredPct: number;
    coveredPp: number;
    residents: number;
    residentsCovered: number;
    residentsDelta: number;
    residentsPct: number;
    residentsPp: number;
  };
  /** Per kelurahan, city order (kodes as `setGeometry` returned them). */
  coveredPct: Float64Array;
  coveredPp: Float64Array;
  residentsPct: Float64Array;
  residentsPp: Float64Array;
  /** Per added site (request order): residents only it reaches (lost if it were taken away). */
  siteGain: Float64Array;
  /** Worker time of the last update, ms. */
  ms: number;
}

/** The underserved index and ranks with the scenario, beside the real ones. */
export interface PlanRanks {
  score: Float64Array;
  scoreDelta: Float64Array;
  rank: Int32Array;
  rankDelta: Int32Array;
}

/** Where new sites may go: a grid over the city, or the points of a programme. */
export type CandidateSource = { kind: 'grid'; spacingM: number } | { kind: 'program'; id: string };

export interface SuggestRequest extends PlanRequest {
  k: number;
  candidates: CandidateSource;
}

export interface Suggestion {
  /** Chosen sites in the order picked, with the residents each newly covers. */
  sites: { lng: number; lat: number; gain: number }[];
  /** Residents covered after 0, 1, …, K picks (index 0: the scenario as it was). */
  curve: number[];
  residents: number;
  candidates: number;
  /** Whether the swap step improved on the greedy choice. */
  swapped: boolean;
  ms: number;
}
