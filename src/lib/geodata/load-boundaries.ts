import { BOUNDARY_URLS } from './boundary-urls';
import { validateBoundaries, type Boundaries } from './validate-boundaries';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Fetches the three boundary files shipped with the app and validates them. */
export async function loadBoundaries(): Promise<Boundaries> {
  const [kelurahan, kecamatan, kota] = await Promise.all([
    fetchJson(BOUNDARY_URLS.kelurahan),
    fetchJson(BOUNDARY_URLS.kecamatan),
    fetchJson(BOUNDARY_URLS.kota),
  ]);
  return validateBoundaries({ kelurahan, kecamatan, kota });
}
