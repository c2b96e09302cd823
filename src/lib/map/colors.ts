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

// Programme and class colours. Categories use Okabe–Ito (safe for the common colour-vision
// deficiencies); ramps are ColorBrewer sequential schemes, which stay ordered in lightness.

/** Bank sampah by status. */
export const BANK_SAMPAH_STATUS_COLORS: Record<'aktif' | 'tidak_aktif', Rgba> = {
  aktif: [0, 114, 178, 255],
  tidak_aktif: [170, 170, 170, 255],
};

/** Prodamas by category (Okabe–Ito). */
export const PRODAMAS_CATEGORY_COLORS: Record<
  'infrastruktur' | 'ekonomi' | 'sosial_budaya' | 'pendidikan' | 'kesehatan' | 'kepemudaan',
  Rgba
> = {
  infrastruktur: [230, 159, 0, 255],
  ekonomi: [86, 180, 233, 255],
  sosial_budaya: [0, 158, 115, 255],
  pendidikan: [240, 228, 66, 255],
  kesehatan: [213, 94, 0, 255],
  kepemudaan: [204, 121, 167, 255],
};

/** Home Care homes (Paul Tol's indigo: apart from every Okabe–Ito hue above). */
export const HOME_CARE_COLOR: Rgba = [51, 34, 136, 255];
export const POINT_OUTLINE: Rgba = [255, 255, 255, 230];

/** ColorBrewer YlGnBu, 5 classes, light → dark. The choropleth puts "worse served" at the dark end. */
export const CHOROPLETH_RAMP: readonly Rgba[] = [
  [255, 255, 204, 200],
  [161, 218, 180, 200],
  [65, 182, 196, 200],
  [44, 127, 184, 200],
  [37, 52, 148, 200],
];
export const NO_DATA: Rgba = [190, 190, 190, 150];

/**
 * ColorBrewer PuOr, 7 classes, for change between two periods (diverging, colour-blind safe):
 * orange = worse served, the near-white middle = no change, purple = better served.
 */
export const CHANGE_RAMP: readonly Rgba[] = [
  [179, 88, 6, 210],
  [241, 163, 64, 200],
  [254, 224, 182, 200],
  [247, 247, 247, 200],
  [216, 218, 235, 200],
  [153, 142, 195, 200],
  [84, 39, 136, 210],
];

/** ColorBrewer BuPu, 4 steps: 0, 1, 2, 3 programmes reaching a place. */
export const OVERLAP_RAMP: readonly Rgba[] = [
  [237, 248, 251, 150],
  [179, 205, 227, 170],
  [140, 150, 198, 190],
  [136, 65, 157, 210],
];

/** ColorBrewer YlOrRd, 6 steps, for the Home Care visit heatmap. */
export const HEATMAP_RAMP: readonly Rgba[] = [
  [255, 255, 178, 255],
  [254, 217, 118, 255],
  [254, 178, 76, 255],
  [253, 141, 60, 255],
  [240, 59, 32, 255],
  [189, 0, 38, 255],
];

/** Single-hue ramps (ColorBrewer Oranges, Purples) for the hexagon aggregates, few → many. */
export const PRODAMAS_HEX_RAMP: readonly Rgba[] = [
  [254, 230, 206, 200],
  [253, 174, 107, 210],
  [241, 105, 19, 220],
  [166, 54, 3, 230],
];
/** ColorBrewer Blues: bank sampah aggregates, only for a city with thousands of sites. */
export const BANK_SAMPAH_HEX_RAMP: readonly Rgba[] = [
  [239, 243, 255, 200],
  [189, 215, 231, 210],
  [107, 174, 214, 220],
  [33, 113, 181, 230],
];
export const HOME_CARE_HEX_RAMP: readonly Rgba[] = [
  [239, 237, 245, 200],
  [188, 189, 220, 210],
  [117, 107, 177, 220],
  [63, 0, 125, 230],
];

/** Catchment discs: translucent, in each programme's colour. */
export const CATCHMENT_FILL: Record<'bank_sampah' | 'prodamas' | 'home_care', Rgba> = {
  bank_sampah: [0, 114, 178, 45],
  prodamas: [230, 159, 0, 35],
  home_care: [51, 34, 136, 40],
};
export const CATCHMENT_LINE: Record<'bank_sampah' | 'prodamas' | 'home_care', Rgba> = {
  bank_sampah: [0, 114, 178, 160],
  prodamas: [230, 159, 0, 120],
  home_care: [51, 34, 136, 140],
};

/** Hypothetical sites of the planning tab: purple, apart from every programme's colour. */
export const PLAN_FILL: Rgba = [106, 61, 154, 40];
export const PLAN_LINE: Rgba = [106, 61, 154, 220];
