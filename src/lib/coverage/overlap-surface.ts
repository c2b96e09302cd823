import { assignPoints } from '../geo/point-index';
import { toLat, toLng } from '../geo/local-frame';
import type { CityGeometry } from './city';

/** Value of cells outside the city in {@link OverlapSurface.levels}. */
const OUTSIDE = 255;

/**
 * How many programmes' catchments reach each place: a raster over the city's bounding box in the
 * local frame. Row 0 is the NORTH edge (image order, for a deck.gl BitmapLayer with `bounds`).
 */
export interface OverlapSurface {
  width: number;
  height: number;
  cellM: number;
  /** `[west, south, east, north]` in degrees. */
  bounds: [number, number, number, number];
  /** Per cell: number of programmes reaching the cell centre (0..programmes), or {@link OUTSIDE}. */
  levels: Uint8Array;
  /** Per cell: bit i set when programme i reaches it (in the order of `sites`). */
  mask: Uint8Array;
  /** Per kelurahan (city order): share of its cells at each level 0..programmes, summing to 1. */
  shares: number[][];
}

/**
 * Builds the overlap surface for up to 8 programmes: `sites[i]` (interleaved `[lng, lat]`) with
 * catchment radius `radiiM[i]`. Each cell takes the kelurahan and coverage of its centre, so the
 * shares carry a sampling error of about one cell along boundaries (use `catchment.ts` for exact
 * per-kelurahan coverage).
 */
export function overlapSurface(
  city: CityGeometry,
  sites: readonly Float64Array[],
  radiiM: readonly number[],
  cellM = 25,
): OverlapSurface {
  const g = city.catchment;
  const f = city.frame;
  const width = Math.max(1, Math.ceil((g.maxX - g.minX) / cellM));
  const height = Math.max(1, Math.ceil((g.maxY - g.minY) / cellM));
  const x0 = g.minX;
  const yTop = g.minY + height * cellM;
  const n = width * height;
  const centres = new Float64Array(2 * n);
  for (let r = 0; r < height; r++) {
    const lat = toLat(f, yTop - (r + 0.5) * cellM);
    for (let c = 0; c < width; c++) {
      centres[2 * (r * width + c)] = toLng(f, x0 + (c + 0.5) * cellM);
      centres[2 * (r * width + c) + 1] = lat;
    }
  }
  const owner = assignPoints(city.pointIndex, centres);
  const mask = new Uint8Array(n);
  sites.forEach((pts, p) => {
    const R = radiiM[p];
    const R2 = R * R;
    const bit = 1 << p;
    for (let i = 0; i + 1 < pts.length; i += 2) {
      const sx = (pts[i] - f.originLng) * f.mPerDegLng;
      const sy = (pts[i + 1] - f.originLat) * f.mPerDegLat;
      if (!Number.isFinite(sx) || !Number.isFinite(sy)) continue;
      const c0 = Math.max(0, Math.ceil((sx - R - x0) / cellM - 0.5));
      const c1 = Math.min(width - 1, Math.floor((sx + R - x0) / cellM - 0.5));
      const r0 = Math.max(0, Math.ceil((yTop - sy - R) / cellM - 0.5));
      const r1 = Math.min(height - 1, Math.floor((yTop - sy + R) / cellM - 0.5));
      for (let r = r0; r <= r1; r++) {
        const dy = yTop - (r + 0.5) * cellM - sy;
        const row = r * width;
        for (let c = c0; c <= c1; c++) {
          const dx = x0 + (c + 0.5) * cellM - sx;
          if (dx * dx + dy * dy <= R2) mask[row + c] |= bit;
        }
      }
    }
  });
  const levels = new Uint8Array(n);
  const maxLevel = sites.length;
  const counts = city.kodes.map(() => new Array<number>(maxLevel + 1).fill(0));
  for (let i = 0; i < n; i++) {
    if (owner[i] < 0) {
      levels[i] = OUTSIDE;
      continue;
    }
    let m = mask[i];
    let level = 0;
    while (m) {
      level += m & 1;
      m >>= 1;
    }
    levels[i] = level;
    counts[owner[i]][level]++;
  }
  const shares = counts.map((row) => {
    const total = row.reduce((s, v) => s + v, 0);
    return row.map((v) => (total > 0 ? v / total : 0));
  });
  return {
    width,
    height,
    cellM,
    bounds: [toLng(f, x0), toLat(f, g.minY), toLng(f, x0 + width * cellM), toLat(f, yTop)],
    levels,
    mask,
    shares,
  };
}
