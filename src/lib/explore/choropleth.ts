import type { KelurahanCoverage } from '../coverage/result';
import { metricDef, type MetricId } from './metric-catalog';
import { classIndexOf, classesOf, rampIndex, type ClassMethod, type ClassRange } from './classify';
import { CHOROPLETH_RAMP, NO_DATA, type Rgba } from '../map/colors';

export const CHOROPLETH_CLASSES = 5;

interface ChoroplethClass extends ClassRange {
  color: Rgba;
  /** Kelurahan in the class. */
  count: number;
}

/** A classed metric: what the fill layer colours and what the legend lists (ascending values). */
export interface Choropleth {
  metric: MetricId;
  method: ClassMethod;
  classes: ChoroplethClass[];
  /** Kelurahan without a value for the metric. */
  noDataCount: number;
  colorByKode: ReadonlyMap<string, Rgba>;
  valueByKode: ReadonlyMap<string, number | null>;
  /** A short stable key of the colouring, for deck.gl `updateTriggers`. */
  key: string;
}

/**
 * Classes `metric` over the kelurahan and picks a colour for each. The ramp is oriented by the
 * metric's direction, so the dark end always means "worse served" whatever the metric.
 */
export function choroplethOf(
  rows: readonly KelurahanCoverage[],
  metric: MetricId,
  method: ClassMethod,
  k = CHOROPLETH_CLASSES,
): Choropleth {
  const def = metricDef(metric);
  const values = rows.map((row) => def.value(row));
  const ranges = classesOf(values, method, k);
  // Ascending values go light → dark when higher is worse, dark → light when higher is better.
  const reverse = def.better === 'higher';
  const classes: ChoroplethClass[] = ranges.map((range, i) => ({
    ...range,
    color: CHOROPLETH_RAMP[rampIndex(i, ranges.length, CHOROPLETH_RAMP.length, reverse)],
    count: 0,
  }));
  const colorByKode = new Map<string, Rgba>();
  const valueByKode = new Map<string, number | null>();
  let noDataCount = 0;
  rows.forEach((row, r) => {
    const index = classIndexOf(ranges, values[r]);
    valueByKode.set(row.kode, values[r]);
    if (index < 0) {
      noDataCount += 1;
      colorByKode.set(row.kode, NO_DATA);
    } else {
      classes[index].count += 1;
      colorByKode.set(row.kode, classes[index].color);
    }
  });
  const key = `${metric}|${method}|${ranges.map((c) => `${c.min}-${c.max}`).join(',')}|${values.join(',')}`;
  return { metric, method, classes, noDataCount, colorByKode, valueByKode, key };
}
