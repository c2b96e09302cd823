import type { EdgeSet } from '../geo/edges';
import type { LngLat } from '../model/kelurahan';

/**
 * Area centroid `[lng, lat]` of feature `k` from its edges (holes subtracted), for a kelurahan too
 * small to hold a grid cell centre when no label point is given. Computed relative to the
 * feature's first vertex so the cross products do not cancel at ~112° of longitude. A centroid
 * can fall outside a strongly concave polygon; the caller assigns the point to `k` regardless.
 * A feature without area falls back to the mean of its edge start points.
 */
export function fallbackPoint(edges: EdgeSet, k: number): LngLat {
  let ox = NaN;
  let oy = NaN;
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let e = 0; e < edges.count; e++) {
    if (edges.owner[e] !== k) continue;
    if (n === 0) [ox, oy] = [edges.ax[e], edges.ay[e]];
    const x0 = edges.ax[e] - ox;
    const y0 = edges.ay[e] - oy;
    const x1 = edges.bx[e] - ox;
    const y1 = edges.by[e] - oy;
    // Positive when the interior is on the left, as the shoelace formula expects.
    const cross = (x0 * y1 - x1 * y0) * (edges.interiorLeft[e] ? 1 : -1);
    a2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
    sx += x0;
    sy += y0;
    n++;
  }
  if (n === 0) return [NaN, NaN];
  if (a2 === 0) return [ox + sx / n, oy + sy / n];
  return [ox + cx / (3 * a2), oy + cy / (3 * a2)];
}
