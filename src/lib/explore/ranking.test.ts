import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '../coverage/result';
import { componentKey, rankingRows, rankingToCsv, sortRanking, type RankingRow } from './ranking';

const zero = {
  bank_sampah_catchment: 0,
  prodamas_rt_reach: 0,
  prodamas_budget: 0,
  home_care_reach: 0,
};

function row(kode: string, nama: string, metric: number | null, score: number): RankingRow {
  return { kode, nama, metric, score, contribution: { ...zero, bank_sampah_catchment: score } };
}

// Hand-made: a tie on the metric (B and D at 5), a missing value (E), names that differ in case.
const rows: readonly RankingRow[] = Object.freeze([
  row('35.71.01.1004', 'Dandangan', 5, 40),
  row('35.71.01.1002', 'bujel', 5, 10),
  row('35.71.01.1005', 'Etan', null, 70),
  row('35.71.01.1001', 'Ampel', 9, 10),
  row('35.71.01.1003', 'Campurejo', 1, 55),
]);
const order = (r: readonly { kode: string }[]) => r.map((x) => x.kode.slice(-1));

describe('ranking', () => {
  it('sorts descending with ties by code and missing values last', () => {
    const ranked = sortRanking(rows, 'metric', 'descending');
    // 9 (A) > 5 (B, D: code 1002 before 1004) > 1 (C) > null (E)
    expect(order(ranked)).toEqual(['1', '2', '4', '3', '5']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps ties by ascending code and missing values last when ascending too', () => {
    expect(order(sortRanking(rows, 'metric', 'ascending'))).toEqual(['3', '2', '4', '1', '5']);
  });

  it('sorts by score and by a score component', () => {
    // 70 (E) > 55 (C) > 40 (D) > 10 (A 1001, B 1002)
    expect(order(sortRanking(rows, 'score', 'descending'))).toEqual(['5', '3', '4', '1', '2']);
    expect(order(sortRanking(rows, componentKey('bank_sampah_catchment'), 'ascending'))).toEqual([
      '1',
      '2',
      '4',
      '3',
      '5',
    ]);
  });

  it('sorts names without regard to case', () => {
    expect(sortRanking(rows, 'nama', 'ascending').map((r) => r.nama)).toEqual([
      'Ampel',
      'bujel',
      'Campurejo',
      'Dandangan',
      'Etan',
    ]);
    expect(order(sortRanking(rows, 'nama', 'descending'))).toEqual(['5', '4', '3', '2', '1']);
  });

  it('does not depend on the input order and does not mutate it', () => {
    const reversed = [...rows].reverse();
    expect(order(sortRanking(reversed, 'metric', 'descending'))).toEqual(
      order(sortRanking(rows, 'metric', 'descending')),
    );
    expect(order(rows)).toEqual(['4', '2', '5', '1', '3']);
  });

  it('reads the chosen metric and drops non-finite values', () => {
    const k = (kode: string, count: number, per10k: number | null) =>
      ({
        kode,
        nama: kode,
        programs: { bank_sampah: { count, per10k } },
        underserved: { score: 12.5, contribution: { ...zero, home_care_reach: 12.5 } },
      }) as unknown as KelurahanCoverage;
    const input = [k('a', 3, 1.5), k('b', 0, null), k('c', 2, Number.NaN)];
    expect(rankingRows(input, 'bank_sampah_count').map((r) => r.metric)).toEqual([3, 0, 2]);
    expect(rankingRows(input, 'bank_sampah_per10k').map((r) => r.metric)).toEqual([
      1.5,
      null,
      null,
    ]);
    expect(rankingRows(input, 'bank_sampah_count')[0].contribution.home_care_reach).toBe(12.5);
  });

  it('writes CSV with plain numbers, translated headers and guarded text', () => {
    const ranked = sortRanking(
      [
        { ...row('35.71.01.1001', '=HYPERLINK("x")', 1234.56789, 33.33333), metric: 1234.56789 },
        row('35.71.01.1002', 'Bujel', null, 0),
      ],
      'score',
      'descending',
    );
    const csv = rankingToCsv(ranked, {
      rank: 'Peringkat',
      kode: 'Kode',
      nama: 'Kelurahan',
      metric: 'Anggaran, per warga',
      score: 'Skor',
      components: [
        { id: 'bank_sampah_catchment', header: 'BS' },
        { id: 'prodamas_rt_reach', header: 'RT' },
        { id: 'prodamas_budget', header: 'Rp' },
        { id: 'home_care_reach', header: 'HC' },
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      '\ufeffPeringkat,Kode,Kelurahan,"Anggaran, per warga",Skor,BS,RT,Rp,HC',
      `1,35.71.01.1001,"'=HYPERLINK(""x"")",1234.5679,33.3333,33.3333,0,0,0`,
      '2,35.71.01.1002,Bujel,,0,0,0,0,0',
      '',
    ]);
  });

  it('leaves out the metric column when asked', () => {
    const csv = rankingToCsv(sortRanking([row('k', 'K', 5, 5)], 'score', 'descending'), {
      rank: '#',
      kode: 'kode',
      nama: 'nama',
      metric: null,
      score: 'score',
      components: [
        { id: 'bank_sampah_catchment', header: 'a' },
        { id: 'prodamas_rt_reach', header: 'b' },
        { id: 'prodamas_budget', header: 'c' },
        { id: 'home_care_reach', header: 'd' },
        // A defined programme's component the row has no entry for: 0 points.
        { id: 'emas_catchment', header: 'e' },
      ],
    });
    expect(csv.split('\r\n')[1]).toBe('1,k,K,5,5,0,0,0,0');
  });
});
