/**
 * Every deck.gl layer id, bottom to top. `buildLayers` sorts by this list, so a layer's place in
 * the drawing order is decided here and nowhere else.
 */
export const Z_ORDER = [
  'kelurahan-fill',
  'kelurahan-line',
  'kecamatan-line',
  'kota-line',
  'kelurahan-labels',
] as const;

export type LayerId = (typeof Z_ORDER)[number];

export function zIndexOf(id: string): number {
  const index = (Z_ORDER as readonly string[]).indexOf(id);
  if (index < 0) throw new Error(`Layer id "${id}" is missing from zorder.ts`);
  return index;
}
