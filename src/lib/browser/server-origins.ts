/**
 * The team servers a build may talk to: the comma list in `JANGKAU_SERVERS` at build time
 * (`JANGKAU_SERVERS=https://jangkau.kedirikota.go.id npm run build`). Each origin is added to the
 * CSP's `connect-src` of the app and the embed (vite.config.ts), and is the embed's allow-list for
 * `?server=` (src/embed/figures-source.ts). Pure: used by the build config and by the browser.
 */

/** `https://host[:port]` or `http://…`, exactly as `URL.origin` writes it: nothing else. */
export function parseServerOrigins(text: string | undefined): string[] {
  const origins: string[] = [];
  for (const part of (text ?? '').split(',')) {
    const item = part.trim();
    if (item === '') continue;
    let origin: string | null = null;
    try {
      const url = new URL(item);
      if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
    } catch {
      origin = null;
    }
    // A path, query, credentials or a trailing slash would not be what the CSP and the embed
    // compare against: refuse the build rather than allow something other than what was meant.
    if (origin === null || origin !== item)
      throw new Error(
        `JANGKAU_SERVERS: "${item}" is not an origin (scheme://host[:port], no path, no slash)`,
      );
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}
