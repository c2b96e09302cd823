/**
 * Map colours, `[r, g, b, a]` 0–255. The e2e pixel checks read these too, so the test and the map
 * agree on what "the kelurahan fills drew" looks like.
 */
export type Rgba = [number, number, number, number];

/** Map background when no basemap is shown. */
export const BACKGROUND: Rgba = [238, 241, 244, 255];
export const KELURAHAN_FILL: Rgba = [120, 170, 160, 110];
export const KELURAHAN_FILL_SELECTED: Rgba = [240, 160, 40, 170];
export const KELURAHAN_HIGHLIGHT: Rgba = [255, 255, 255, 110];
export const KELURAHAN_LINE: Rgba = [60, 110, 105, 255];
export const KECAMATAN_LINE: Rgba = [40, 50, 90, 255];
export const CITY_LINE: Rgba = [20, 25, 45, 255];
export const LABEL_TEXT: Rgba = [25, 35, 45, 255];
export const LABEL_HALO: Rgba = [255, 255, 255, 220];

export function toCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}
