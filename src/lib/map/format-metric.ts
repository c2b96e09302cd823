import type { MetricDef } from '../explore/metric-catalog';

type FormatNumber = (value: number, options?: Intl.NumberFormatOptions) => string;

/** A metric value in its unit, formatted by the caller's locale-aware `number`. */
export function formatMetricValue(
  number: FormatNumber,
  unit: MetricDef['unit'],
  value: number,
): string {
  switch (unit) {
    case 'pct':
      return number(value / 100, { style: 'percent', maximumFractionDigits: 1 });
    case 'rupiah':
      return number(value, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
    case 'rate':
    case 'score':
      return number(value, { maximumFractionDigits: 2 });
    default:
      return number(value, { maximumFractionDigits: 0 });
  }
}
