import type { MetricDef } from '../lib/explore/metric-catalog';
import { toCss } from '../lib/map/colors';
import { translate, type Locale } from '../lib/i18n/translate';
import { NO_DATA_COLOUR, SUPPRESSED_COLOUR, classColour, type ClassRange } from './choropleth';
import { formatUnit } from './format';

export interface LegendEntry {
  /** CSS colour of the swatch. */
  colour: string;
  label: string;
}

/** Legend rows: one per class (lowest first), then "below threshold" and "no data" if present. */
export function legendEntries(
  locale: Locale,
  metric: Pick<MetricDef, 'unit' | 'better'>,
  classes: readonly ClassRange[],
  extra: { suppressed: boolean; none: boolean; minCount: number },
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  classes.forEach(({ min, max }, i) => {
    const label =
      min === max
        ? formatUnit(locale, metric.unit, max, true)
        : translate(locale, 'embed.legend.range', {
            from: formatUnit(locale, metric.unit, min, true),
            to: formatUnit(locale, metric.unit, max, true),
          });
    entries.push({ colour: toCss(classColour(i, classes.length, metric.better)), label });
  });
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
