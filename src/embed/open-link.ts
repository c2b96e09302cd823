import type { EmbedParams } from './embed-params';

/**
 * The link to the full explorer beside the embed (`./` on the same static site), carrying what the
 * explorer's URL fragment understands: kelurahan, metric, language, the Prodamas year and the
 * two years compared.
 */
export function openInAppHref(
  params: EmbedParams,
  kode: string | null,
  /** A defined programme's mapped figure (`covered`, `per10k`, `count`), when one is shown. */
  definedFigure: 'covered' | 'per10k' | 'count' | null = null,
): string {
  const fragment = new URLSearchParams();
  const k = kode ?? params.kode;
  if (k) fragment.set('kel', k);
  // The explorer maps the same programme's same figure (its metric id, issue 10).
  const metric =
    params.defined && definedFigure
      ? `defined:${params.defined}:${definedFigure === 'covered' ? 'covered_pct' : definedFigure}`
      : params.metric;
  fragment.set('metric', metric);
  if (params.locale) fragment.set('lang', params.locale);
  if (params.period !== 'all' && params.program === 'prodamas') fragment.set('year', params.period);
  // The explorer's change between the same two years (its `compare=A,B`, from A to B).
  if (params.compare) fragment.set('compare', `${params.compare},${params.period}`);
  return `./#${fragment.toString()}`;
}
