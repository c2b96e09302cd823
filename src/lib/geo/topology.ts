import { firstOwnerByCrossings, type EdgeSet } from './edges';

/**
 * The distinct edges of a partition, each stored once, directed upward (`ay <= by`, and `ax < bx`
 * when horizontal), with the owner on each side: `west` (left of the upward direction) and `east`.
 * −1 is outside every feature. A shared edge of two neighbours has identical endpoints in both
 * rings, so it is found by its exact coordinates. An edge with no partner (the city's outline, or
 * a neighbour whose vertices differ) gets its other side from point tests 1 cm off the edge at a
 * quarter, half and three quarters of its length; when they disagree (the input has slivers or
 * gaps there) the side is {@link UNRESOLVED} and lookups that reach it fall back to brute force.
 */
export interface Topology {
  count: number;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** `(bx − ax) / (by − ay)`; 0 for horizontal edges. */
  dxdy: Float64Array;
  west: Int32Array;
  east: Int32Array;
}

const UNKNOWN = -2;
/** Owner value for an edge side the topology could not settle. */
export const UNRESOLVED = -3;

/** Builds the {@link Topology} of `raw` edges of `featureCount` features. */
export function buildTopology(raw: EdgeSet, featureCount: number): Topology {
  const n = raw.count;
  const ax = new Float64Array(n);
  const ay = new Float64Array(n);
  const bx = new Float64Array(n);
  const by = new Float64Array(n);
  const west = new Int32Array(n).fill(UNKNOWN);
  const east = new Int32Array(n).fill(UNKNOWN);
  const seen = new Map<string, number>();
  let count = 0;
  for (let e = 0; e < n; e++) {
    let x0 = raw.ax[e];
    let y0 = raw.ay[e];
    let x1 = raw.bx[e];
    let y1 = raw.by[e];
    let interiorWest = raw.interiorLeft[e] === 1;
    if (y0 > y1 || (y0 === y1 && x0 > x1)) {
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
      interiorWest = !interiorWest;
    }
    const key = `${x0},${y0},${x1},${y1}`;
    let u = seen.get(key);
    if (u === undefined) {
      u = count++;
      seen.set(key, u);
      ax[u] = x0;
      ay[u] = y0;
      bx[u] = x1;
      by[u] = y1;
    }
    const side = interiorWest ? west : east;
    // First writer wins, so overlapping input resolves to the lower feature index.
    if (side[u] === UNKNOWN) side[u] = raw.owner[e];
  }
  const dxdy = new Float64Array(count);
  for (let u = 0; u < count; u++) {
    dxdy[u] = ay[u] === by[u] ? 0 : (bx[u] - ax[u]) / (by[u] - ay[u]);
    if (west[u] === UNKNOWN || east[u] === UNKNOWN) {
      const known = west[u] === UNKNOWN ? east[u] : west[u];
      const towardWest = west[u] === UNKNOWN;
      const found = sideOwner(raw, featureCount, known, u, ax, ay, bx, by, towardWest);
      if (towardWest) west[u] = found;
      else east[u] = found;
    }
  }
  return {
    count,
    ax: ax.slice(0, count),
    ay: ay.slice(0, count),
    bx: bx.slice(0, count),
    by: by.slice(0, count),
    dxdy,
    west: west.slice(0, count),
    east: east.slice(0, count),
  };
}

function sideOwner(
  raw: EdgeSet,
  featureCount: number,
  exclude: number,
  u: number,
  ax: Float64Array,
  ay: Float64Array,
  bx: Float64Array,
  by: Float64Array,
  towardWest: boolean,
): number {
  const dx = bx[u] - ax[u];
  const dy = by[u] - ay[u];
  const len = Math.hypot(dx, dy);
  // ~1 cm in degrees (less on tiny edges); the left normal of the upward direction points west.
  const step = (Math.min(1e-7, len * 1e-4) / len) * (towardWest ? 1 : -1);
  const parity = new Uint8Array(featureCount);
  let found = UNKNOWN;
  for (const t of [0.25, 0.5, 0.75]) {
    const px = ax[u] + t * dx - dy * step;
    const py = ay[u] + t * dy + dx * step;
    let k = firstOwnerByCrossings(raw, featureCount, px, py, parity);
    if (k === exclude) k = secondOwner(parity, featureCount, exclude);
    if (found === UNKNOWN) found = k;
    else if (found !== k) return UNRESOLVED;
  }
  return found;
}

function secondOwner(parity: Uint8Array, featureCount: number, exclude: number): number {
  for (let k = 0; k < featureCount; k++) if (parity[k] && k !== exclude) return k;
  return -1;
}
