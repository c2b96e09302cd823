import type { CityGeometry } from '../coverage/city';
import { assignPoints } from '../geo/point-index';
import { toLat, toLng, toX, toY, type LocalFrame } from '../geo/local-frame';
import type { LngLat } from '../model/kelurahan';
import { fallbackPoint } from './fallback-point';

/** Weighted demand points in a local metric frame (metres east/north of the frame origin). */
export interface DemandPoints {
  readonly count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Residents (or any non-negative weight) per point. */
  readonly weight: Float64Array;
}

/** Demand over the city: points with their place in degrees and their owner kelurahan. */
export interface DemandGrid extends DemandPoints {
  readonly frame: LocalFrame;
  /** Cell side in metres, null when the input points were kept as they are. */
  readonly cellM: number | null;
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  /** Kelurahan index (city order) per point, −1 outside the city. */
  readonly owner: Int16Array;
  /** Sum of the weights per kelurahan (city order). */
  readonly perKelurahan: Float64Array;
  /** Weight of the points outside every kelurahan (weighted-point input only). */
  readonly outside: number;
}

/** The quantum of a grid cell's share: 2⁻²⁰ residents. */
const QUANTUM = 2 ** -20;

/**
 * Residents per cell of a `cellM`-metre grid (default 50 m) in the city's local frame, aligned to
 * multiples of `cellM` from the frame origin. Each kelurahan's `residents[k]` (city order) is
 * spread evenly over the cells whose centre it owns (point index, half-open boundary rule).
 *
 * Shares are whole multiples of 2⁻²⁰ (the first few cells of a kelurahan get one quantum more),
 * so every partial sum is exact in float64: the weights of kelurahan k add up to exactly
 * `residents[k]` whenever that is a multiple of 2⁻²⁰ (every whole number below 2³³), in any order.
 * A kelurahan so small that no cell centre lies in it gets one point at `labels[k]` (the geodata's
 * label point, inside the polygon) or else at its area centroid, so its residents are not lost.
 */
export function buildDemandGrid(
  city: CityGeometry,
  residents: ArrayLike<number>,
  options: { cellM?: number; labels?: readonly LngLat[] } = {},
): DemandGrid {
  const cellM = options.cellM ?? 50;
  const featureCount = city.pointIndex.featureCount;
  if (!(cellM > 0)) throw new RangeError(`cellM must be > 0 (got ${cellM})`);
  if (residents.length !== featureCount) {
    throw new RangeError(`residents has ${residents.length} values for ${featureCount} kelurahan`);
  }
  for (let k = 0; k < featureCount; k++) {
    if (!(residents[k] >= 0) || !Number.isFinite(residents[k])) {
      throw new RangeError(`residents[${k}] must be a finite number ≥ 0 (got ${residents[k]})`);
    }
  }
  const { frame, catchment: g } = city;
  const i0 = Math.floor(g.minX / cellM);
  const j0 = Math.floor(g.minY / cellM);
  const nx = Math.floor(g.maxX / cellM) - i0 + 1;
  const ny = Math.floor(g.maxY / cellM) - j0 + 1;
  const probe = new Float64Array(2 * nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const c = j * nx + i;
      probe[2 * c] = toLng(frame, (i0 + i + 0.5) * cellM);
      probe[2 * c + 1] = toLat(frame, (j0 + j + 0.5) * cellM);
    }
  }
  const cellOwner = assignPoints(city.pointIndex, probe);
  const cellsOf = new Uint32Array(featureCount);
  for (const o of cellOwner) if (o >= 0) cellsOf[o]++;
  const extra: { k: number; lng: number; lat: number }[] = [];
  for (let k = 0; k < featureCount; k++) {
    if (cellsOf[k] > 0) continue;
    const [lng, lat] = options.labels?.[k] ?? fallbackPoint(city.pointIndex.edges, k);
    extra.push({ k, lng, lat });
  }
  let count = extra.length;
  for (const o of cellOwner) if (o >= 0) count++;

  const out = allocate(count);
  const units = Array.from({ length: featureCount }, (_, k) => Math.round(residents[k] / QUANTUM));
  const seen = new Uint32Array(featureCount);
  const share = (k: number, n: number): number => {
    const base = Math.floor(units[k] / n);
    return (seen[k]++ < units[k] - base * n ? base + 1 : base) * QUANTUM;
  };
  let p = 0;
  for (let c = 0; c < cellOwner.length; c++) {
    const k = cellOwner[c];
    if (k < 0) continue;
    out.lng[p] = probe[2 * c];
    out.lat[p] = probe[2 * c + 1];
    out.x[p] = (i0 + (c % nx) + 0.5) * cellM;
    out.y[p] = (j0 + Math.floor(c / nx) + 0.5) * cellM;
    out.owner[p] = k;
    out.weight[p++] = share(k, cellsOf[k]);
  }
  for (const e of extra) {
    out.lng[p] = e.lng;
    out.lat[p] = e.lat;
    out.x[p] = toX(frame, e.lng);
    out.y[p] = toY(frame, e.lat);
    out.owner[p] = e.k;
    out.weight[p++] = share(e.k, 1);
  }
  return finish(out, frame, cellM, featureCount);
}

/**
 * Demand from weighted points (RT points, buildings): `lngLat` interleaved `[lng, lat, …]`
 * degrees, `weight` ≥ 0 per point. Points keep their place unless `cellM` is given: then the
 * weights are summed per grid cell and kelurahan (a cell on a boundary keeps one point per owner,
 * so the per-kelurahan totals stay the points' totals) at the cell centre. Points outside the city
 * stay demand with owner −1 (they count in `outside`, not in any kelurahan).
 */
export function demandFromPoints(
  city: CityGeometry,
  lngLat: ArrayLike<number>,
  weight: ArrayLike<number>,
  options: { cellM?: number } = {},
): DemandGrid {
  const n = weight.length;
  if (lngLat.length !== 2 * n) throw new RangeError('lngLat must hold 2 values per weight');
  for (let i = 0; i < n; i++) {
    if (!(weight[i] >= 0) || !Number.isFinite(weight[i])) {
      throw new RangeError(`weight[${i}] must be a finite number ≥ 0 (got ${weight[i]})`);
    }
  }
  const { frame } = city;
  const owners = assignPoints(city.pointIndex, lngLat);
  const cellM = options.cellM ?? null;
  if (cellM === null) {
    const out = allocate(n);
    for (let i = 0; i < n; i++) {
      out.lng[i] = lngLat[2 * i];
      out.lat[i] = lngLat[2 * i + 1];
      out.x[i] = toX(frame, out.lng[i]);
      out.y[i] = toY(frame, out.lat[i]);
      out.owner[i] = owners[i];
      out.weight[i] = weight[i];
    }
    return finish(out, frame, null, city.pointIndex.featureCount);
  }
  if (!(cellM > 0)) throw new RangeError(`cellM must be > 0 (got ${cellM})`);
  const cells = new Map<string, { i: number; j: number; k: number; w: number }>();
  for (let p = 0; p < n; p++) {
    const i = Math.floor(toX(frame, lngLat[2 * p]) / cellM);
    const j = Math.floor(toY(frame, lngLat[2 * p + 1]) / cellM);
    const key = `${i},${j},${owners[p]}`;
    const cell = cells.get(key);
    if (cell) cell.w += weight[p];
    else cells.set(key, { i, j, k: owners[p], w: weight[p] });
  }
  const out = allocate(cells.size);
  let p = 0;
  for (const { i, j, k, w } of cells.values()) {
    out.x[p] = (i + 0.5) * cellM;
    out.y[p] = (j + 0.5) * cellM;
    out.lng[p] = toLng(frame, out.x[p]);
    out.lat[p] = toLat(frame, out.y[p]);
    out.owner[p] = k;
    out.weight[p++] = w;
  }
  return finish(out, frame, cellM, city.pointIndex.featureCount);
}

type Columns = Pick<DemandGrid, 'x' | 'y' | 'lng' | 'lat' | 'weight' | 'owner'>;

function allocate(n: number): Columns {
  return {
    x: new Float64Array(n),
    y: new Float64Array(n),
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    weight: new Float64Array(n),
    owner: new Int16Array(n),
  };
}

function finish(
  cols: Columns,
  frame: LocalFrame,
  cellM: number | null,
  featureCount: number,
): DemandGrid {
  const perKelurahan = new Float64Array(featureCount);
  let outside = 0;
  cols.weight.forEach((w, p) => {
    if (cols.owner[p] >= 0) perKelurahan[cols.owner[p]] += w;
    else outside += w;
  });
  return { ...cols, count: cols.weight.length, frame, cellM, perKelurahan, outside };
}
