import { buildDemandGrid, demandFromPoints, type DemandGrid } from '../planning/demand-grid';
import type { DefinedProgramInput } from './defined-metrics';
import type { DemandPointsOption } from './options';
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

/** The point layer a demand surface was made from, for its label. */
export interface DemandPointsInfo {
  program: string;
  names: { id: string; en: string };
  field: string | null;
  /** Located records used, and their total weight. */
  points: number;
  total: number;
}

const pointGrids = new WeakMap<object, { key: string; grid: DemandGrid; info: DemandPointsInfo }>();

/**
 * The demand surface the options ask for: the population grid, or — when `option` names a
 * defined programme with located records — those records as weighted points, summed per 50 m
 * cell and kelurahan (`demandFromPoints`). A weight that is not a number ≥ 0 counts as 0; without
 * a field every point weighs 1. Each kelurahan's residents are then the weight of its points.
 * Memoised per records array and field.
 */
export function demandFor(
  city: CityGeometry,
  population: readonly { total: number }[],
  defined: readonly DefinedProgramInput[] | undefined,
  option: DemandPointsOption | null,
): { grid: DemandGrid; points: DemandPointsInfo | null } {
  const d = option ? defined?.find((p) => p.definition.id === option.program) : undefined;
  if (!option || !d) return { grid: residentsGrid(city, population), points: null };
  const key = `${option.field ?? ''}`;
  const hit = pointGrids.get(d.records);
  if (hit && hit.key === key) return { grid: hit.grid, points: hit.info };
  const lngLat: number[] = [];
  const weight: number[] = [];
  for (const r of d.records) {
    if (r.lng === null || r.lat === null || !Number.isFinite(r.lng) || !Number.isFinite(r.lat))
      continue;
    const v = option.field === null ? 1 : r.values[option.field];
    lngLat.push(r.lng, r.lat);
    weight.push(typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  }
  const grid = demandFromPoints(city, lngLat, weight, { cellM: 50 });
  const info: DemandPointsInfo = {
    program: d.definition.id,
    names: d.definition.names,
    field: option.field,
    points: weight.length,
    total: weight.reduce((a, b) => a + b, 0),
  };
  pointGrids.set(d.records, { key, grid, info });
  return { grid, points: info };
}
