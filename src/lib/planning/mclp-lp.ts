import type { CoverSets } from './cover-sets';

/** An MCLP written as an integer program in CPLEX LP format. */
export interface MclpLp {
  readonly text: string;
  /** Number of `y` rows after merging demand points reached by the same candidates. */
  readonly rows: number;
  readonly columns: number;
}

/** Terms per line: LP readers accept continuation lines, and short lines stay readable. */
const TERMS_PER_LINE = 8;

/**
 * The MCLP as an integer program, for an exact solver (HiGHS's `solve(text)`):
 *
 *     maximise Σ_g W_g·y_g   s.t.   y_g − Σ_{j ∈ N(g)} x_j ≤ 0,   Σ_j x_j = min(K, m),
 *     0 ≤ y_g ≤ 1,   x_j binary.
 *
 * `x_j` (column `x<j>`) opens candidate j; `y_g` says group g is covered. A group is every demand
 * point with weight > 0 reached by exactly the same candidate set N(g) (their weights summed into
 * W_g) — an exact reduction, since such points are covered together or not at all. Points no
 * candidate reaches are dropped (they add a constant 0). `y` can be continuous: for any binary x
 * the best y is 1 where some chosen site reaches g and 0 elsewhere. With `relax`, `x` is
 * continuous too and the optimum is an upper bound of the integer optimum (LP relaxation).
 * Demand already covered by existing sites must be left out of `sets` by the caller.
 */
export function writeMclpLp(
  sets: CoverSets,
  weight: ArrayLike<number>,
  k: number,
  options: { relax?: boolean } = {},
): MclpLp {
  const { candidateCount: m, start, items } = sets;
  const reachedBy: number[][] = Array.from({ length: weight.length }, () => []);
  for (let j = 0; j < m; j++) {
    for (let p = start[j]; p < start[j + 1]; p++) reachedBy[items[p]].push(j);
  }
  const groups = new Map<string, { cands: number[]; w: number }>();
  reachedBy.forEach((cands, i) => {
    if (cands.length === 0 || !(weight[i] > 0)) return;
    const key = cands.join(',');
    const g = groups.get(key);
    if (g) g.w += weight[i];
    else groups.set(key, { cands, w: weight[i] });
  });
  const lines: string[] = ['Maximize'];
  const objective: string[] = [];
  const rows: string[] = [];
  let g = 0;
  for (const { cands, w } of groups.values()) {
    objective.push(`${g === 0 ? '' : '+ '}${num(w)} y${g}`);
    rows.push(` c${g}: ${wrap([`y${g}`, ...cands.map((j) => `- x${j}`)])} <= 0`);
    g++;
  }
  lines.push(` obj: ${objective.length > 0 ? wrap(objective) : '0 x0'}`);
  lines.push('Subject To', ...rows);
  const xs = Array.from({ length: m }, (_, j) => `x${j}`);
  if (m > 0)
    lines.push(` card: ${wrap(xs.map((x, j) => (j === 0 ? x : `+ ${x}`)))} = ${Math.min(k, m)}`);
  lines.push('Bounds');
  for (let y = 0; y < g; y++) lines.push(` 0 <= y${y} <= 1`);
  if (options.relax) for (const x of xs) lines.push(` 0 <= ${x} <= 1`);
  else if (m > 0) lines.push('Binary', ` ${wrap(xs)}`);
  lines.push('End', '');
  return { text: lines.join('\n'), rows: g, columns: m + g };
}

/**
 * Chosen candidates (ascending) from a solver's column values keyed by name (`x<j>` > 0.5).
 */
export function chosenFromColumns(
  columns: Readonly<Record<string, { readonly Primal?: number }>>,
  candidateCount: number,
): number[] {
  const out: number[] = [];
  for (let j = 0; j < candidateCount; j++) if ((columns[`x${j}`]?.Primal ?? 0) > 0.5) out.push(j);
  return out;
}

function wrap(terms: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i += TERMS_PER_LINE) {
    out.push(terms.slice(i, i + TERMS_PER_LINE).join(' '));
  }
  return out.join('\n   ');
}

/** Shortest round-trip decimal; LP readers take exponents, but not `Infinity`/`NaN`. */
function num(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`weight must be finite (got ${v})`);
  return String(v);
}
