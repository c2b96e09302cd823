import type { IndexComponentInfo } from '../coverage/index-components';
import { formatNumber, translate, type Locale, type MessageKey } from '../i18n/translate';
import { formatMetric, formatPercent, formatRupiah } from './format-metric';

/**
 * How the panels name an index component and write its indicator. The built-in four keep their
 * own, tested texts (and the ranking's Okabe–Ito bar colours); a defined programme's component
 * is named by its definition, in both languages, and drawn in its programme's colour.
 */
const BUILT_IN_COLOURS: Readonly<Record<string, string>> = {
  bank_sampah_catchment: '#009e73',
  prodamas_rt_reach: '#e69f00',
  prodamas_budget: '#cc79a7',
  home_care_reach: '#0072b2',
};

/** The component's long name, e.g. "Bank sampah: luas terjangkau", "Jangkauan spot Emas". */
export function componentLabel(locale: Locale, c: IndexComponentInfo): string {
  return c.builtIn ? translate(locale, `coverage.weight.${c.id}` as MessageKey) : c.names[locale];
}

/** A column heading of two to four letters: the built-ins' own, else the name's initials. */
export function componentShortLabel(locale: Locale, c: IndexComponentInfo): string {
  if (c.builtIn) return translate(locale, `ranking.short.${c.id}` as MessageKey);
  const words = c.names[locale].split(/[\s\-_/]+/u).filter((w) => /\p{L}/u.test(w));
  const initials = words.map((w) => [...w][0]!.toUpperCase()).join('');
  return initials.length >= 2 ? initials.slice(0, 4) : [...c.names[locale]].slice(0, 3).join('');
}

/** A CSS colour for the component's share of a score bar. */
export function componentColour(c: IndexComponentInfo): string {
  return BUILT_IN_COLOURS[c.id] ?? `rgb(${c.color.join(' ')})`;
}

/** The indicator behind the component, written for its metric (`12,5%`, `Rp 1.200`, `3,4 / 1.000`). */
export function formatIndicator(locale: Locale, c: IndexComponentInfo, value: number): string {
  switch (c.metric) {
    case 'covered_pct':
    case 'rt_share_pct':
      return formatPercent(locale, value);
    case 'amount_per_resident':
      return formatRupiah(locale, value);
    case 'persons_per_1k':
      // Home Care's rate is per 1,000 elderly where known: its own figure, written as before.
      if (c.id === 'home_care_reach') return formatMetric(locale, 'rate', value, { digits: 1 });
      return `${formatNumber(locale, value, { maximumFractionDigits: 1 })} / ${formatNumber(locale, 1000)}`;
    case 'count_per_10k':
      return `${formatNumber(locale, value, { maximumFractionDigits: 1 })} / ${formatNumber(locale, 10_000)}`;
  }
}
