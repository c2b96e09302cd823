/**
 * Writing a change between two periods: a signed figure in the metric's unit, the period names,
 * and the rows of the diverging legend. Pure: locale in, text out (the app, its report and the
 * embed share it).
 */
import type { Period } from '../coverage/periods';
import { yearOf } from '../coverage/periods';
import { formatDate, translate, type Locale } from '../i18n/translate';
import { NO_DATA, toCss } from '../map/colors';
import type { LegendEntry } from './legend-model';
import { formatMetric, type FormatOptions, type MetricUnit } from './format-metric';
import type { ChangeClass } from './period-change';

const MINUS = '\u2212';

/**
 * `+3`, `−1,5 poin` / `−1.5 pp` (a share changes by percentage points), `±0`. The amount is
 * the unit's own form (`formatMetric`), so a change reads like the figure it changes.
 */
export function formatChange(
  locale: Locale,
  unit: MetricUnit,
  delta: number,
  options: FormatOptions = {},
): string {
  if (delta === 0) return '±0';
  const sign = delta > 0 ? '+' : MINUS;
  const size = Math.abs(delta);
  const amount =
    unit === 'pct'
      ? translate(locale, 'periods.points', {
          value: formatMetric(locale, 'score', size, options),
        })
      : formatMetric(locale, unit, size, options);
  return `${sign}${amount}`;
}

/** A period as a reader says it: `2024`, or `1 Mar 2024 – 30 Jun 2024`. */
export function periodLabel(locale: Locale, period: Period): string {
  const year = yearOf(period);
  if (year !== null) return String(year);
  const date = (iso: string) =>
    formatDate(locale, new Date(`${iso}T00:00:00Z`), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return translate(locale, 'legend.range', { from: date(period.from), to: date(period.to) });
}

/** `2023 → 2024`. */
export const spanLabel = (locale: Locale, a: Period, b: Period): string =>
  translate(locale, 'periods.span', { a: periodLabel(locale, a), b: periodLabel(locale, b) });

/**
 * Legend rows of a change colouring, worst first: each class's range of change (signed), the
 * middle "no change", "no data" when some kelurahan lack a figure in either period; the ends
 * say which side is worse and which is better.
 */
export function changeLegend(
  locale: Locale,
  unit: MetricUnit,
  classes: readonly ChangeClass[],
  noDataCount: number,
): LegendEntry[] {
  // The shortest form that keeps every two different bounds apart (as the metric legend does).
  const values = [...new Set(classes.flatMap((c) => [c.min, c.max]))];
  const forms: FormatOptions[] = [{ short: true }, { short: true, shortDigits: 2, digits: 2 }];
  const options = forms.find(
    (o) => new Set(values.map((v) => formatChange(locale, unit, v, o))).size === values.length,
  ) ?? { digits: 3 };
  const fmt = (v: number) => (v === 0 ? '0' : formatChange(locale, unit, v, options));
  const last = classes.length - 1;
  const entries: LegendEntry[] = classes.map((c, i) => {
    const range =
      c.side === 'none'
        ? translate(locale, 'periods.noChange')
        : c.min === c.max
          ? fmt(c.min)
          : translate(locale, 'legend.range', { from: fmt(c.min), to: fmt(c.max) });
    const end = i === 0 ? 'periods.worse' : i === last ? 'periods.better' : null;
    return {
      colour: toCss(c.color),
      label: end ? `${range} (${translate(locale, end)})` : range,
      count: c.count,
    };
  });
  if (noDataCount > 0)
    entries.push({
      colour: toCss(NO_DATA),
      label: translate(locale, 'legend.noData'),
      count: noDataCount,
    });
  return entries;
}
