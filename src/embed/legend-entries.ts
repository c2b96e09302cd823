import type { MetricDef } from '../lib/coverage/metric-catalog';
import { toCss } from '../lib/map/colors';
import { translate, type Locale } from '../lib/i18n/translate';
import { NO_DATA_COLOUR, SUPPRESSED_COLOUR, classColour, type Classes } from './choropleth';
import { formatUnit } from './format';

export interface LegendEntry {
  /** CSS colour of the swatch. */
  colour: string;
  label: string;
}

/** Legend rows: one per class (lowest first), then "below threshold" and "no data" if present. */
export function legendEntries(
  locale: Locale,
  unit: MetricDef['unit'],
  classes: Classes | null,
  extra: { suppressed: boolean; none: boolean; minCount: number },
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (classes) {
    const n = classes.upper.length;
    classes.upper.forEach((to, i) => {
      const from = i === 0 ? classes.min : classes.upper[i - 1];
      const label =
        from === to
          ? formatUnit(locale, unit, to, true)
          : translate(locale, 'embed.legend.range', {
              from: formatUnit(locale, unit, from, true),
              to: formatUnit(locale, unit, to, true),
            });
      entries.push({ colour: toCss(classColour(i, n)), label });
    });
  }
  if (extra.suppressed)
    entries.push({
      colour: toCss(SUPPRESSED_COLOUR),
      label: translate(locale, 'embed.legend.suppressed', { min: extra.minCount }),
    });
  if (extra.none)
    entries.push({
      colour: toCss(NO_DATA_COLOUR),
      label: translate(locale, 'embed.legend.noData'),
    });
  return entries;
}
