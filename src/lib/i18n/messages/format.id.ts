/**
 * Bahasa Indonesia words of the metric formatter (src/lib/explore/format-metric.ts). The no-break
 * space keeps "Rp" and its amount on one line.
 */
export const formatId = {
  'format.rupiah': 'Rp\u00a0{amount}',
  'format.million': '{amount} juta',
  'format.billion': '{amount} miliar',
  'format.trillion': '{amount} triliun',
  'format.noValue': '–',
  'format.suppressed': '<{min}',
} as const;
