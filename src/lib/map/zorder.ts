import type { Program } from '../model/records';

/**
 * Every deck.gl layer id, bottom to top. `buildLayers` sorts by this list, so a layer's place in
 * the drawing order is decided here and nowhere else.
 */
export const Z_ORDER = [
  // Area fills: the kelurahan (plain or choropleth), then surfaces that cover the whole city.
  'kelurahan-fill',
  'overlap-surface',
  'home-care-heatmap',
  // Catchment discs under the boundaries, so the lines stay readable through them.
  'home-care-catchments',
  'prodamas-catchments',
  'bank-sampah-catchments',
  // The planning tab's hypothetical sites' catchments, over the real ones they add to.
  'plan-catchments',
  'kelurahan-line',
  'kecamatan-line',
  'kota-line',
  // Aggregates at low zoom, then points; the fewest (bank sampah) on top, easiest to hover.
  'home-care-hex',
  'prodamas-hex',
  'bank-sampah-hex',
  'home-care-points',
  // One layer per defined programme (a preset, a user's own): `defined-points:<id>`.
  'defined-points',
  'prodamas-points',
  'bank-sampah-points',
  'kelurahan-labels',
] as const;

export type LayerId = (typeof Z_ORDER)[number];

/** The catchment layer of each programme. */
export const CATCHMENT_LAYER_ID = {
  bank_sampah: 'bank-sampah-catchments',
  prodamas: 'prodamas-catchments',
  home_care: 'home-care-catchments',
} as const satisfies Record<Program, LayerId>;

/** The layer id of a defined programme's points; it sorts at `defined-points`. */
export const definedPointsLayerId = (program: string): string => `defined-points:${program}`;

export function zIndexOf(id: string): number {
  const group = id.startsWith('defined-points:') ? 'defined-points' : id;
  const index = (Z_ORDER as readonly string[]).indexOf(group);
  if (index < 0) throw new Error(`Layer id "${id}" is missing from zorder.ts`);
  return index;
}
