import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '../coverage/result';
import { belowMedian } from './report-gaps';

/** Only the fields the gaps read; the rest of a KelurahanCoverage plays no part. */
function row(
  kode: string,
  coveredPct: number,
  rtSharePct: number,
  budgetPerResident: number | null,
  patientsPer1000: number,
): KelurahanCoverage {
  return {
    kode,
    programs: { bank_sampah: { coveredPct } },
    prodamas: { rtSharePct, budgetPerResident },
    homeCare: { patientsPer1000Elderly: null, patientsPer1000 },
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
    expect(belowMedian(rows, 'A')).toEqual([
      { component: 'bank_sampah_catchment', value: 10, median: 25 },
      { component: 'prodamas_budget', value: null, median: 200 },
      { component: 'home_care_reach', value: 1, median: 2.5 },
    ]);
  });

  it('is empty for a kelurahan at or above every median, and for an unknown code', () => {
    expect(belowMedian(rows, 'D')).toEqual([]);
    expect(belowMedian(rows, 'C')).toEqual([]);
    expect(belowMedian(rows, 'nope')).toEqual([]);
  });
});
