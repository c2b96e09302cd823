import type { BankSampah, HomeCareVisit, ProdamasProject } from '../model/records';
import type { CoverageFilters } from '../coverage/options';
import { filterRecords } from '../coverage/filter-records';
import { countedRecords, type DefinedFilters } from '../coverage/defined-filter';
import {
  BANK_SAMPAH_HEX_RAMP,
  BANK_SAMPAH_STATUS_COLORS,
  HOME_CARE_COLOR,
  HOME_CARE_HEX_RAMP,
  PRODAMAS_CATEGORY_COLORS,
  PRODAMAS_HEX_RAMP,
  type Rgba,
} from './colors';
import { homeRadiusPx, homesOf, located, type HomePoint, type Located } from './home-points';
import type { HexCells, MapRecords, PointSet } from './record-types';
import { HEX_RADIUS_M, hexCells } from './hex-cells';
import type { LocalFrame } from '../geo/local-frame';
import type { ProgramDefinition } from '../programs/definition';
import type { DefinedRecord } from '../model/defined-record';

/** Radius of a bank sampah and a Prodamas point, CSS pixels. */
const BANK_SAMPAH_RADIUS_PX = 6;
const PRODAMAS_RADIUS_PX = 4;
const DEFINED_RADIUS_PX = 5;
/** A status or category the palette does not know (old data) still draws, in neutral grey. */
const UNKNOWN: Rgba = [120, 120, 120, 255];

/** The records behind each point, by index, for the tooltip; they stay where the sets are built. */
export interface PointRecords {
  bankSampah: readonly Located<BankSampah>[];
  prodamas: readonly Located<ProdamasProject>[];
  homes: readonly HomePoint[];
  /** The drawn records of each defined programme, by id, in point order (for tooltips). */
  defined: ReadonlyMap<
    string,
    { definition: ProgramDefinition; records: readonly Located<DefinedRecord>[] }
  >;
}

function pointSet<T>(
  items: readonly T[],
  position: (item: T, out: Float64Array, at: number) => void,
  color: (item: T) => Rgba,
  radius: (item: T) => number,
  weight: (item: T) => number,
): PointSet {
  const n = items.length;
  const set: PointSet = {
    length: n,
    positions: new Float64Array(2 * n),
    colors: new Uint8Array(4 * n),
    radii: new Float32Array(n),
    weights: new Float32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const item = items[i];
    position(item, set.positions, 2 * i);
    set.colors.set(color(item), 4 * i);
    set.radii[i] = radius(item);
    set.weights[i] = weight(item);
  }
  return set;
}

const lngLat = (r: { lng: number; lat: number }, out: Float64Array, at: number) => {
  out[at] = r.lng;
  out[at + 1] = r.lat;
};

/**
 * The map's point sets for the stored records under `filters`, by the same filter rule as the
 * engine and the panels. `personal` false leaves Home Care out (the embed, shared views). Pure;
 * runs in the coverage worker, whose answer's buffers are transferred to the map.
 */
export function buildMapPoints(
  input: {
    bankSampah: readonly BankSampah[];
    prodamas: readonly ProdamasProject[];
    homeCare: readonly HomeCareVisit[];
    /** Records of defined programmes with their definitions. */
    defined?: readonly { definition: ProgramDefinition; records: readonly DefinedRecord[] }[];
  },
  filters: CoverageFilters,
  personal: boolean,
  /** The city's metric frame, in which the hexagons are binned. */
  frame: LocalFrame,
  /** Filters of defined programmes on their own fields (the engine's rule: `countedRecords`). */
  definedFilters: DefinedFilters = {},
): { sets: Omit<MapRecords, 'token'>; records: PointRecords } {
  const filtered = filterRecords(input, filters);
  const bankSampah = located(filtered.bankSampah);
  const prodamas = located(filtered.prodamas);
  const visits = personal ? located(filtered.homeCare) : [];
  const homes = personal ? homesOf(filtered.homeCare) : [];
  const one = () => 1;
  const sets = {
    bankSampah: pointSet(
      bankSampah,
      lngLat,
      (r) => BANK_SAMPAH_STATUS_COLORS[r.status] ?? UNKNOWN,
      () => BANK_SAMPAH_RADIUS_PX,
      one,
    ),
    prodamas: pointSet(
      prodamas,
      lngLat,
      (r) => PRODAMAS_CATEGORY_COLORS[r.category] ?? UNKNOWN,
      () => PRODAMAS_RADIUS_PX,
      one,
    ),
    homeCareVisits: pointSet(visits, lngLat, () => HOME_CARE_COLOR, one, one),
    homes: pointSet(
      homes,
      (h, out, at) => out.set(h.position, at),
      () => HOME_CARE_COLOR,
      (h) => homeRadiusPx(h.visits),
      // Weighted by visits in the hexagons, so a home visited often counts for more.
      (h) => h.visits,
    ),
  };
  const hex = {
    bankSampah: hexCells(sets.bankSampah, frame, HEX_RADIUS_M, BANK_SAMPAH_HEX_RAMP),
    prodamas: hexCells(sets.prodamas, frame, HEX_RADIUS_M, PRODAMAS_HEX_RAMP),
    homes: hexCells(sets.homes, frame, HEX_RADIUS_M, HOME_CARE_HEX_RAMP),
  };
  // A defined programme's points are drawn where its privacy class allows: everywhere when its
  // points are public, only in the user's own full view (`personal`) otherwise.
  const drawn = (input.defined ?? [])
    .filter(({ definition }) => personal || definition.privacy === 'public_points')
    .map(({ definition, records }) => ({
      definition,
      records: located(countedRecords(definition, records, definedFilters[definition.id])),
    }))
    .filter((d) => d.records.length > 0);
  const defined = drawn.map(({ definition, records }) => ({
    program: definition.id,
    archetype: definition.archetype,
    names: definition.names,
    color: definition.color,
    set: pointSet(
      records,
      lngLat,
      () => [...definition.color, 255] as Rgba,
      () => DEFINED_RADIUS_PX,
      one,
    ),
  }));
  return {
    sets: { ...sets, defined, hex },
    records: {
      bankSampah,
      prodamas,
      homes,
      defined: new Map(drawn.map((d) => [d.definition.id, d])),
    },
  };
}

/** A point set with no points (before the first worker answer). */
export function emptyPointSet(): PointSet {
  return {
    length: 0,
    positions: new Float64Array(0),
    colors: new Uint8Array(0),
    radii: new Float32Array(0),
    weights: new Float32Array(0),
  };
}

const emptyCells = (): HexCells => ({
  length: 0,
  positions: new Float64Array(0),
  weights: new Float32Array(0),
  colors: new Uint8Array(0),
});

export const EMPTY_MAP_RECORDS: MapRecords = {
  token: 0,
  bankSampah: emptyPointSet(),
  prodamas: emptyPointSet(),
  homeCareVisits: emptyPointSet(),
  homes: emptyPointSet(),
  defined: [],
  hex: { bankSampah: emptyCells(), prodamas: emptyCells(), homes: emptyCells() },
};

/** The buffers of `sets`, for `Comlink.transfer`. */
export function pointBuffers(sets: Omit<MapRecords, 'token'>): ArrayBuffer[] {
  // The sets' arrays are built here with `new`, never on shared memory.
  const { hex, defined, ...points } = sets;
  return [
    ...[...Object.values(points), ...defined.map((d) => d.set)].flatMap((s: PointSet) => [
      s.positions,
      s.colors,
      s.radii,
      s.weights,
    ]),
    ...Object.values(hex).flatMap((c: HexCells) => [c.positions, c.weights, c.colors]),
  ].map((a) => a.buffer as ArrayBuffer);
}
