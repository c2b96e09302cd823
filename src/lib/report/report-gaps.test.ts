import { describe, expect, it } from 'vitest';
import type { IndexComponentInfo } from '../coverage/index-components';
import type { KelurahanCoverage } from '../coverage/result';
import { belowMedian } from './report-gaps';

const IDS = ['bank_sampah_catchment', 'prodamas_rt_reach', 'prodamas_budget', 'home_care_reach'];
const component = (id: string, hasData = true) =>
  ({ id, hasData }) as unknown as IndexComponentInfo;
const components = [...IDS.map((id) => component(id)), component('puskesmas_catchment', false)];

/** Only the indicators the gaps read; the rest of a KelurahanCoverage plays no part. */
function row(kode: string, ...values: (number | null)[]): KelurahanCoverage {
  return {
    kode,
    underserved: { value: Object.fromEntries(IDS.map((id, i) => [id, values[i]])) },
  } as unknown as KelurahanCoverage;
}

// Worked by hand: medians are 25 (10,20,30,40), 50 (all 50), 200 (100,200,300; null left out)
// and 2.5 (1,2,3,4).
const rows = Object.freeze([
  row('A', 10, 50, null, 1),
  row('B', 20, 50, 100, 2),
  row('C', 30, 50, 200, 3),
  row('D', 40, 50, 300, 4),
]);

describe('belowMedian', () => {
  it('lists the components strictly below the city median, and those without data', () => {
    expect(belowMedian(rows, components, 'A')).toEqual([
      { component: components[0], value: 10, median: 25 },
      { component: components[2], value: null, median: 200 },
      { component: components[3], value: 1, median: 2.5 },
    ]);
  });

  it('is empty for a kelurahan at or above every median, and for an unknown code', () => {
    expect(belowMedian(rows, components, 'D')).toEqual([]);
    expect(belowMedian(rows, components, 'C')).toEqual([]);
    expect(belowMedian(rows, components, 'nope')).toEqual([]);
  });
});
