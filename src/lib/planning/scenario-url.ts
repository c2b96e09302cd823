/**
 * A scenario in a link, and back: `plan=<target>:<radiusM>:<lng>,<lat>;<lng>,<lat>…` in the URL
 * fragment, beside the view's own fields (explore/url-state.ts). Coordinates with 6 decimals
 * (~0.1 m). Real sites a scenario closes are not carried: their ids are long and local to one
 * database, and a link is read by someone else's browser.
 */
import { isPlanningPlace, type ScenarioSite } from './scenario';

/**
 * Sites a link carries at most: 100 sites are ~2.2 kB of fragment, inside every browser's and
 * chat app's limit (links past ~2 kB get cut by some mail clients). Longer scenarios are shared
 * as a file (GeoJSON export) instead; the share dialog says so.
 */
export const MAX_LINK_SITES = 100;

export interface LinkedScenario {
  target: string;
  radiusM: number;
  sites: ScenarioSite[];
}

const TARGET = /^[a-z][a-z0-9_]{0,39}$/;
const COORD = /^-?\d{1,3}(\.\d{1,8})?$/;

/** The `plan` value for a scenario, or null when it has more than {@link MAX_LINK_SITES} sites. */
export function scenarioParam(s: {
  target: string;
  radiusM: number;
  added: readonly { lng: number; lat: number }[];
}): string | null {
  if (s.added.length > MAX_LINK_SITES) return null;
  const sites = s.added.map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`).join(';');
  return `${s.target}:${Math.round(s.radiusM)}:${sites}`;
}

/**
 * A `plan` value from a link: the scenario, or null when it is not one. Foreign input: a bad
 * site (not a number, outside Kota Kediri) is dropped, a bad target or radius drops the whole
 * value; past {@link MAX_LINK_SITES} sites the rest is ignored. Never throws.
 */
export function parseScenarioParam(value: string, radiusLimits: { minM: number; maxM: number }) {
  const [target, radius, list = '', ...rest] = value.split(':');
  if (rest.length > 0 || !TARGET.test(target ?? '') || !/^\d{1,5}$/.test(radius ?? '')) return null;
  const radiusM = Number(radius);
  if (radiusM < radiusLimits.minM || radiusM > radiusLimits.maxM) return null;
  const sites: ScenarioSite[] = [];
  for (const pair of list.split(';').slice(0, MAX_LINK_SITES)) {
    const [lngText, latText, ...more] = pair.split(',');
    if (more.length > 0 || !COORD.test(lngText ?? '') || !COORD.test(latText ?? '')) continue;
    const lng = Number(lngText);
    const lat = Number(latText);
    if (!isPlanningPlace(lng, lat)) continue;
    sites.push({ id: `s${sites.length + 1}`, lng, lat, origin: 'manual' });
  }
  return { target, radiusM, sites } satisfies LinkedScenario;
}
