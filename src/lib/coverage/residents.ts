import { buildDemandGrid, type DemandGrid } from '../planning/demand-grid';
import { residentsWithin } from '../planning/demand-coverage';
import type { CityGeometry } from './city';

/** Grids kept per city: the last few population tables (a new import adds one, rarely more). */
const KEEP = 4;
const grids = new WeakMap<CityGeometry, { key: string; grid: DemandGrid }[]>();

/**
 * The residents demand surface of `city` for these population totals (city order): a 50 m grid
 * (`buildDemandGrid`), each kelurahan's residents spread evenly over its cells. Memoised per city
 * and totals (building it costs ~13 ms; every `computeAll` and the planning session reuse it), so
 * the coverage panel and the planning tab count the very same residents.
 */
export function residentsGrid(
  city: CityGeometry,
  population: readonly { total: number }[],
): DemandGrid {
  const totals = population.map((p) => p.total);
  const key = JSON.stringify(totals);
  const kept = grids.get(city) ?? [];
  const hit = kept.find((g) => g.key === key);
  if (hit) return hit.grid;
  const grid = buildDemandGrid(city, totals);
  grids.set(city, [{ key, grid }, ...kept].slice(0, KEEP));
  return grid;
}

/** Residents within R of a programme's sites, per kelurahan (city order) and for the city. */
export interface ResidentsReach {
  /** Residents whose grid point is within R, per kelurahan. */
  covered: Float64Array;
  /** `covered` as a share of the kelurahan's residents, 0..100; null without residents. */
  pct: (number | null)[];
  cityCovered: number;
  /** Share of all the city's residents, 0..100; null without residents. */
  cityPct: number | null;
}

/**
 * Residents within `radiusM` metres of `sitesLngLat` (interleaved `[lng, lat, …]` degrees) on the
 * demand grid: a grid point counts whole when its centre is within reach (about one 50 m cell of
 * sampling error along each disc's outline). The city's share is Σ covered / Σ residents, which
 * is the residents-weighted mean of the kelurahan shares.
 */
export function residentsReach(
  grid: DemandGrid,
  sitesLngLat: ArrayLike<number>,
  radiusM: number,
): ResidentsReach {
  const within = residentsWithin(grid, sitesLngLat, radiusM);
  const share = (covered: number, total: number) => (total > 0 ? (100 * covered) / total : null);
  let residents = 0;
  for (const w of grid.perKelurahan) residents += w;
  return {
    covered: within.perKelurahan,
    pct: Array.from(within.perKelurahan, (c, k) => share(c, grid.perKelurahan[k])),
    cityCovered: within.city,
    cityPct: share(within.city, residents),
  };
}
