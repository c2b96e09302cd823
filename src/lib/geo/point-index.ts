import { collectEdges, firstOwnerByCrossings, type EdgeSet, type PolygonalFeature } from './edges';
import { buildTopology, UNRESOLVED, type Topology } from './topology';

/**
 * Point-to-polygon index for a partition (the 46 kelurahan): which feature owns a `[lng, lat]`.
 *
 * A uniform grid covers the bounding box. A cell that no edge touches (with a tiny margin) stores
 * its single owner; any other cell stores the edges touching it. A point in such a "mixed" cell
 * casts a ray east: the first edge it meets decides, and the owner is whatever lies on that edge's
 * west side (the shared edges of a partition carry both owners, see `topology.ts`). Rays rarely
 * leave their own cell, so a lookup is O(1) in practice.
 *
 * Boundary rule (half-open, deterministic): a point belongs to the feature that contains it after
 * an infinitesimal nudge east, followed by an even smaller nudge north. So a point on a north-south
 * boundary goes to the east neighbour, on an east-west boundary to the north neighbour, and a
 * shared vertex to the feature just east-north-east of it. Points that land outside every feature
 * after the nudge (the city's east and north edges) are outside: index −1.
 */
export interface PointIndex {
  /** Number of features (owners are 0..featureCount−1; −1 means outside). */
  readonly featureCount: number;
  /** The input edges, for the brute-force fallback on unresolved edge sides. */
  readonly edges: EdgeSet;
  readonly topology: Topology;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly nx: number;
  readonly ny: number;
  readonly cellW: number;
  readonly cellH: number;
  /** Owner per cell (row-major, south row first), or {@link MIXED}. */
  readonly cellOwner: Int16Array;
  /** CSR offsets into `cellEdges` per cell (length nx·ny + 1). */
  readonly cellStart: Uint32Array;
  /** Topology edge ids per mixed cell (horizontal edges left out: a ray never crosses them). */
  readonly cellEdges: Int32Array;
}

/** Marker in `cellOwner` for cells crossed by edges. */
const MIXED = -2;

export interface PointIndexOptions {
  /** Approximate number of grid cells (default 2^18). */
  targetCells?: number;
}

/** Builds the index for `features` (feature array position = owner id). */
export function buildPointIndex(
  features: readonly PolygonalFeature[],
  options: PointIndexOptions = {},
): PointIndex {
  const raw = collectEdges(features);
  const topology = buildTopology(raw, features.length);
  return buildGrid(raw, topology, features.length, options.targetCells ?? 1 << 18);
}

function bounds(raw: EdgeSet): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let e = 0; e < raw.count; e++) {
    minX = Math.min(minX, raw.ax[e], raw.bx[e]);
    maxX = Math.max(maxX, raw.ax[e], raw.bx[e]);
    minY = Math.min(minY, raw.ay[e], raw.by[e]);
    maxY = Math.max(maxY, raw.ay[e], raw.by[e]);
  }
  return [minX, minY, maxX, maxY];
}

function buildGrid(
  raw: EdgeSet,
  topo: Topology,
  featureCount: number,
  targetCells: number,
): PointIndex {
  const [minX, minY, maxX, maxY] = raw.count > 0 ? bounds(raw) : [0, 0, 1, 1];
  const w = Math.max(maxX - minX, 1e-12);
  const h = Math.max(maxY - minY, 1e-12);
  const size = Math.sqrt((w * h) / targetCells);
  const nx = Math.max(1, Math.ceil(w / size));
  const ny = Math.max(1, Math.ceil(h / size));
  const cellW = w / nx;
  const cellH = h / ny;
  // Registration margin: far above rounding in the cell arithmetic, far below any real feature.
  const mx = cellW * 1e-6;
  const my = cellH * 1e-6;
  const ncell = nx * ny;
  const mixed = new Uint8Array(ncell);
  const counts = new Uint32Array(ncell + 1);

  const visit = (e: number, fn: (cell: number) => void): void => {
    const ax = topo.ax[e];
    const ay = topo.ay[e];
    const bx = topo.bx[e];
    const by = topo.by[e];
    const j0 = Math.max(0, Math.floor((ay - my - minY) / cellH));
    const j1 = Math.min(ny - 1, Math.floor((by + my - minY) / cellH));
    for (let j = j0; j <= j1; j++) {
      let x0: number;
      let x1: number;
      if (ay === by) {
        x0 = Math.min(ax, bx);
        x1 = Math.max(ax, bx);
      } else {
        const ylo = Math.max(ay, minY + j * cellH - my);
        const yhi = Math.min(by, minY + (j + 1) * cellH + my);
        const xa = ax + (ylo - ay) * topo.dxdy[e];
        const xb = ax + (yhi - ay) * topo.dxdy[e];
        x0 = Math.min(xa, xb);
        x1 = Math.max(xa, xb);
      }
      const i0 = Math.max(0, Math.floor((x0 - mx - minX) / cellW));
      const i1 = Math.min(nx - 1, Math.floor((x1 + mx - minX) / cellW));
      for (let i = i0; i <= i1; i++) fn(j * nx + i);
    }
  };

  for (let e = 0; e < topo.count; e++) {
    const horizontal = topo.ay[e] === topo.by[e];
    visit(e, (c) => {
      mixed[c] = 1;
      if (!horizontal) counts[c + 1]++;
    });
  }
  const cellStart = new Uint32Array(ncell + 1);
  for (let c = 0; c < ncell; c++) cellStart[c + 1] = cellStart[c] + counts[c + 1];
  const cellEdges = new Int32Array(cellStart[ncell]);
  const fill = cellStart.slice(0, ncell);
  for (let e = 0; e < topo.count; e++) {
    if (topo.ay[e] === topo.by[e]) continue;
    visit(e, (c) => {
      cellEdges[fill[c]++] = e;
    });
  }

  const cellOwner = new Int16Array(ncell).fill(MIXED);
  const index: PointIndex = {
    featureCount,
    edges: raw,
    topology: topo,
    minX,
    minY,
    maxX: minX + nx * cellW,
    maxY: minY + ny * cellH,
    nx,
    ny,
    cellW,
    cellH,
    cellOwner,
    cellStart,
    cellEdges,
  };
  // East to west, so the ray from a cell's centre finds its eastern neighbours already resolved.
  for (let j = 0; j < ny; j++) {
    const cy = minY + (j + 0.5) * cellH;
    for (let i = nx - 1; i >= 0; i--) {
      if (mixed[j * nx + i]) continue;
      cellOwner[j * nx + i] = rayOwner(index, minX + (i + 0.5) * cellW, cy, j, i + 1);
    }
  }
  return index;
}

/** Owner of `(x, y)` found by a ray east starting in cell `(i, j)`; see {@link PointIndex}. */
function rayOwner(index: PointIndex, x: number, y: number, j: number, i: number): number {
  const { nx, cellOwner, cellStart, cellEdges, topology: t, minX, cellW } = index;
  for (; i < nx; i++) {
    const c = j * nx + i;
    const o = cellOwner[c];
    if (o !== MIXED) return o;
    let best = -1;
    let bestX = Infinity;
    for (let p = cellStart[c], end = cellStart[c + 1]; p < end; p++) {
      const e = cellEdges[p];
      const ay = t.ay[e];
      if (ay <= y && y < t.by[e]) {
        const xc = t.ax[e] + (y - ay) * t.dxdy[e];
        if (xc > x && (xc < bestX || (xc === bestX && t.dxdy[e] < t.dxdy[best]))) {
          best = e;
          bestX = xc;
        }
      }
    }
    if (best >= 0 && bestX <= minX + (i + 1) * cellW) {
      const owner = t.west[best];
      return owner !== UNRESOLVED
        ? owner
        : firstOwnerByCrossings(index.edges, index.featureCount, x, y);
    }
  }
  return -1;
}

/** Owner index of one `[lng, lat]` point, −1 when outside every feature. */
export function locateIndex(index: PointIndex, lng: number, lat: number): number {
  if (!(lng >= index.minX && lng <= index.maxX && lat >= index.minY && lat <= index.maxY)) {
    return -1;
  }
  const i = Math.min(index.nx - 1, Math.floor((lng - index.minX) / index.cellW));
  const j = Math.min(index.ny - 1, Math.floor((lat - index.minY) / index.cellH));
  const o = index.cellOwner[j * index.nx + i];
  return o !== MIXED ? o : rayOwner(index, lng, lat, j, i);
}

/**
 * Owners of many points: `lngLat` is interleaved `[lng, lat, lng, lat, ...]` degrees; the result
 * holds one owner index per point (−1 outside; NaN coordinates are outside).
 */
export function assignPoints(
  index: PointIndex,
  lngLat: ArrayLike<number>,
  out: Int16Array = new Int16Array(lngLat.length >> 1),
): Int16Array {
  const { minX, minY, maxX, maxY, nx, ny, cellOwner } = index;
  const invW = 1 / index.cellW;
  const invH = 1 / index.cellH;
  const n = lngLat.length >> 1;
  for (let k = 0; k < n; k++) {
    const x = lngLat[2 * k];
    const y = lngLat[2 * k + 1];
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
      out[k] = -1;
      continue;
    }
    let i = ((x - minX) * invW) | 0;
    let j = ((y - minY) * invH) | 0;
    if (i >= nx) i = nx - 1;
    if (j >= ny) j = ny - 1;
    const o = cellOwner[j * nx + i];
    out[k] = o !== MIXED ? o : locateIndex(index, x, y);
  }
  return out;
}

/** A `locate(lng, lat) => kode | null` function for the import core, backed by the index. */
export function createLocator(
  index: PointIndex,
  kodes: readonly string[],
): (lng: number, lat: number) => string | null {
  return (lng, lat) => {
    const k = locateIndex(index, lng, lat);
    return k >= 0 ? kodes[k] : null;
  };
}
