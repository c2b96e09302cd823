import { parseServerOrigins } from '../lib/browser/server-origins';
import { parseEmbedParams, type EmbedParams } from './embed-params';
import { chooseFiguresSource, narrowedConnectPolicy, type FiguresSource } from './figures-source';

/**
 * Reads the embed's URL once (it never writes it back), chooses where the figures come from and,
 * before any request, narrows the page's CSP to that source: a second policy can only narrow the
 * build's, so from then on the page reaches its own origin and the one server it was given,
 * never another allow-listed one.
 */
export function setUpEmbed(): { params: EmbedParams; source: FiguresSource } {
  const params = parseEmbedParams(location.search);
  const source = chooseFiguresSource(
    params.server,
    parseServerOrigins(import.meta.env.JANGKAU_SERVERS),
    location.origin,
  );
  const csp = document.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = narrowedConnectPolicy(source);
  document.head.append(csp);
  return { params, source };
}
