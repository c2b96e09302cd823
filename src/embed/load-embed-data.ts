import { parseEmbedData, type EmbedData } from './data-contract';

/**
 * Fetches the public data file. The URL is relative to the page, so the embed works from any
 * sub-path (Vite copies public/embed/ to dist/embed/). This is the embed's only data source: it
 * has no access to the browser database or the demo files.
 */
export async function loadEmbedData(url = 'embed/data.json'): Promise<EmbedData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseEmbedData(await response.json());
}
