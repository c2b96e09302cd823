import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Anything with a polygonal GeoJSON geometry; the feature's position in the array is its owner id. */
export interface PolygonalFeature {
  geometry: Polygon | MultiPolygon;
}

/**
 * Every polygon edge of a set of features, as flat typed arrays in the input coordinates
 * (`[lng, lat]` degrees, or metres after projection). Ring order and winding are kept: edge `e`
 * runs from `(ax[e], ay[e])` to `(bx[e], by[e])` and belongs to feature `owner[e]`.
 * `interiorLeft[e]` is 1 when the owner's interior lies to the left of the directed edge (outer
 * ring counter-clockwise or hole clockwise), measured from the ring's signed area, not trusted
 * from the input winding. Zero-length edges are dropped; open rings are closed.
 */
export interface EdgeSet {
  count: number;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  owner: Int32Array;
  interiorLeft: Uint8Array;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** Collects the edges of `features` (see {@link EdgeSet}). */
export function collectEdges(features: readonly PolygonalFeature[]): EdgeSet {
  let total = 0;
  for (const f of features) {
    for (const poly of polygonsOf(f.geometry)) for (const ring of poly) total += ring.length;
  }
  const ax = new Float64Array(total);
  const ay = new Float64Array(total);
  const bx = new Float64Array(total);
  const by = new Float64Array(total);
  const owner = new Int32Array(total);
  const interiorLeft = new Uint8Array(total);
  let n = 0;
  features.forEach((f, k) => {
    for (const poly of polygonsOf(f.geometry)) {
      poly.forEach((ring, r) => {
        const ccw = signedArea(ring) > 0;
        const left = r === 0 ? ccw : !ccw;
        for (let i = 0, m = ring.length; i < m; i++) {
          const a = ring[i];
          const b = ring[(i + 1) % m];
          if (a[0] === b[0] && a[1] === b[1]) continue;
          ax[n] = a[0];
          ay[n] = a[1];
          bx[n] = b[0];
          by[n] = b[1];
          owner[n] = k;
          interiorLeft[n] = left ? 1 : 0;
          n++;
        }
      });
    }
  });
  return {
    count: n,
    ax: ax.slice(0, n),
    ay: ay.slice(0, n),
    bx: bx.slice(0, n),
    by: by.slice(0, n),
    owner: owner.slice(0, n),
    interiorLeft: interiorLeft.slice(0, n),
  };
}

/**
 * Crossing-number test of one feature's edges with the half-open rule: an edge counts when
 * `min(ay,by) <= y < max(ay,by)` and it crosses strictly east of `x`, the crossing computed from
 * the endpoint with the lower `y` so both neighbours of a shared edge get bit-identical answers.
 * Brute force (O(edges)); the grid in `point-index.ts` is the fast path.
 */
export function insideByCrossings(edges: EdgeSet, k: number, x: number, y: number): boolean {
  let inside = false;
  for (let e = 0; e < edges.count; e++) {
    if (edges.owner[e] !== k) continue;
    let x0 = edges.ax[e];
    let y0 = edges.ay[e];
    let x1 = edges.bx[e];
    let y1 = edges.by[e];
    if (y0 > y1 || (y0 === y1 && x0 > x1)) {
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
    }
    if (y0 <= y && y < y1 && x < x0 + (y - y0) * ((x1 - x0) / (y1 - y0))) inside = !inside;
  }
  return inside;
}

/**
 * The lowest feature index whose crossing test (as {@link insideByCrossings}) says `(x, y)` is
 * inside, or −1. One pass over all edges; `parity` is scratch space of at least featureCount bytes.
 */
export function firstOwnerByCrossings(
  edges: EdgeSet,
  featureCount: number,
  x: number,
  y: number,
  parity: Uint8Array = new Uint8Array(featureCount),
): number {
  parity.fill(0, 0, featureCount);
  for (let e = 0; e < edges.count; e++) {
    let x0 = edges.ax[e];
    let y0 = edges.ay[e];
    let x1 = edges.bx[e];
    let y1 = edges.by[e];
    if (y0 > y1 || (y0 === y1 && x0 > x1)) {
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
    }
    if (y0 <= y && y < y1 && x < x0 + (y - y0) * ((x1 - x0) / (y1 - y0))) {
      parity[edges.owner[e]] ^= 1;
    }
  }
  for (let k = 0; k < featureCount; k++) if (parity[k]) return k;
  return -1;
}
