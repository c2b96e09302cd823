import type { EmbedParams } from './embed-params';

/**
 * The link to the full explorer beside the embed (`./` on the same static site), carrying what the
 * explorer's URL fragment understands: kelurahan, metric, language and the Prodamas year.
 */
export function openInAppHref(params: EmbedParams, kode: string | null): string {
  const fragment = new URLSearchParams();
  const k = kode ?? params.kode;
  if (k) fragment.set('kel', k);
  fragment.set('metric', params.metric);
  if (params.locale) fragment.set('lang', params.locale);
  if (params.period !== 'all' && params.program === 'prodamas') fragment.set('year', params.period);
  return `./#${fragment.toString()}`;
}
