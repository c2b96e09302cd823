import { parseEmbedData, type EmbedData } from './data-contract';
import { figuresUrl, type FiguresSource } from './figures-source';

/** The built-in file, relative to the page so the embed works from any sub-path. */
const BUILT_IN = 'embed/data.json';
/** A server slower than this is treated as down: the built-in figures are better than a spinner. */
const SERVER_TIMEOUT_MS = 8000;

type Fetch = typeof fetch;

async function fetchData(url: string, init: RequestInit, fetchFn: Fetch): Promise<EmbedData> {
  const response = await fetchFn(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseEmbedData(await response.json());
}

/**
 * Fetches the public data file (Vite copies public/embed/ to dist/embed/). This is the embed's
 * only data source besides a team server's published figures: it has no access to the browser
 * database or the demo files.
 */
function loadEmbedData(url = BUILT_IN, fetchFn: Fetch = fetch): Promise<EmbedData> {
  return fetchData(url, {}, fetchFn);
}

export interface LoadedFigures {
  data: EmbedData;
  /** Where they came from; `fallback` when a server was chosen but failed (down, 404, bad data). */
  from: 'server' | 'file' | 'fallback';
}

/**
 * The figures of the chosen source. A server's answer is checked by the same contract as the
 * file; if it is unreachable, slow, unpublished or malformed, the built-in file is shown instead.
 */
export async function loadEmbedFigures(
  source: FiguresSource,
  fetchFn: Fetch = fetch,
): Promise<LoadedFigures> {
  if (source.kind === 'file') return { data: await loadEmbedData(BUILT_IN, fetchFn), from: 'file' };
  try {
    const data = await fetchData(
      figuresUrl(source.origin),
      // No cookie, no referrer: the public figures need neither, and the host page stays private.
      {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.timeout(SERVER_TIMEOUT_MS),
      },
      fetchFn,
    );
    return { data, from: 'server' };
  } catch (error) {
    console.warn('embed: server figures unavailable, showing the built-in file:', error);
    return { data: await loadEmbedData(BUILT_IN, fetchFn), from: 'fallback' };
  }
}
