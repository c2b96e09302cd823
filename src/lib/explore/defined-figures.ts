import type { DefinedKelurahanMetrics, DefinedProgramCoverage } from '../coverage/defined-metrics';
import { translate, type Locale } from '../i18n/translate';
import { formatPercent, formatRupiah } from './format-metric';

/**
 * One line of a defined programme's figures in a kelurahan (the profile, the report): a site
 * programme says its sites, covered share of the area and of the residents; an activity or service its records, with the sum
 * of its first rupiah field where it has one.
 */
export function definedFigureText(
  locale: Locale,
  program: DefinedProgramCoverage,
  m: DefinedKelurahanMetrics,
): string {
  if (m.coveredPct !== null)
    return translate(locale, 'defined.fig.site', {
      count: m.count,
      covered: formatPercent(locale, m.coveredPct),
      residents:
        m.residentsPct === null
          ? translate(locale, 'format.noValue')
          : formatPercent(locale, m.residentsPct),
    });
  const amount = Object.values(m.amounts)[0];
  return amount === undefined
    ? translate(locale, 'defined.fig.records', { count: m.count })
    : translate(locale, 'defined.fig.amount', {
        count: m.count,
        amount: formatRupiah(locale, amount, { short: true }),
      });
}
