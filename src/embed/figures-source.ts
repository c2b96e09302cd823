/**
 * Where the embed takes its figures from: the team server named by `?server=` when the build
 * allows that origin (or it is the page's own), else the file built into the site. Pure.
 */

export type FiguresSource =
  | { kind: 'server'; origin: string }
  /** `refused`: a `server=` was given but is not usable; the file is shown and says why. */
  | { kind: 'file'; refused: 'not_allowed' | 'malformed' | null };

export function chooseFiguresSource(
  serverParam: string | null,
  allowed: readonly string[],
  pageOrigin: string,
): FiguresSource {
  if (serverParam === null) return { kind: 'file', refused: null };
  let url: URL;
  try {
    url = new URL(serverParam);
  } catch {
    return { kind: 'file', refused: 'malformed' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { kind: 'file', refused: 'malformed' };
  // Only the origin counts: a path or query in the parameter never reaches a request.
  const origin = url.origin;
  if (origin === pageOrigin || allowed.includes(origin)) return { kind: 'server', origin };
  return { kind: 'file', refused: 'not_allowed' };
}

/** The server's public figures, always anonymous: the embed never sends a cookie anywhere. */
export const figuresUrl = (origin: string) => `${origin}/api/public/figures`;

/**
 * A second policy that only narrows the build's: `connect-src` of the page's own origin and the
 * chosen server, so even an allow-listed other server cannot be reached from this embed.
 */
export function narrowedConnectPolicy(source: FiguresSource): string {
  return source.kind === 'server' ? `connect-src 'self' ${source.origin}` : "connect-src 'self'";
}
