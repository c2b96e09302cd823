/**
 * A what-if scenario: hypothetical sites added to one site programme, and real sites taken away,
 * at one catchment radius. Plain data: stored in IndexedDB, put in a link, exported, compared.
 * Hypothetical sites never become records; they live only in scenarios.
 */

/** One hypothetical site. `[lng, lat]` WGS84 degrees. */
export interface ScenarioSite {
  /** Unique within the scenario (`s1`, `s2`, …; a link carries none, they are given on reading). */
  id: string;
  lng: number;
  lat: number;
  /** Placed by hand, or accepted from a suggestion. */
  origin: 'manual' | 'suggested';
}

export interface Scenario {
  id: string;
  name: string;
  /** The site programme: `bank_sampah` or a defined site programme's id. */
  target: string;
  radiusM: number;
  added: ScenarioSite[];
  /** Ids of the programme's real sites this scenario closes. */
  removed: string[];
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

/** More than this many sites would make a scenario no planner can read; also the storage guard. */
export const MAX_SCENARIO_SITES = 2000;
export const MAX_SCENARIO_NAME = 80;

/** Kota Kediri with a margin: a hypothetical site far outside it is a typing slip, not a plan. */
const PLANNING_BOUNDS = { minLng: 111.9, maxLng: 112.15, minLat: -7.95, maxLat: -7.7 };

/** True for a finite `[lng, lat]` inside {@link PLANNING_BOUNDS}. */
export function isPlanningPlace(lng: unknown, lat: unknown): boolean {
  const b = PLANNING_BOUNDS;
  return (
    typeof lng === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lng) &&
    Number.isFinite(lat) &&
    lng >= b.minLng &&
    lng <= b.maxLng &&
    lat >= b.minLat &&
    lat <= b.maxLat
  );
}

/** The next free site id of a scenario (`s<n>`, one above the highest in use). */
export function nextSiteId(sites: readonly ScenarioSite[]): string {
  let max = 0;
  for (const s of sites) {
    const m = /^s(\d+)$/.exec(s.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `s${max + 1}`;
}

const TARGET = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * A scenario read from storage or a backup, checked once at the boundary: the scenario, or null
 * when it is not one (a row of a future version, a hand-edited file). Bad sites are dropped.
 */
export function readScenario(value: unknown): Scenario | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown, max: number) => (typeof x === 'string' && x.length <= max ? x : null);
  const id = text(v.id, 80);
  const name = text(v.name, MAX_SCENARIO_NAME);
  const target = text(v.target, 40);
  const createdAt = text(v.createdAt, 40);
  const updatedAt = text(v.updatedAt, 40);
  const radiusM = v.radiusM;
  if (!id || name === null || !target || !TARGET.test(target) || !createdAt || !updatedAt)
    return null;
  if (typeof radiusM !== 'number' || !(radiusM > 0 && radiusM <= 10_000)) return null;
  if (!Array.isArray(v.added) || !Array.isArray(v.removed)) return null;
  const added: ScenarioSite[] = [];
  const seen = new Set<string>();
  for (const s of v.added.slice(0, MAX_SCENARIO_SITES) as unknown[]) {
    if (typeof s !== 'object' || s === null) continue;
    const site = s as Record<string, unknown>;
    const sid = text(site.id, 40);
    if (!sid || seen.has(sid) || !isPlanningPlace(site.lng, site.lat)) continue;
    seen.add(sid);
    const origin = site.origin === 'suggested' ? 'suggested' : 'manual';
    added.push({ id: sid, lng: site.lng as number, lat: site.lat as number, origin });
  }
  const removed = [
    ...new Set(
      (v.removed as unknown[]).filter((r): r is string => typeof r === 'string' && r.length <= 200),
    ),
  ].slice(0, MAX_SCENARIO_SITES);
  return { id, name, target, radiusM, added, removed, createdAt, updatedAt };
}
