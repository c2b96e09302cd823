import type { CatchmentGeometry } from './catchment-geometry';
import { crossingEvents } from './catchment-events';

/**
 * The slab sweep behind {@link computeCatchment} (method and error bound in `README.md`), shared
 * by the whole-city computation and the clipped one of the what-if engine (`lib/planning`).
 */

/** An axis-aligned rectangle in the local frame, metres (`minX` west, `minY` south). */
export interface FrameWindow {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Sites in frame metres, sorted by `y` then `x`, no two coincident. */
export interface SweepSites {
  readonly count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** Default sweep spacing: R/50, between 0.25 m and 5 m (error analysis in README.md). */
export function defaultStepM(radiusM: number): number {
  return Math.min(5, Math.max(0.25, radiusM / 50));
}

/**
 * Sorts `n` frame-metre sites by `y` then `x` and drops repeats (a coincident site adds nothing
 * to the union, and the sweep's outline test needs distinct centres).
 */
export function sortSites(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number): SweepSites {
  const sorted = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => ys[a] - ys[b] || xs[a] - xs[b],
  );
  const order = sorted.filter(
    (i, k) => k === 0 || xs[i] !== xs[sorted[k - 1]] || ys[i] !== ys[sorted[k - 1]],
  );
  return {
    count: order.length,
    x: Float64Array.from(order, (i) => xs[i]),
    y: Float64Array.from(order, (i) => ys[i]),
  };
}

/** Index of the first value of the sorted `a` that is ≥ `v` (`a.length` if none). */
function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Slab boundaries between `yA` and `yB`: the polygon vertex `y`s, `yA` and `yB`, the disc tops
 * and bottoms on the union's outline, and then either the regular grid `minY + g·stepM` (the
 * same values whatever the window, so a window whose ends sit on grid lines splits none of the
 * whole-city sweep's slabs) or, when `exact`, the outline crossings of `catchment-events.ts`.
 */
function breakpoints(
  geom: CatchmentGeometry,
  sites: SweepSites,
  R: number,
  stepM: number,
  yA: number,
  yB: number,
  window: FrameWindow | null,
  exact: boolean,
): Float64Array {
  const { minY, maxY, vertexYs } = geom;
  const nGrid = Math.max(0, Math.ceil((maxY - minY) / stepM) - 1);
  const vLo = lowerBound(vertexYs, yA);
  const vHi = lowerBound(vertexYs, yB);
  const gLo = Math.max(1, Math.floor((yA - minY) / stepM));
  const gHi = exact ? gLo - 1 : Math.min(nGrid, Math.ceil((yB - minY) / stepM));
  const out = new Float64Array(vHi - vLo + Math.max(0, gHi - gLo + 1) + 2 * sites.count + 2);
  out.set(vertexYs.subarray(vLo, vHi), 0);
  let n = vHi - vLo;
  out[n++] = yA;
  out[n++] = yB;
  for (let g = gLo; g <= gHi; g++) {
    const v = minY + g * stepM;
    if (v > yA && v < yB) out[n++] = v;
  }
  const { x, y, count } = sites;
  // A disc's top (bottom) needs a slab boundary only if it is on the union's outline: a top point
  // strictly inside another disc keeps the chord end singularity inside that disc's chord.
  const inside = R * R * (1 - 1e-9);
  let lo = 0;
  for (let s = 0; s < count; s++) {
    while (y[lo] < y[s] - 2 * R) lo++;
    let topCovered = false;
    let bottomCovered = false;
    for (let t = lo; t < count && y[t] < y[s] + 2 * R && !(topCovered && bottomCovered); t++) {
      if (t === s) continue;
      const dx = x[t] - x[s];
      const dTop = y[t] - y[s] - R;
      const dBottom = y[t] - y[s] + R;
      if (dx * dx + dTop * dTop < inside) topCovered = true;
      if (dx * dx + dBottom * dBottom < inside) bottomCovered = true;
    }
    const bottom = y[s] - R;
    const top = y[s] + R;
    if (!bottomCovered && bottom > yA && bottom < yB) out[n++] = bottom;
    if (!topCovered && top > yA && top < yB) out[n++] = top;
  }
  if (!exact) return out.subarray(0, n).sort();
  const events: number[] = [];
  const xLo = Math.max(geom.minX, window ? window.minX : -Infinity);
  const xHi = Math.min(geom.maxX, window ? window.maxX : Infinity);
  crossingEvents(geom, sites, R, yA, yB, xLo, xHi, window !== null, events);
  const all = new Float64Array(n + events.length);
  all.set(out.subarray(0, n));
  all.set(events, n);
  return all.sort();
}

/**
 * Adds to `coveredM2[k]` the area of feature `k` within `R` metres of a site, restricted to
 * `window` (whole features when `null`). Raw sums: the caller clamps to the feature's area. With
 * `exact`, slab boundaries at the outline's crossings replace the `stepM` grid: no sampling error,
 * so any split of the city into windows adds up to the whole to rounding.
 *
 * The window's sides clip each kelurahan interval at the slab's mid-line as a polygon edge
 * would, so for the same `sites` and slabs the window and its west and east remainders add up to
 * the unclipped slab exactly (the same boundaries are integrated). Sites that do not reach the
 * window add no chord inside it and may be left out; their disc tops then bound no slab, so in
 * the sampled mode the answer moves within its error bound (README), and with `exact` it does not
 * move: any split of the city into windows adds up to the whole to rounding.
 */
export function sweepCoverage(
  geom: CatchmentGeometry,
  sites: SweepSites,
  R: number,
  stepM: number,
  window: FrameWindow | null,
  exact: boolean,
  coveredM2: Float64Array,
): void {
  if (!(R > 0) || sites.count === 0) return;
  const yA = window ? Math.max(geom.minY, window.minY) : geom.minY;
  const yB = window ? Math.min(geom.maxY, window.maxY) : geom.maxY;
  const wx0 = window ? window.minX : -Infinity;
  const wx1 = window ? window.maxX : Infinity;
  if (!(yB > yA) || !(wx1 > wx0)) return;
  const bp = breakpoints(geom, sites, R, stepM, yA, yB, window, exact);
  const R2 = R * R;
  const { x0, y0, y1, dxdy, owner, edgeCount } = geom;
  // Crossings are packed as owner·KEY + (x − minX + 1) so one numeric sort groups them by owner.
  const KEY = Math.ceil(geom.maxX - geom.minX) + 4;
  const xOff = geom.minX - 1;
  const activeEdges = new Int32Array(edgeCount);
  const keys = new Float64Array(edgeCount);
  let nEdges = 0;
  let nextEdge = 0;
  const activeDisc = new Int32Array(sites.count);
  const dl = new Float64Array(sites.count);
  const dr = new Float64Array(sites.count);
  const ul = new Float64Array(sites.count);
  const ur = new Float64Array(sites.count);
  const ulDisc = new Int32Array(sites.count);
  const urDisc = new Int32Array(sites.count);
  // ∫ sqrt(R² − t²) dt from 0 to t, t clamped to [−R, R].
  const G = (t: number): number => {
    const c = t >= R ? R : t <= -R ? -R : t;
    return (c * Math.sqrt(R2 - c * c) + R2 * Math.asin(c / R)) / 2;
  };
  let nDisc = 0;
  let nextDisc = 0;

  for (let s = 0; s + 1 < bp.length; s++) {
    const yLo = bp[s];
    const yHi = bp[s + 1];
    const h = yHi - yLo;
    if (!(h > 1e-9)) continue;
    const ym = yLo + h / 2;

    // Discs whose chord exists at ym, kept sorted by left chord end (insertion sort: the order
    // barely changes between neighbouring lines).
    let m = 0;
    for (let a = 0; a < nDisc; a++)
      if (sites.y[activeDisc[a]] + R > ym) activeDisc[m++] = activeDisc[a];
    nDisc = m;
    while (nextDisc < sites.count && sites.y[nextDisc] - R < ym) {
      if (sites.y[nextDisc] + R > ym) activeDisc[nDisc++] = nextDisc;
      nextDisc++;
    }
    if (nDisc === 0) continue;
    for (let a = 0; a < nDisc; a++) {
      const d = activeDisc[a];
      const dy = ym - sites.y[d];
      const w = Math.sqrt(R2 - dy * dy);
      dl[a] = sites.x[d] - w;
      dr[a] = sites.x[d] + w;
    }
    for (let a = 1; a < nDisc; a++) {
      const l = dl[a];
      if (dl[a - 1] <= l) continue;
      const r = dr[a];
      const id = activeDisc[a];
      let b = a - 1;
      while (b >= 0 && dl[b] > l) {
        dl[b + 1] = dl[b];
        dr[b + 1] = dr[b];
        activeDisc[b + 1] = activeDisc[b];
        b--;
      }
      dl[b + 1] = l;
      dr[b + 1] = r;
      activeDisc[b + 1] = id;
    }
    let nu = 0;
    ul[0] = dl[0];
    ur[0] = dr[0];
    ulDisc[0] = urDisc[0] = activeDisc[0];
    for (let a = 1; a < nDisc; a++) {
      if (dl[a] <= ur[nu]) {
        if (dr[a] > ur[nu]) {
          ur[nu] = dr[a];
          urDisc[nu] = activeDisc[a];
        }
      } else {
        nu++;
        ul[nu] = dl[a];
        ur[nu] = dr[a];
        ulDisc[nu] = urDisc[nu] = activeDisc[a];
      }
    }
    nu++;

    // Polygon edges crossing ym.
    m = 0;
    for (let a = 0; a < nEdges; a++) if (y1[activeEdges[a]] > ym) activeEdges[m++] = activeEdges[a];
    nEdges = m;
    while (nextEdge < edgeCount && y0[nextEdge] < ym) {
      if (y1[nextEdge] > ym) activeEdges[nEdges++] = nextEdge;
      nextEdge++;
    }
    for (let a = 0; a < nEdges; a++) {
      const e = activeEdges[a];
      keys[a] = owner[e] * KEY + (x0[e] + (ym - y0[e]) * dxdy[e] - xOff);
    }
    const line = keys.subarray(0, nEdges).sort();
    for (let a = 0; a + 1 < nEdges;) {
      const k = Math.floor(line[a] / KEY);
      if (Math.floor(line[a + 1] / KEY) !== k) {
        a++; // an odd crossing count only happens on degenerate input; skip the stray crossing
        continue;
      }
      let xa = line[a] - k * KEY + xOff;
      let xb = line[a + 1] - k * KEY + xOff;
      a += 2;
      // The window's sides are constant in y: integrated like the midpoint of an edge.
      if (xa < wx0) xa = wx0;
      if (xb > wx1) xb = wx1;
      if (!(xb > xa)) continue;
      let lo = 0;
      let hi = nu;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ur[mid] <= xa) lo = mid + 1;
        else hi = mid;
      }
      // Integrate each covered piece over the slab: polygon ends are linear in y (the midpoint
      // value is exact); chord ends use the closed form of ∫ sqrt(R² − t²) dt.
      let area = 0;
      for (let u = lo; u < nu && ul[u] < xb; u++) {
        let right: number;
        if (ur[u] < xb) {
          const d = urDisc[u];
          right = sites.x[d] * h + G(yHi - sites.y[d]) - G(yLo - sites.y[d]);
        } else right = xb * h;
        let left: number;
        if (ul[u] > xa) {
          const d = ulDisc[u];
          left = sites.x[d] * h - (G(yHi - sites.y[d]) - G(yLo - sites.y[d]));
        } else left = xa * h;
        if (right > left) area += right - left;
      }
      coveredM2[k] += area;
    }
  }
}
