/**
 * Change between two periods (issue 13 §4), per kelurahan: of any metric, of the underserved
 * score and of its rank, from two engine results of the same 46 kelurahan. Pure: rows in, rows
 * and a diverging colouring out. Change = period B − period A ("from A to B").
 */
import type { KelurahanCoverage } from '../coverage/result';
import { CHANGE_RAMP, NO_DATA, type Rgba } from '../map/colors';
import { metricDef, type MetricId } from './metric-catalog';

/** One kelurahan's change. */
export interface ChangeRow {
  kode: string;
  nama: string;
  /** The metric in period A and B; null without data there. */
  a: number | null;
  b: number | null;
  /** `b − a`; null when either is missing. */
  delta: number | null;
  /**
   * `delta` oriented so that positive is better served (the metric's direction): the sort key
   * of "improved most" and the side of the diverging colouring. Null with `delta`.
   */
  gain: number | null;
  scoreA: number;
  scoreB: number;
  /** Underserved score B − A: negative is better (less underserved). */
  scoreDelta: number;
  rankA: number;
  rankB: number;
  /** Rank B − A: rank 1 is the most underserved, so a positive change is better. */
  rankDelta: number;
}

const finite = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);
/** Differences this small are rounding, not change (figures are sums of floats). */
const EPSILON = 1e-9;
const clean = (v: number) => (Math.abs(v) < EPSILON ? 0 : v);

/** The change of `metric` per kelurahan, in the order of `a` (kelurahan matched by code). */
export function changeRows(
  a: readonly KelurahanCoverage[],
  b: readonly KelurahanCoverage[],
  metric: MetricId,
): ChangeRow[] {
  const def = metricDef(metric);
  const inB = new Map(b.map((k) => [k.kode, k]));
  return a.flatMap((ka) => {
    const kb = inB.get(ka.kode);
    if (!kb) return [];
    const va = finite(def.value(ka));
    const vb = finite(def.value(kb));
    const delta = va === null || vb === null ? null : clean(vb - va);
    return [
      {
        kode: ka.kode,
        nama: ka.nama,
        a: va,
        b: vb,
        delta,
        gain: delta === null ? null : def.better === 'higher' ? delta : clean(-delta),
        scoreA: ka.underserved.score,
        scoreB: kb.underserved.score,
        scoreDelta: clean(kb.underserved.score - ka.underserved.score),
        rankA: ka.underserved.rank,
        rankB: kb.underserved.rank,
        rankDelta: kb.underserved.rank - ka.underserved.rank,
      },
    ];
  });
}

/** Rows sorted by gain, most improved first (or most worsened first); no data last, ties by code. */
export function sortByChange(rows: readonly ChangeRow[], worstFirst = false): ChangeRow[] {
  const sign = worstFirst ? 1 : -1;
  return [...rows].sort((x, y) => {
    if (x.gain === null || y.gain === null) {
      if (x.gain !== y.gain) return x.gain === null ? 1 : -1;
    } else if (x.gain !== y.gain) return sign * (x.gain - y.gain);
    return x.kode < y.kode ? -1 : x.kode > y.kode ? 1 : 0;
  });
}

/** One class of the diverging colouring, by gain (positive = better served). */
export interface ChangeClass {
  /** Bounds of the class's change in the metric's own direction (`delta`, not gain), closed. */
  min: number;
  max: number;
  side: 'worse' | 'none' | 'better';
  color: Rgba;
  count: number;
}

/** A diverging choropleth of change: what the map fills and the legend lists. */
export interface ChangeChoropleth {
  metric: MetricId;
  /** Worst first, "no change" in the middle, best last (3 + 1 + 3 classes, empty ones kept). */
  classes: ChangeClass[];
  noDataCount: number;
  colorByKode: ReadonlyMap<string, Rgba>;
  /** The change (`delta`) per kelurahan, for the tooltip. */
  valueByKode: ReadonlyMap<string, number | null>;
  key: string;
}

/**
 * Steps on each side of zero: |gain| in (0, s], (s, 2s], (2s, 3s] with s = M/3, M = max |gain|
 * (whole changes: s = ⌈M/3⌉, at least 1).
 */
const STEPS = 3;

/**
 * Classes symmetric around zero, so that one colour strength means one size of change on either
 * side: exact zero is its own class (the middle, neutral colour); the rest split by thirds of the
 * largest change in either direction (whole steps for whole changes). Colours from {@link CHANGE_RAMP} (ColorBrewer PuOr, safe
 * for the common colour-vision deficiencies): orange worse, purple better.
 */
export function changeChoropleth(rows: readonly ChangeRow[], metric: MetricId): ChangeChoropleth {
  const better = metricDef(metric).better;
  const maxGain = Math.max(0, ...rows.map((r) => Math.abs(r.gain ?? 0)));
  // Whole changes (counts) get whole steps and bounds: "+1 – +2", never "+0,7 – +1,3".
  const whole = rows.every((r) => r.gain === null || Number.isInteger(r.gain));
  const step = whole ? Math.max(1, Math.ceil(maxGain / STEPS)) : maxGain / STEPS;
  // With whole steps a class holds (lo, hi] of whole numbers, i.e. [lo + 1, hi].
  const inner = whole ? 1 : 0;
  // Gain bounds of each class, worst first: [-M, -2M/3), …, 0, …, (2M/3, M].
  const toDelta = (gain: number) => clean(better === 'higher' ? gain : -gain);
  const classes: ChangeClass[] = [];
  for (let i = STEPS; i >= 1; i--)
    classes.push(bounds(-i * step, -(i - 1) * step - inner, 'worse', CHANGE_RAMP[STEPS - i]));
  classes.push({ min: 0, max: 0, side: 'none', color: CHANGE_RAMP[STEPS], count: 0 });
  for (let i = 1; i <= STEPS; i++)
    classes.push(bounds((i - 1) * step + inner, i * step, 'better', CHANGE_RAMP[STEPS + i]));
  function bounds(lo: number, hi: number, side: ChangeClass['side'], color: Rgba): ChangeClass {
    const [x, y] = [toDelta(lo), toDelta(hi)];
    return { min: Math.min(x, y), max: Math.max(x, y), side, color, count: 0 };
  }
  const classOf = (gain: number): number => {
    if (gain === 0 || step === 0) return STEPS;
    const n = Math.min(STEPS, Math.max(1, Math.ceil(Math.abs(gain) / step - EPSILON)));
    return gain > 0 ? STEPS + n : STEPS - n;
  };
  const colorByKode = new Map<string, Rgba>();
  const valueByKode = new Map<string, number | null>();
  let noDataCount = 0;
  for (const r of rows) {
    valueByKode.set(r.kode, r.delta);
    if (r.gain === null) {
      noDataCount++;
      colorByKode.set(r.kode, NO_DATA);
      continue;
    }
    const c = classes[classOf(r.gain)];
    c.count++;
    colorByKode.set(r.kode, c.color);
  }
  const key = `change|${metric}|${rows.map((r) => r.delta ?? 'x').join(',')}`;
  return { metric, classes, noDataCount, colorByKode, valueByKode, key };
}

/** One figure of one kelurahan in both periods (the report's change table). */
export interface FigureChange {
  metric: MetricId;
  a: number | null;
  b: number | null;
  delta: number | null;
  gain: number | null;
}

/** The change of each of `metrics` in kelurahan `kode` (none when it is missing from a period). */
export function kelurahanChange(
  a: readonly KelurahanCoverage[],
  b: readonly KelurahanCoverage[],
  kode: string,
  metrics: readonly MetricId[],
): FigureChange[] {
  const ka = a.filter((k) => k.kode === kode);
  const kb = b.filter((k) => k.kode === kode);
  return metrics.flatMap((metric) =>
    changeRows(ka, kb, metric).map(({ a: va, b: vb, delta, gain }) => ({
      metric,
      a: va,
      b: vb,
      delta,
      gain,
    })),
  );
}
