import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '../coverage/result';
import { CHANGE_RAMP, NO_DATA } from '../map/colors';
import {
  changeChoropleth,
  changeRows,
  kelurahanChange,
  sortByChange,
  type ChangeRow,
} from './period-change';

/** Only the fields the change reads: bank sampah count, Home Care last visit, the index. */
const kel = (
  kode: string,
  count: number,
  days: number | null,
  score: number,
  rank: number,
): KelurahanCoverage =>
  ({
    kode,
    nama: `Kel ${kode}`,
    programs: { bank_sampah: { count } },
    homeCare: { daysSinceLastVisit: days },
    underserved: { score, rank, contribution: {} },
  }) as unknown as KelurahanCoverage;

describe('changeRows', () => {
  const a = [kel('k1', 1, 10, 60, 1), kel('k2', 3, null, 40, 2), kel('k3', 2, 5, 20, 3)];
  const b = [kel('k3', 2, 30, 10, 3), kel('k2', 1, 4, 50, 1), kel('k1', 4, 2, 45, 2)];

  it('is B − A per kelurahan, matched by code, with the score and the rank', () => {
    const rows = changeRows(a, b, 'bank_sampah_count');
    expect(rows.map((r) => [r.kode, r.a, r.b, r.delta, r.gain])).toEqual([
      ['k1', 1, 4, 3, 3],
      ['k2', 3, 1, -2, -2],
      ['k3', 2, 2, 0, 0],
    ]);
    // k1: score 60 → 45 (−15, less underserved), rank 1 → 2 (+1: further from the worst).
    expect(rows[0]).toMatchObject({ scoreDelta: -15, rankA: 1, rankB: 2, rankDelta: 1 });
  });

  it('orients the gain by the metric’s direction and leaves a missing side without change', () => {
    // Days since the last visit: fewer is better, so 10 → 2 days is a gain of 8.
    const rows = changeRows(a, b, 'home_care_days_since_last_visit');
    expect(rows.map((r) => [r.delta, r.gain])).toEqual([
      [-8, 8],
      [null, null],
      [25, -25],
    ]);
  });

  it('gives one kelurahan’s figures in both periods for the report', () => {
    expect(
      kelurahanChange(a, b, 'k1', ['bank_sampah_count', 'underserved_score']).map((f) => [
        f.metric,
        f.a,
        f.b,
        f.delta,
        f.gain,
      ]),
    ).toEqual([
      ['bank_sampah_count', 1, 4, 3, 3],
      ['underserved_score', 60, 45, -15, 15],
    ]);
    expect(kelurahanChange(a, b, 'nowhere', ['bank_sampah_count'])).toEqual([]);
  });

  it('sorts most improved first, missing last, ties by code', () => {
    const rows = changeRows(a, b, 'home_care_days_since_last_visit');
    expect(sortByChange(rows).map((r) => r.kode)).toEqual(['k1', 'k3', 'k2']);
    expect(sortByChange(rows, true).map((r) => r.kode)).toEqual(['k3', 'k1', 'k2']);
  });
});

const row = (kode: string, delta: number | null, gain: number | null): ChangeRow => ({
  kode,
  nama: kode,
  a: 0,
  b: delta,
  delta,
  gain,
  scoreA: 0,
  scoreB: 0,
  scoreDelta: 0,
  rankA: 1,
  rankB: 1,
  rankDelta: 0,
});

describe('changeChoropleth', () => {
  it('splits each side into thirds of the largest change, zero in the middle', () => {
    // Largest |gain| 0.9: steps of 0.3, so −0.9 is the strongest orange, 0.2 the lightest purple.
    const gains = [-0.9, -0.25, 0, 0.2, 0.5, 0.9];
    const rows = gains.map((g, i) => row(`k${i}`, g, g));
    rows.push(row('kx', null, null));
    const c = changeChoropleth(rows, 'bank_sampah_covered_pct');
    const r = (v: number) => Math.round(v * 1e9) / 1e9;
    expect(c.classes.map((x) => [r(x.min), r(x.max), x.side, x.count])).toEqual([
      [-0.9, -0.6, 'worse', 1],
      [-0.6, -0.3, 'worse', 0],
      [-0.3, 0, 'worse', 1],
      [0, 0, 'none', 1],
      [0, 0.3, 'better', 1],
      [0.3, 0.6, 'better', 1],
      [0.6, 0.9, 'better', 1],
    ]);
    expect(rows.map((x) => c.colorByKode.get(x.kode))).toEqual([
      CHANGE_RAMP[0],
      CHANGE_RAMP[2],
      CHANGE_RAMP[3],
      CHANGE_RAMP[4],
      CHANGE_RAMP[5],
      CHANGE_RAMP[6],
      NO_DATA,
    ]);
    expect(c.noDataCount).toBe(1);
  });

  it('gives whole changes whole steps: +1, +2, +3 rather than thirds', () => {
    // Largest gain 2 → step ⌈2/3⌉ = 1: classes of exactly −3…3 (the outer ones empty here).
    const rows = [-1, 0, 1, 2].map((g, i) => row(`k${i}`, g, g));
    const c = changeChoropleth(rows, 'bank_sampah_count');
    expect(c.classes.map((x) => [x.min, x.max, x.count])).toEqual([
      [-3, -3, 0],
      [-2, -2, 0],
      [-1, -1, 1],
      [0, 0, 1],
      [1, 1, 1],
      [2, 2, 1],
      [3, 3, 0],
    ]);
  });

  it('puts a rise of a lower-is-better metric on the worse side', () => {
    // The underserved score rising by 6 is the worst change here; falling by 2 is better.
    const rows = [row('a', 6, -6), row('b', -2, 2)];
    const c = changeChoropleth(rows, 'underserved_score');
    expect(c.colorByKode.get('a')).toEqual(CHANGE_RAMP[0]);
    // |gain| 2 of 6 is the first third: the lightest purple.
    expect(c.colorByKode.get('b')).toEqual(CHANGE_RAMP[4]);
    // Bounds are in the metric's own terms: whole steps of 2, the worst class a rise of 5 to 6.
    expect(c.classes[0]).toMatchObject({ min: 5, max: 6, side: 'worse' });
  });

  it('with no change anywhere, every kelurahan is in the middle class', () => {
    const c = changeChoropleth([row('a', 0, 0), row('b', 0, 0)], 'bank_sampah_count');
    expect(c.classes[3].count).toBe(2);
    expect(c.classes.filter((x) => x.side !== 'none').every((x) => x.count === 0)).toBe(true);
  });
});
