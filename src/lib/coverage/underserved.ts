import { median } from './metrics';

/**
 * One component of the underserved index as the formula reads it: an indicator per kelurahan and
 * how a value becomes a need in 0..1 (formula in src/lib/coverage/README.md).
 */
export interface IndexComponentInput {
  id: string;
  /**
   * - `share`: a percentage of the kelurahan served (catchment area, RTs reached):
   *   need = 1 − value / 100, clamped to 0..1;
   * - `relative`: a rate (rupiah or persons or records per resident): need = max(0, 1 − value /
   *   city median), 0 when the median is 0.
   */
  scale: 'share' | 'relative';
  /**
   * Per kelurahan in engine order; a null entry is a kelurahan without a figure (no population),
   * which gets need 1 (no evidence of service). Null for the whole component: its programme has
   * no records, and the component does not count.
   */
  values: readonly (number | null)[] | null;
  /** Any non-negative number; the weights are normalised over the counted components. */
  weight: number;
}

export interface UnderservedRow {
  /** 0 (well served) .. 100 (unserved on every weighted component). */
  score: number;
  /** 1 = most underserved; ties broken by kelurahan code, ascending. */
  rank: number;
  /** Need per component id, 0..1 (null when the kelurahan had no figure for it). */
  need: Record<string, number | null>;
  /** The indicator of each component here (its `values` entry; null without a figure). */
  value: Record<string, number | null>;
  /** Points each component adds to the score; they sum to `score`. Every component has one. */
  contribution: Record<string, number>;
}

/**
 * The underserved index over any number of components (the built-in programmes', the presets',
 * the users' own): per component a need in 0..1, then
 * score = 100 · Σ wᵢ·needᵢ / Σ wᵢ over the components with a positive weight and data. Ranks 1..n.
 */
export function underservedIndex(
  components: readonly IndexComponentInput[],
  kodes: readonly string[],
): UnderservedRow[] {
  const needs = components.map((c) => needsOf(c, kodes.length));
  const counted = components
    .map((c, i) => ({ c, i, w: Math.max(0, c.weight) }))
    .filter(({ c, w }) => w > 0 && (c.values?.some((v) => v !== null) ?? false));
  const total = counted.reduce((s, { w }) => s + w, 0);
  const rows = kodes.map((_, k) => {
    const need: Record<string, number | null> = {};
    const contribution: Record<string, number> = {};
    const value: Record<string, number | null> = {};
    components.forEach((c, i) => {
      need[c.id] = needs[i][k];
      value[c.id] = c.values?.[k] ?? null;
      contribution[c.id] = 0;
    });
    let score = 0;
    for (const { c, i, w } of counted) {
      contribution[c.id] = (100 * w * (needs[i][k] ?? 1)) / total;
      score += contribution[c.id];
    }
    return { score, rank: 0, need, value, contribution };
  });
  const order = rows
    .map((_, k) => k)
    .sort((a, b) => rows[b].score - rows[a].score || (kodes[a] < kodes[b] ? -1 : 1));
  order.forEach((k, i) => (rows[k].rank = i + 1));
  return rows;
}

function needsOf(c: IndexComponentInput, n: number): (number | null)[] {
  const values = c.values;
  if (values === null) return new Array<null>(n).fill(null);
  if (c.scale === 'share') return values.map((v) => (v === null ? null : 1 - clamp01(v / 100)));
  const m = median(values.map((v) => v ?? NaN));
  return values.map((v) => (v === null ? null : m > 0 ? Math.max(0, 1 - v / m) : 0));
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
