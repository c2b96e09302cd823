/**
 * A bucket grid over movable points (the what-if engine's sites), in local-frame metres: which
 * sites may reach a window, without scanning them all. Each cell holds a doubly linked list kept
 * in typed arrays, so insert and remove are O(1) and a query costs the cells it touches. Points
 * outside the grid's bounds go to the border cells, so any position works (queries clamp the same
 * way and still see them).
 */
export class SiteBuckets {
  readonly #minX: number;
  readonly #minY: number;
  readonly #cellM: number;
  readonly #nx: number;
  readonly #ny: number;
  /** First id per cell, −1 when empty. */
  readonly #head: Int32Array;
  #next = new Int32Array(0);
  #prev = new Int32Array(0);
  /** Cell per id, −1 when not in the grid. */
  #cellOf = new Int32Array(0);

  /**
   * @param bounds `[minX, minY, maxX, maxY]` in frame metres that the grid covers
   * @param cellM cell side in metres (the engine uses the radius)
   */
  constructor(bounds: readonly [number, number, number, number], cellM: number) {
    const [minX, minY, maxX, maxY] = bounds;
    // At most ~2^18 cells, whatever the radius.
    const cell = Math.max(cellM, Math.sqrt(((maxX - minX) * (maxY - minY)) / (1 << 18)), 1e-3);
    this.#minX = minX;
    this.#minY = minY;
    this.#cellM = cell;
    this.#nx = Math.max(1, Math.ceil((maxX - minX) / cell));
    this.#ny = Math.max(1, Math.ceil((maxY - minY) / cell));
    this.#head = new Int32Array(this.#nx * this.#ny).fill(-1);
  }

  #col(x: number): number {
    const i = Math.floor((x - this.#minX) / this.#cellM);
    return i < 0 ? 0 : i >= this.#nx ? this.#nx - 1 : i;
  }

  #row(y: number): number {
    const j = Math.floor((y - this.#minY) / this.#cellM);
    return j < 0 ? 0 : j >= this.#ny ? this.#ny - 1 : j;
  }

  #ensure(id: number): void {
    if (id < this.#cellOf.length) return;
    const size = Math.max(16, 2 * this.#cellOf.length, id + 1);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size).fill(-1);
      b.set(a);
      return b;
    };
    this.#next = grow(this.#next);
    this.#prev = grow(this.#prev);
    this.#cellOf = grow(this.#cellOf);
  }

  /** Puts site `id` (a non-negative integer not in the grid) at `(x, y)` metres. */
  insert(id: number, x: number, y: number): void {
    this.#ensure(id);
    const c = this.#row(y) * this.#nx + this.#col(x);
    const h = this.#head[c];
    this.#cellOf[id] = c;
    this.#prev[id] = -1;
    this.#next[id] = h;
    if (h >= 0) this.#prev[h] = id;
    this.#head[c] = id;
  }

  /** Takes site `id` out of the grid (no-op when it is not in it). */
  remove(id: number): void {
    const c = id < this.#cellOf.length ? this.#cellOf[id] : -1;
    if (c < 0) return;
    const p = this.#prev[id];
    const n = this.#next[id];
    if (p >= 0) this.#next[p] = n;
    else this.#head[c] = n;
    if (n >= 0) this.#prev[n] = p;
    this.#cellOf[id] = -1;
  }

  /**
   * Pushes to `out` the ids in the cells overlapping `[x0, x1] × [y0, y1]` (metres): every site
   * inside the box and some near it; the caller tests the exact condition.
   */
  collect(x0: number, y0: number, x1: number, y1: number, out: number[]): void {
    const i0 = this.#col(x0);
    const i1 = this.#col(x1);
    const j1 = this.#row(y1);
    for (let j = this.#row(y0); j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        for (let id = this.#head[j * this.#nx + i]; id >= 0; id = this.#next[id]) out.push(id);
      }
    }
  }
}
