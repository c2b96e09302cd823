import type { BankSampah, HomeCareVisit, ProdamasProject } from '../model/records';
import type { HomePoint, Located } from './home-points';

/** A record under the pointer, for the tooltip. */
export type RecordHit =
  | { program: 'bank_sampah'; record: BankSampah }
  | { program: 'prodamas'; record: ProdamasProject }
  | { program: 'home_care'; record: HomeCareVisit; visits: number };

export type RecordHover = (hit: RecordHit | null, xy: [number, number]) => void;

/** The records the map draws: already filtered, only those with a location. */
export interface MapRecords {
  bankSampah: readonly Located<BankSampah>[];
  prodamas: readonly Located<ProdamasProject>[];
  /** Visits (the heatmap weighs each one). */
  homeCareVisits: readonly Located<HomeCareVisit>[];
  /** One point per home (the points and catchments). */
  homes: readonly HomePoint[];
}
