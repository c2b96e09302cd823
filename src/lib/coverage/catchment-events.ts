import type { CatchmentGeometry } from './catchment-geometry';
import type { SweepSites } from './catchment-sweep';

/**
 * Slab boundaries that remove the sweep's sampling error. Inside a slab the sweep reads at the
 * mid-line which boundary bounds each covered piece and integrates that boundary over the whole
 * slab; the reading is wrong only where the boundary changes inside the slab. Besides vertices and
 * disc tops (already boundaries), that happens only at points on the union's outline where
 *
 * - two circles cross (two covered pieces merge, or the bounding disc changes),
 * - a circle crosses a polygon edge (a piece's end passes from disc to kelurahan edge),
 * - a circle or an edge crosses a clipping window's side.
 *
 * With a boundary at the `y` of each such point every slab is exact (edges are linear, chord ends
 * integrate in closed form), so the result no longer depends on where the other slab boundaries
 * are: windows that split the city add up to the whole, and an incremental update equals a
 * recompute, to rounding. Points strictly inside a third disc are left out (they are not on the
 * outline); points on the edge of that test are kept, which only adds a harmless boundary.
 */
export function crossingEvents(
  geom: CatchmentGeometry,
  sites: SweepSites,
  R: number,
  yA: number,
  yB: number,
  xLo: number,
  xHi: number,
  clipSides: boolean,
  out: number[],
): void {
  if (sites.count === 0) return;
  const grid = bucketSites(sites, R);
  const keep = (px: number, py: number, s: number, t: number) => {
    if (
      py > yA &&
      py < yB &&
      px >= xLo &&
      px <= xHi &&
      !coveredByOther(grid, sites, R, px, py, s, t)
    )
      out.push(py);
  };
  circleCircle(grid, sites, R, keep);
  circleEdge(geom, grid, sites, R, yA, yB, xLo, xHi, keep);
  if (!clipSides) return;
  for (const side of [xLo, xHi]) {
    if (side <= geom.minX || side >= geom.maxX) continue; // that side clips nothing
    for (let s = 0; s < sites.count; s++) {
      const dx = side - sites.x[s];
      // A side tangent to the disc (the what-if engine's windows are disc squares) gets a
      // boundary at the tangent point too: a slab whose mid-line ran through it would read a tie
      // between arc and side and integrate the side.
      if (!(Math.abs(dx) <= R * (1 + 1e-9))) continue;
      const w = Math.sqrt(Math.max(0, R * R - dx * dx));
      keep(side, sites.y[s] - w, s, -1);
      keep(side, sites.y[s] + w, s, -1);
    }
    // An edge crossing the side swaps which of the two bounds a kelurahan interval.
    const { x0, y0, y1, dxdy, edgeCount } = geom;
    for (let e = 0; e < edgeCount && y0[e] < yB; e++) {
      if (y1[e] <= yA || dxdy[e] === 0) continue;
      const xEnd = x0[e] + (y1[e] - y0[e]) * dxdy[e];
      if ((x0[e] - side) * (xEnd - side) >= 0) continue;
      const y = y0[e] + (side - x0[e]) / dxdy[e];
      if (y > yA && y < yB) out.push(y);
    }
  }
}

/** Sites bucketed on a square grid (CSR), cells at least `R` wide. */
interface SiteBuckets {
  minX: number;
  minY: number;
  cell: number;
  nx: number;
  ny: number;
  start: Int32Array;
  item: Int32Array;
  /** The disc that covered the last point asked about (−1: none yet). */
  lastCover: number;
}

function bucketSites(sites: SweepSites, R: number): SiteBuckets {
  const { x, y, count } = sites;
  let minX = Infinity;
  let maxX = -Infinity;
  const minY = y[0];
  const maxY = y[count - 1];
  for (let s = 0; s < count; s++) {
    minX = Math.min(minX, x[s]);
    maxX = Math.max(maxX, x[s]);
  }
  // Never more than ~65,000 cells, whatever R: a tiny radius must not allocate a huge grid.
  const cell = Math.max(R, Math.sqrt(((maxX - minX + 1) * (maxY - minY + 1)) / 65536), 1e-6);
  const nx = Math.floor((maxX - minX) / cell) + 1;
  const ny = Math.floor((maxY - minY) / cell) + 1;
  const start = new Int32Array(nx * ny + 1);
  const cellOf = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    const c = Math.floor((y[s] - minY) / cell) * nx + Math.floor((x[s] - minX) / cell);
    cellOf[s] = c;
    start[c + 1]++;
  }
  for (let c = 0; c < nx * ny; c++) start[c + 1] += start[c];
  const fill = start.slice(0, nx * ny);
  const item = new Int32Array(count);
  for (let s = 0; s < count; s++) item[fill[cellOf[s]]++] = s;
  return { minX, minY, cell, nx, ny, start, item, lastCover: -1 };
}

/** Cell index range `[i0, i1] × [j0, j1]` of the cells overlapping a box (clamped to the grid). */
function cellRange(g: SiteBuckets, x0: number, y0: number, x1: number, y1: number) {
  return {
    i0: Math.max(0, Math.floor((x0 - g.minX) / g.cell)),
    i1: Math.min(g.nx - 1, Math.floor((x1 - g.minX) / g.cell)),
    j0: Math.max(0, Math.floor((y0 - g.minY) / g.cell)),
    j1: Math.min(g.ny - 1, Math.floor((y1 - g.minY) / g.cell)),
  };
}

/**
 * Whether a disc other than `s` and `t` holds `(px, py)` strictly inside. The disc found last time
 * is tried first: successive points lie close together, so it usually answers at once.
 */
function coveredByOther(
  g: SiteBuckets,
  sites: SweepSites,
  R: number,
  px: number,
  py: number,
  s: number,
  t: number,
): boolean {
  const inside = R * R * (1 - 1e-9);
  const { x, y } = sites;
  const last = g.lastCover;
  if (last !== s && last !== t && last >= 0) {
    const dx = x[last] - px;
    const dy = y[last] - py;
    if (dx * dx + dy * dy < inside) return true;
  }
  const { i0, i1, j0, j1 } = cellRange(g, px - R, py - R, px + R, py + R);
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      const c = j * g.nx + i;
      for (let k = g.start[c]; k < g.start[c + 1]; k++) {
        const u = g.item[k];
        const dx = x[u] - px;
        const dy = y[u] - py;
        if (dx * dx + dy * dy < inside && u !== s && u !== t) {
          g.lastCover = u;
          return true;
        }
      }
    }
  }
  return false;
}

type Keep = (px: number, py: number, s: number, t: number) => void;

function circleCircle(g: SiteBuckets, sites: SweepSites, R: number, keep: Keep): void {
  const { x, y, count } = sites;
  const fourR2 = 4 * R * R;
  for (let s = 0; s < count; s++) {
    const { i0, i1, j0, j1 } = cellRange(g, x[s] - 2 * R, y[s] - 2 * R, x[s] + 2 * R, y[s] + 2 * R);
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const c = j * g.nx + i;
        for (let k = g.start[c]; k < g.start[c + 1]; k++) {
          const t = g.item[k];
          if (t <= s) continue;
          const dx = x[t] - x[s];
          const dy = y[t] - y[s];
          const d2 = dx * dx + dy * dy;
          // Touching circles count too: a mid-line through the touching point would merge the two
          // chords and integrate the gap between the discs.
          if (!(d2 <= fourR2 * (1 + 1e-9)) || d2 === 0) continue;
          const a = Math.sqrt(Math.max(0, R * R - d2 / 4)) / Math.sqrt(d2);
          const mx = (x[s] + x[t]) / 2;
          const my = (y[s] + y[t]) / 2;
          keep(mx - a * dy, my + a * dx, s, t);
          keep(mx + a * dy, my - a * dx, s, t);
        }
      }
    }
  }
}

function circleEdge(
  geom: CatchmentGeometry,
  g: SiteBuckets,
  sites: SweepSites,
  R: number,
  yA: number,
  yB: number,
  xLo: number,
  xHi: number,
  keep: Keep,
): void {
  const { x0, y0, y1, dxdy, edgeCount } = geom;
  const R2 = R * R;
  for (let e = 0; e < edgeCount && y0[e] < yB; e++) {
    if (y1[e] <= yA) continue;
    const k = dxdy[e];
    const len = y1[e] - y0[e];
    const xEnd = x0[e] + len * k;
    const eMinX = Math.min(x0[e], xEnd);
    const eMaxX = Math.max(x0[e], xEnd);
    if (eMaxX < xLo || eMinX > xHi) continue;
    // Points (x0 + u·k, y0 + u), 0 < u < len, at distance R from the centre: a quadratic in u.
    const A = k * k + 1;
    const { i0, i1, j0, j1 } = cellRange(g, eMinX - R, y0[e] - R, eMaxX + R, y1[e] + R);
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const cell = j * g.nx + i;
        for (let m = g.start[cell]; m < g.start[cell + 1]; m++) {
          const c = g.item[m];
          const fx = x0[e] - sites.x[c];
          const fy = y0[e] - sites.y[c];
          const B = k * fx + fy;
          const disc = B * B - A * (fx * fx + fy * fy - R2);
          // Near-tangent counts as tangent (one boundary at the touching point), for the same
          // reason as at a window's side.
          if (disc < -1e-9 * A * R2) continue;
          const sq = Math.sqrt(Math.max(0, disc));
          const u1 = (-B - sq) / A;
          const u2 = (-B + sq) / A;
          if (u1 > 0 && u1 < len) keep(x0[e] + u1 * k, y0[e] + u1, c, -1);
          if (u2 > 0 && u2 < len && u2 !== u1) keep(x0[e] + u2 * k, y0[e] + u2, c, -1);
        }
      }
    }
  }
}
