import type { formatId } from './format.id';

/** English words of the metric formatter; "Rp" stays the symbol, as in Indonesian text. */
export const formatEn: Record<keyof typeof formatId, string> = {
  'format.rupiah': 'Rp\u00a0{amount}',
  'format.million': '{amount} million',
  'format.billion': '{amount} billion',
  'format.trillion': '{amount} trillion',
  'format.noValue': '–',
  'format.suppressed': '<{min}',
};
