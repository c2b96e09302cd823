/**
 * Links and snippets of the Share dialog. Pure string work on URLs; the values come from the app's
 * state, which has already validated them.
 */

/** What the embed reads from its query (src/embed/embed-params.ts checks every value again). */
export interface EmbedLinkParams {
  metric: string;
  /** Kelurahan code, or null for the whole city. */
  kode: string | null;
  /** A year, or null for all years. */
  year: number | null;
  lang: string;
}

/** `embed.html` beside the app's own page, with the embed's parameters; no fragment. */
export function embedUrl(pageHref: string, params: EmbedLinkParams): string {
  const url = new URL('embed.html', pageHref);
  url.hash = '';
  const query = new URLSearchParams({ metric: params.metric });
  if (params.kode) query.set('kelurahan', params.kode);
  if (params.year !== null) query.set('period', String(params.year));
  query.set('lang', params.lang);
  url.search = query.toString();
  return url.href;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The `<iframe>` a site pastes to show the embed; every value is escaped as an attribute. */
export function iframeSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="480" style="border:0" loading="lazy" ` +
    `referrerpolicy="no-referrer"></iframe>`
  );
}
