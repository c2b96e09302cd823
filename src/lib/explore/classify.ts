/**
 * Class breaks for the choropleth: quantile (equal count) or natural breaks (Ckmeans, the optimal
 * 1-D k-means of Wang & Song 2011). Pure: numbers in, classes out; colours are picked by index.
 */

export type ClassMethod = 'quantile' | 'jenks';

/** One class: the smallest and largest value that falls in it (closed interval). */
export interface ClassRange {
  min: number;
  max: number;
}

/** Finite values only, sorted ascending. */
function sortedFinite(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
}

/** Groups of a sorted list by the index each class starts at. */
function rangesFromStarts(sorted: readonly number[], starts: readonly number[]): ClassRange[] {
  return starts.map((start, i) => ({
    min: sorted[start],
    max: sorted[(starts[i + 1] ?? sorted.length) - 1],
  }));
}

/**
 * Equal-count classes: class i takes the values ranked `[i·n/k, (i+1)·n/k)`. Equal values never
 * straddle two classes (a tie joins the lower class), so there can be fewer than `k` classes.
 */
export function quantileClasses(values: readonly (number | null)[], k: number): ClassRange[] {
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n === 0) return [];
  const starts: number[] = [0];
  for (let i = 1; i < k; i++) {
    let start = Math.ceil((i * n) / k);
    // Move past values equal to the previous class's last value.
    while (start < n && start > 0 && sorted[start] === sorted[start - 1]) start++;
    if (start < n && start > starts[starts.length - 1]) starts.push(start);
  }
  return rangesFromStarts(sorted, starts);
}

/**
 * Natural breaks: the split of the sorted values into at most `k` contiguous groups with the
 * smallest total within-group sum of squared deviations (exact dynamic programme, O(k·n²); the
 * choropleth has 46 kelurahan). Never more groups than distinct values.
 */
export function ckmeansClasses(values: readonly (number | null)[], k: number): ClassRange[] {
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n === 0) return [];
  const distinct = new Set(sorted).size;
  const groups = Math.min(k, distinct);
  // Prefix sums give the sum of squared deviations of sorted[a..b] in O(1).
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i] + sorted[i];
    s2[i + 1] = s2[i] + sorted[i] * sorted[i];
  }
  const ssd = (a: number, b: number) => {
    const m = b - a + 1;
    const sum = s1[b + 1] - s1[a];
    return Math.max(0, s2[b + 1] - s2[a] - (sum * sum) / m);
  };
  // cost[g][j]: best cost of sorted[0..j] in g+1 groups; from[g][j]: start of the last group.
  const cost = Array.from({ length: groups }, () => new Float64Array(n).fill(Infinity));
  const from = Array.from({ length: groups }, () => new Int32Array(n));
  for (let j = 0; j < n; j++) cost[0][j] = ssd(0, j);
  for (let g = 1; g < groups; g++) {
    for (let j = g; j < n; j++) {
      for (let start = g; start <= j; start++) {
        const c = cost[g - 1][start - 1] + ssd(start, j);
        if (c < cost[g][j]) {
          cost[g][j] = c;
          from[g][j] = start;
        }
      }
    }
  }
  const starts: number[] = [];
  let end = n - 1;
  for (let g = groups - 1; g > 0; g--) {
    const start = from[g][end];
    starts.unshift(start);
    end = start - 1;
  }
  starts.unshift(0);
  return rangesFromStarts(sorted, starts);
}

/** Index of the class `value` falls in (by upper bounds), or -1 for null / not finite / none. */
export function classIndexOf(classes: readonly ClassRange[], value: number | null): number {
  if (value === null || !Number.isFinite(value) || classes.length === 0) return -1;
  for (let i = 0; i < classes.length; i++) if (value <= classes[i].max) return i;
  return classes.length - 1;
}

/**
 * Which of `rampSize` colours class `i` of `count` takes, spread over the whole ramp. With
 * `reverse` the first class takes the last colour: the caller orients the ramp so that "worse
 * served" is always the same (dark) end.
 */
export function rampIndex(i: number, count: number, rampSize: number, reverse: boolean): number {
  const t = count <= 1 ? 0.5 : i / (count - 1);
  const index = Math.round(t * (rampSize - 1));
  return reverse ? rampSize - 1 - index : index;
}

export function classesOf(
  values: readonly (number | null)[],
  method: ClassMethod,
  k: number,
): ClassRange[] {
  return method === 'jenks' ? ckmeansClasses(values, k) : quantileClasses(values, k);
}
