/**
 * The one formatter of metric values, for the app, its PNG export and the embed alike, so that a
 * figure reads the same wherever it is shown. Pure: locale in, text out.
 *
 * Forms (id / en):
 * - pct (0–100): `12,3%` / `12.3%`, one fraction digit.
 * - rupiah: `Rp 1.500.000.000` / `Rp 1,500,000,000`; short: `Rp 1,5 miliar` / `Rp 1.5 billion`
 *   ("Rp" in both languages: it is the symbol the readers know; Intl's en-GB form is "IDR").
 * - rate (per 10,000, per 1,000): two fraction digits below 10, one above.
 * - score: one fraction digit. count, days: whole, one digit when not whole (a mean).
 * Short forms ("juta"/"million", "miliar"/"billion", "triliun"/"trillion") start at a million;
 * the words come from the i18n catalogue, not from Intl's compact notation, whose abbreviations
 * ("jt", "M", "bn") differ between ICU versions and say less.
 */
import type { MetricDef } from './metric-catalog';
import { formatNumber, translate, type Locale, type MessageKey } from '../i18n/translate';

export type MetricUnit = MetricDef['unit'];

export interface FormatOptions {
  /** Amounts of a million and more in words ("1,5 juta"): for legends and narrow cells. */
  short?: boolean;
  /** Fraction digits of an amount in words (default 1). */
  shortDigits?: number;
  /** Fraction digits of an amount not in words, instead of the unit's own rule. */
  digits?: number;
}

/** A published value: a number, no data, or a count hidden because it is below a threshold. */
export type MetricValue =
  { kind: 'value'; value: number } | { kind: 'none' } | { kind: 'suppressed' };

const SCALES: readonly [number, MessageKey][] = [
  [1e12, 'format.trillion'],
  [1e9, 'format.billion'],
  [1e6, 'format.million'],
];

/** The unit's own fraction digits for `value`. */
function unitDigits(unit: MetricUnit, value: number): number {
  switch (unit) {
    case 'pct':
    case 'score':
      return 1;
    case 'rupiah':
      return 0;
    case 'rate':
      return Math.abs(value) < 10 ? 2 : 1;
    default:
      return Number.isInteger(value) ? 0 : 1;
  }
}

/** A plain amount, in words from a million up when `short`. */
function formatAmount(locale: Locale, value: number, digits: number, options: FormatOptions) {
  const i = options.short ? SCALES.findIndex(([scale]) => Math.abs(value) >= scale) : -1;
  if (i >= 0) {
    const shortDigits = options.shortDigits ?? 1;
    const step = 10 ** shortDigits;
    // 999,960,000 rounds to 1.000,0 juta: written one scale up, as 1 miliar.
    const rounded = Math.round((Math.abs(value) / SCALES[i][0]) * step) / step;
    const [scale, key] = rounded >= 1000 && i > 0 ? SCALES[i - 1] : SCALES[i];
    const amount = formatNumber(locale, value / scale, { maximumFractionDigits: shortDigits });
    return translate(locale, key, { amount });
  }
  return formatNumber(locale, value, { maximumFractionDigits: digits });
}

/** A share in percent (0–100 scale, as the coverage figures keep it): `12,3%` / `12.3%`. */
export function formatPercent(locale: Locale, pct: number, digits = 1): string {
  return formatNumber(locale, pct / 100, { style: 'percent', maximumFractionDigits: digits });
}

/** An amount of rupiah: `Rp 40.000.000`, or `Rp 40 juta` when `short`. */
export function formatRupiah(locale: Locale, value: number, options: FormatOptions = {}): string {
  const amount = formatAmount(locale, value, options.digits ?? 0, options);
  return translate(locale, 'format.rupiah', { amount });
}

/** A metric value in its unit, as text in `locale`. */
export function formatMetric(
  locale: Locale,
  unit: MetricUnit,
  value: number,
  options: FormatOptions = {},
): string {
  const digits = options.digits ?? unitDigits(unit, value);
  if (unit === 'pct') return formatPercent(locale, value, digits);
  if (unit === 'rupiah') return formatRupiah(locale, value, { ...options, digits });
  return formatAmount(locale, value, digits, options);
}

/** A published value: the number, "–" without data, "<5" for a count hidden below `minCount`. */
export function formatPublished(
  locale: Locale,
  unit: MetricUnit,
  value: MetricValue,
  minCount: number,
  options: FormatOptions = {},
): string {
  if (value.kind === 'suppressed') return translate(locale, 'format.suppressed', { min: minCount });
  if (value.kind === 'none') return translate(locale, 'format.noValue');
  return formatMetric(locale, unit, value.value, options);
}
