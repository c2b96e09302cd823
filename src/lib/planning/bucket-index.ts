/**
 * A uniform grid of buckets over points in a metric frame (metres), for radius queries. Built in
 * O(n) by counting sort; the points are copied into bucket order so a query reads contiguous
 * memory. A hand-written index rather than kdbush/flatbush: a fixed radius on near-uniform city
 * data is the case a uniform grid serves best, and it needs no dependency.
 */
export interface BucketIndex {
  readonly minX: number;
  readonly minY: number;
  /** Bucket side, metres. */
  readonly cellM: number;
  readonly nx: number;
  readonly ny: number;
  /** CSR offsets per bucket (row-major, south row first), length nx·ny + 1. */
  readonly start: Uint32Array;
  /** Original point index per slot, in bucket order. */
  readonly ids: Uint32Array;
  /** Coordinates per slot (same order as `ids`), metres. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** Cap on buckets so sparse or far-flung points cannot allocate a huge grid. */
const MAX_BUCKETS = 1 << 22;

/**
 * Indexes points `(x[i], y[i])` in metres in buckets of about `cellM` metres (enlarged when the
 * extent would need more than 4 M buckets). Non-finite coordinates are left out.
 */
export function buildBucketIndex(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  cellM: number,
): BucketIndex {
  const n = x.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
    if (x[i] < minX) minX = x[i];
    if (x[i] > maxX) maxX = x[i];
    if (y[i] < minY) minY = y[i];
    if (y[i] > maxY) maxY = y[i];
  }
  if (minX > maxX) [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  let size = cellM > 0 ? cellM : 1;
  while (((maxX - minX) / size + 1) * ((maxY - minY) / size + 1) > MAX_BUCKETS) size *= 2;
  const nx = Math.floor((maxX - minX) / size) + 1;
  const ny = Math.floor((maxY - minY) / size) + 1;
  const bucket = new Int32Array(n);
  const start = new Uint32Array(nx * ny + 1);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) {
      bucket[i] = -1;
      continue;
    }
    const b = Math.floor((y[i] - minY) / size) * nx + Math.floor((x[i] - minX) / size);
    bucket[i] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < nx * ny; b++) start[b + 1] += start[b];
  const fill = start.slice(0, nx * ny);
  const m = start[nx * ny];
  const ids = new Uint32Array(m);
  const xs = new Float64Array(m);
  const ys = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    if (bucket[i] < 0) continue;
    const s = fill[bucket[i]]++;
    ids[s] = i;
    xs[s] = x[i];
    ys[s] = y[i];
  }
  return { minX, minY, cellM: size, nx, ny, start, ids, xs, ys };
}

/**
 * Calls `visit(id)` for every indexed point within `radiusM` metres of `(px, py)` (distance ≤ R,
 * so a point exactly on the circle counts), bucket by bucket. Return `true` from `visit` to stop
 * early; the function then returns `true`.
 */
export function forEachWithin(
  index: BucketIndex,
  px: number,
  py: number,
  radiusM: number,
  visit: (id: number) => boolean | void,
): boolean {
  const { minX, minY, cellM, nx, ny, start, ids, xs, ys } = index;
  const r2 = radiusM * radiusM;
  const i0 = Math.max(0, Math.floor((px - radiusM - minX) / cellM));
  const i1 = Math.min(nx - 1, Math.floor((px + radiusM - minX) / cellM));
  const j0 = Math.max(0, Math.floor((py - radiusM - minY) / cellM));
  const j1 = Math.min(ny - 1, Math.floor((py + radiusM - minY) / cellM));
  for (let j = j0; j <= j1; j++) {
    const row = j * nx;
    for (let s = start[row + i0], end = start[row + i1 + 1]; s < end; s++) {
      const dx = xs[s] - px;
      const dy = ys[s] - py;
      if (dx * dx + dy * dy <= r2 && visit(ids[s]) === true) return true;
    }
  }
  return false;
}
