/**
 * The one legend model: a classed choropleth (classes, colours, metric unit) as legend rows, for
 * the app's legend, its PNG export and the embed alike. Pure: data in, rows of text out.
 */
import {
  CITY_LINE,
  KECAMATAN_LINE,
  KELURAHAN_FILL,
  KELURAHAN_FILL_SELECTED,
  NO_DATA,
  toCss,
  type Rgba,
} from '../map/colors';
import { translate, type Locale } from '../i18n/translate';
import { formatMetric, type FormatOptions, type MetricUnit } from './format-metric';

export interface LegendEntry {
  /** CSS colour of the swatch. */
  colour: string;
  label: string;
  /** Kelurahan in the row, where the legend counts them. */
  count?: number;
  /** A line instead of a filled square (boundaries). */
  line?: boolean;
}

export interface LegendClass {
  /** Smallest and largest value in the class (closed interval). */
  min: number;
  max: number;
  color: Rgba;
  count?: number;
}

export interface ChoroplethLegend {
  unit: MetricUnit;
  /** Ascending, lowest first. */
  classes: readonly LegendClass[];
  /** Kelurahan without a value; a "no data" row when above 0. */
  noDataCount: number;
  /** Counts hidden below a threshold (the embed's Home Care figures): a row of their own. */
  suppressed?: { color: Rgba; minCount: number; count?: number };
}

/**
 * Ways to write class bounds, shortest first. A legend takes the first that keeps every two
 * different bounds apart: classes of 2,380,952 and 2,381,825 rupiah would both read
 * "Rp 2,4 juta" in the short form and so are written in full.
 */
const PRECISION: Record<MetricUnit, readonly FormatOptions[]> = {
  pct: [{}, { digits: 2 }],
  rupiah: [{ short: true }, { short: true, shortDigits: 2 }, {}],
  rate: [{}, { digits: 3 }],
  score: [{}, { digits: 2 }],
  count: [{ short: true }, { short: true, shortDigits: 2 }, {}],
  days: [{}, { digits: 1 }],
};

/** How the bounds of `classes` are written: the shortest form that tells them apart. */
export function boundFormat(
  locale: Locale,
  unit: MetricUnit,
  classes: readonly Pick<LegendClass, 'min' | 'max'>[],
): (value: number) => string {
  const bounds = [...new Set(classes.flatMap((c) => [c.min, c.max]))];
  const steps = PRECISION[unit];
  for (const options of steps) {
    const labels = new Set(bounds.map((v) => formatMetric(locale, unit, v, options)));
    if (labels.size === bounds.length) return (v) => formatMetric(locale, unit, v, options);
  }
  const last = steps[steps.length - 1];
  return (v) => formatMetric(locale, unit, v, last);
}

/** Legend rows: one per class (lowest first), then hidden counts and "no data" when present. */
export function choroplethLegend(locale: Locale, legend: ChoroplethLegend): LegendEntry[] {
  const fmt = boundFormat(locale, legend.unit, legend.classes);
  const entries: LegendEntry[] = legend.classes.map((c) => ({
    colour: toCss(c.color),
    label:
      c.min === c.max
        ? fmt(c.min)
        : translate(locale, 'legend.range', { from: fmt(c.min), to: fmt(c.max) }),
    ...(c.count === undefined ? {} : { count: c.count }),
  }));
  if (legend.suppressed) {
    const { color, minCount, count } = legend.suppressed;
    entries.push({
      colour: toCss(color),
      label: translate(locale, 'legend.suppressed', { min: minCount }),
      ...(count === undefined ? {} : { count }),
    });
  }
  if (legend.noDataCount > 0)
    entries.push({
      colour: toCss(NO_DATA),
      label: translate(locale, 'legend.noData'),
      count: legend.noDataCount,
    });
  return entries;
}

/** What the exported PNG lists: the choropleth (or the plain fill), the selection, boundaries. */
export function exportLegend(
  locale: Locale,
  choropleth: ChoroplethLegend | null,
  selected: boolean,
): LegendEntry[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  // The image has no room for counts: colours and labels only.
  const entries: LegendEntry[] = choropleth
    ? choroplethLegend(locale, choropleth).map(({ colour, label }) => ({ colour, label }))
    : [{ colour: toCss(KELURAHAN_FILL), label: t('share.legend.kelurahan') }];
  if (selected)
    entries.push({ colour: toCss(KELURAHAN_FILL_SELECTED), label: t('share.legend.selected') });
  entries.push(
    { colour: toCss(KECAMATAN_LINE), label: t('share.legend.kecamatan'), line: true },
    { colour: toCss(CITY_LINE), label: t('share.legend.city'), line: true },
  );
  return entries;
}
