import type { DefinedProgramCoverage } from '../coverage/defined-metrics';
import { translate, type Locale, type MessageKey } from '../i18n/translate';
import { parseDefinedMetric, type MetricId } from './metric-catalog';

/**
 * A metric's name in the UI language: a built-in one's own text, a defined programme's figure
 * with the programme's name (its id, shown as text, when the programme has no records now — a
 * shared link from another browser).
 */
export function metricLabel(
  locale: Locale,
  id: MetricId,
  defined: readonly Pick<DefinedProgramCoverage, 'program' | 'names'>[],
): string {
  const d = parseDefinedMetric(id);
  if (!d) return translate(locale, `metric.${id}` as MessageKey);
  const name = defined.find((p) => p.program === d.program)?.names[locale] ?? d.program;
  return translate(locale, `defined.metric.${d.figure}`, { program: name });
}
