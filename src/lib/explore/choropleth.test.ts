import { describe, expect, it } from 'vitest';
import { choroplethOf } from './choropleth';
import { CHOROPLETH_RAMP, NO_DATA } from '../map/colors';
import type { KelurahanCoverage } from '../coverage/result';

// Only the fields the two metrics below read.
const row = (kode: string, score: number | null, visits: number) =>
  ({ kode, underserved: { score }, homeCare: { visits } }) as unknown as KelurahanCoverage;

const rows = [row('a', 1, 10), row('b', 2, 20), row('c', 3, 30), row('d', 4, 40), row('e', 5, 50)];

describe('choroplethOf', () => {
  it('puts the worst-served kelurahan at the dark end whatever the direction', () => {
    // underserved_score: higher is worse → the highest score is darkest.
    const score = choroplethOf(rows, 'underserved_score', 'quantile');
    expect(score.colorByKode.get('e')).toEqual(CHOROPLETH_RAMP[4]);
    expect(score.colorByKode.get('a')).toEqual(CHOROPLETH_RAMP[0]);
    // home_care_visits: higher is better → the fewest visits are darkest.
    const visits = choroplethOf(rows, 'home_care_visits', 'quantile');
    expect(visits.colorByKode.get('a')).toEqual(CHOROPLETH_RAMP[4]);
    expect(visits.classes.map((c) => [c.min, c.max, c.count])).toEqual([
      [10, 10, 1],
      [20, 20, 1],
      [30, 30, 1],
      [40, 40, 1],
      [50, 50, 1],
    ]);
  });

  it('gives kelurahan without a value the no-data colour', () => {
    const c = choroplethOf([...rows, row('f', null, 0)], 'underserved_score', 'jenks');
    expect(c.colorByKode.get('f')).toEqual(NO_DATA);
    expect(c.noDataCount).toBe(1);
    expect(c.classes).toHaveLength(5);
  });
});
