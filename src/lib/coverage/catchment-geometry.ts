import { collectEdges, type PolygonalFeature } from '../geo/edges';
import { createLocalFrame, type LocalFrame } from '../geo/local-frame';

/**
 * The kelurahan polygons prepared for catchment sweeps: every non-horizontal edge in local-frame
 * metres, directed upward, sorted by its lower `y`, plus the sorted distinct vertex `y` values
 * (the sweep puts a slab boundary at each, so polygon interval ends are linear inside a slab).
 */
export interface CatchmentGeometry {
  readonly frame: LocalFrame;
  readonly featureCount: number;
  readonly edgeCount: number;
  readonly x0: Float64Array;
  readonly y0: Float64Array;
  readonly y1: Float64Array;
  readonly dxdy: Float64Array;
  readonly owner: Int32Array;
  readonly vertexYs: Float64Array;
  /** Bounds of all edges in frame metres. */
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  /** Shoelace area of each feature in the frame, m² (holes subtracted). */
  readonly areaM2: Float64Array;
}

/**
 * Prepares `features` (`[lng, lat]` degrees) for {@link computeCatchment}. The frame defaults to
 * one centred on the features' bounding box.
 */
export function prepareCatchmentGeometry(
  features: readonly PolygonalFeature[],
  frame?: LocalFrame,
): CatchmentGeometry {
  const raw = collectEdges(features);
  let minLng = Infinity;
  let maxLng = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (let e = 0; e < raw.count; e++) {
    minLng = Math.min(minLng, raw.ax[e]);
    maxLng = Math.max(maxLng, raw.ax[e]);
    minLat = Math.min(minLat, raw.ay[e]);
    maxLat = Math.max(maxLat, raw.ay[e]);
  }
  const f = frame ?? createLocalFrame((minLng + maxLng) / 2, (minLat + maxLat) / 2);
  const n = raw.count;
  const areaM2 = new Float64Array(features.length);
  const ys: number[] = [];
  const order: number[] = [];
  const px0 = new Float64Array(n);
  const py0 = new Float64Array(n);
  const px1 = new Float64Array(n);
  const py1 = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const ax = (raw.ax[e] - f.originLng) * f.mPerDegLng;
    const ay = (raw.ay[e] - f.originLat) * f.mPerDegLat;
    const bx = (raw.bx[e] - f.originLng) * f.mPerDegLng;
    const by = (raw.by[e] - f.originLat) * f.mPerDegLat;
    // Shoelace with the owner's interior on the left counts positive.
    const twice = ax * by - bx * ay;
    areaM2[raw.owner[e]] += (raw.interiorLeft[e] ? twice : -twice) / 2;
    ys.push(ay);
    if (ay === by) continue;
    const up = ay < by;
    px0[e] = up ? ax : bx;
    py0[e] = up ? ay : by;
    px1[e] = up ? bx : ax;
    py1[e] = up ? by : ay;
    order.push(e);
  }
  order.sort((a, b) => py0[a] - py0[b]);
  const m = order.length;
  const x0 = new Float64Array(m);
  const y0 = new Float64Array(m);
  const y1 = new Float64Array(m);
  const dxdy = new Float64Array(m);
  const owner = new Int32Array(m);
  let minX = Infinity;
  let maxX = -Infinity;
  order.forEach((e, i) => {
    x0[i] = px0[e];
    y0[i] = py0[e];
    y1[i] = py1[e];
    dxdy[i] = (px1[e] - px0[e]) / (py1[e] - py0[e]);
    owner[i] = raw.owner[e];
    minX = Math.min(minX, px0[e], px1[e]);
    maxX = Math.max(maxX, px0[e], px1[e]);
  });
  const vertexYs = Float64Array.from(new Set(ys)).sort();
  return {
    frame: f,
    featureCount: features.length,
    edgeCount: m,
    x0,
    y0,
    y1,
    dxdy,
    owner,
    vertexYs,
    minX,
    maxX,
    minY: vertexYs[0] ?? 0,
    maxY: vertexYs[vertexYs.length - 1] ?? 0,
    areaM2,
  };
}
