/**
 * Colours of the embed's choropleth: the explorer's own classing (src/lib/explore/classify.ts, quantile)
 * and ramp (CHOROPLETH_RAMP, dark = worse served), so a kelurahan looks the same in the app and in
 * the embed. The embed adds one colour of its own for Home Care counts hidden below the threshold.
 * Pure.
 */
import { CHOROPLETH_RAMP, NO_DATA, type Rgba } from '../lib/map/colors';
import { classIndexOf, quantileClasses, rampIndex, type ClassRange } from '../lib/explore/classify';
import { CHOROPLETH_CLASSES } from '../lib/explore/choropleth';
import type { MetricDef } from '../lib/explore/metric-catalog';
import type { ChoroplethLegend } from '../lib/explore/legend-model';
import type { EmbedValue } from './embed-metrics';

export const CLASS_COLOURS: readonly Rgba[] = CHOROPLETH_RAMP;
const NO_DATA_COLOUR: Rgba = NO_DATA;
/** Counts below the Home Care threshold: a colour of their own, never a class. */
export const SUPPRESSED_COLOUR: Rgba = [222, 190, 228, 215];

export type { ClassRange };

/** Quantile classes over the published values (hidden counts and missing values take no part). */
export function embedClasses(values: readonly EmbedValue[]): ClassRange[] {
  return quantileClasses(
    values.flatMap((v) => (v.kind === 'value' ? [v.value] : [])),
    CHOROPLETH_CLASSES,
  );
}

/** Colour of class `i` of `count`, oriented so that the worse-served end is dark. */
function classColour(i: number, count: number, better: MetricDef['better']): Rgba {
  return CLASS_COLOURS[rampIndex(i, count, CLASS_COLOURS.length, better === 'higher')];
}

export function colourOf(
  classes: readonly ClassRange[],
  better: MetricDef['better'],
  value: EmbedValue,
): Rgba {
  if (value.kind === 'suppressed') return SUPPRESSED_COLOUR;
  const i = value.kind === 'value' ? classIndexOf(classes, value.value) : -1;
  return i < 0 ? NO_DATA_COLOUR : classColour(i, classes.length, better);
}

/** The legend of the embed's map: its classes in their colours, hidden counts, missing values. */
export function embedLegend(
  classes: readonly ClassRange[],
  metric: Pick<MetricDef, 'better' | 'unit'>,
  values: readonly EmbedValue[],
  minCount: number,
): ChoroplethLegend {
  return {
    unit: metric.unit,
    classes: classes.map((c, i) => ({
      ...c,
      color: classColour(i, classes.length, metric.better),
    })),
    noDataCount: values.filter((v) => v.kind === 'none').length,
    ...(values.some((v) => v.kind === 'suppressed')
      ? { suppressed: { color: SUPPRESSED_COLOUR, minCount } }
      : {}),
  };
}
