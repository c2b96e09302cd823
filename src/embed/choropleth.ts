/**
 * Quantile classes and colours for the embed's choropleth. A small local helper: the explorer's
 * shared classing (src/lib/map/classify.ts) did not exist yet when the embed was written; swap this
 * for it once it lands. Pure.
 */
import type { Rgba } from '../lib/map/colors';
import type { EmbedValue } from './embed-metrics';

/** Light to dark (ColorBrewer YlGnBu, 5 classes): a higher value is always darker. */
export const CLASS_COLOURS: Rgba[] = [
  [255, 255, 204, 215],
  [161, 218, 180, 215],
  [65, 182, 196, 215],
  [44, 127, 184, 215],
  [37, 52, 148, 215],
];
export const NO_DATA_COLOUR: Rgba = [205, 208, 214, 200];
/** Counts below the Home Care threshold: a colour of their own, never a class. */
export const SUPPRESSED_COLOUR: Rgba = [222, 190, 228, 215];

export interface Classes {
  /** Upper bounds of the classes, ascending; the last is the maximum. */
  upper: number[];
  min: number;
}

/** Quantile breaks over the published values; fewer classes when there are few distinct values. */
export function quantileClasses(
  values: readonly number[],
  count = CLASS_COLOURS.length,
): Classes | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const upper: number[] = [];
  for (let i = 1; i <= count; i++) {
    const v = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / count) - 1)];
    if (upper.length === 0 || v > upper[upper.length - 1]) upper.push(v);
  }
  return { upper, min: sorted[0] };
}

/** Class index of `value` (0-based), for a value within the classed range. */
export function classOf(classes: Classes, value: number): number {
  const i = classes.upper.findIndex((u) => value <= u);
  return i < 0 ? classes.upper.length - 1 : i;
}

/** Colour of class `i` of `n`, spread over the palette so 2 classes are light and dark. */
export function classColour(i: number, n: number): Rgba {
  const last = CLASS_COLOURS.length - 1;
  return CLASS_COLOURS[n <= 1 ? last : Math.round((i * last) / (n - 1))];
}

export function colourOf(classes: Classes | null, value: EmbedValue): Rgba {
  if (value.kind === 'suppressed') return SUPPRESSED_COLOUR;
  if (value.kind === 'none' || classes === null) return NO_DATA_COLOUR;
  return classColour(classOf(classes, value.value), classes.upper.length);
}
