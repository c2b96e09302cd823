import type { BankSampah, HomeCareVisit, ProdamasProject } from '../model/records';
import type { DefinedRecord } from '../model/defined-record';
import type { ProgramDefinition } from '../programs/definition';

/** A record under the pointer, for the tooltip. */
export type RecordHit =
  | { program: 'bank_sampah'; record: BankSampah }
  | { program: 'prodamas'; record: ProdamasProject }
  | { program: 'home_care'; record: HomeCareVisit; visits: number }
  | { program: 'defined'; definition: ProgramDefinition; record: DefinedRecord };

/** The point sets the map draws, one per kind; a home is all visits of a patient at one place. */
export type PointKind =
  | 'bankSampah'
  | 'prodamas'
  | 'homeCareVisits'
  | 'homes'
  /** A defined programme's points, by its id. */
  | `defined:${string}`;

/**
 * Points as deck.gl binary attributes: no record objects on the main thread. Built in the
 * coverage worker from the stored, filtered records and transferred (not copied).
 */
export interface PointSet {
  length: number;
  /** `[lng, lat]` per point, degrees; Float64 keeps sub-metre places at street zoom. */
  positions: Float64Array;
  /** `[r, g, b, a]` per point, 0–255. */
  colors: Uint8Array;
  /** Point radius per point, CSS pixels. */
  radii: Float32Array;
  /** Weight per point in the aggregates (Home Care: visits per home; else 1). */
  weights: Float32Array;
}

/** Hexagon aggregates ready to draw (hex-cells.ts): one centre, summed weight and colour each. */
export interface HexCells {
  length: number;
  /** `[lng, lat]` of each cell's centre, degrees. */
  positions: Float64Array;
  weights: Float32Array;
  /** `[r, g, b, a]` per cell, the ramp step of its weight. */
  colors: Uint8Array;
}

/** The records the map draws: already filtered, only those with a location. */
export interface MapRecords {
  /** Which worker answer these came from; a tooltip asks for a record by `(token, kind, index)`. */
  token: number;
  bankSampah: PointSet;
  prodamas: PointSet;
  /** Visits (the heatmap weighs each one). */
  homeCareVisits: PointSet;
  /** One point per home (the points and catchments). */
  homes: PointSet;
  /** Points of each defined programme with stored, located records (presets, users' own). */
  defined: readonly {
    program: string;
    /** Its definition's archetype, name and colour, for the toggles and the legend. */
    archetype: ProgramDefinition['archetype'];
    names: ProgramDefinition['names'];
    color: ProgramDefinition['color'];
    set: PointSet;
  }[];
  /** The city-zoom aggregates of the dense sets (homes weighted by visits). */
  hex: { bankSampah: HexCells; prodamas: HexCells; homes: HexCells };
}

/** The pointer over point `index` of a kind's set (-1: over none), at `xy` CSS pixels. */
export type PointHover = (kind: PointKind, index: number, xy: [number, number]) => void;

/**
 * Bank sampah stay points at every zoom while the city has this many sites or fewer (today 134):
 * each one's status is the point. A larger set (a province-wide import) is drawn as hexagons
 * below `POINTS_MIN_ZOOM` (zoom-levels.ts) like the other dense programmes, and its catchment discs only from
 * there: 100,000 discs at city zoom are one blue sheet and a frame of seconds.
 */
export const BANK_SAMPAH_POINTS_MAX = 5000;
