import type { MetricDef } from '../lib/explore/metric-catalog';
import { formatNumber, translate, type Locale } from '../lib/i18n/translate';
import type { PublicCount } from './data-contract';
import type { EmbedValue } from './embed-metrics';

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumSignificantDigits: 3 };

/** A number in a metric's unit, as text in `locale` (`compact` for narrow legends). */
export function formatUnit(
  locale: Locale,
  unit: MetricDef['unit'],
  value: number,
  compact = false,
): string {
  const n = (v: number, o: Intl.NumberFormatOptions) => formatNumber(locale, v, o);
  switch (unit) {
    case 'pct':
      return n(value / 100, { style: 'percent', maximumFractionDigits: 1 });
    case 'rupiah':
      return `Rp ${n(value, compact ? COMPACT : { maximumFractionDigits: 0 })}`;
    case 'rate':
    case 'score':
      return n(value, { maximumFractionDigits: 1 });
    default:
      return n(value, compact ? COMPACT : {});
  }
}

/** A metric value as text: the number, "–" without data, "<5" for a hidden count. */
export function formatValue(
  locale: Locale,
  unit: MetricDef['unit'],
  value: EmbedValue,
  minCount: number,
): string {
  if (value.kind === 'suppressed') return translate(locale, 'embed.suppressed', { min: minCount });
  if (value.kind === 'none') return translate(locale, 'embed.noValue');
  return formatUnit(locale, unit, value.value);
}

export function formatCount(locale: Locale, count: PublicCount, minCount: number): string {
  return formatValue(
    locale,
    'count',
    count.suppressed ? { kind: 'suppressed' } : { kind: 'value', value: count.value },
    minCount,
  );
}
