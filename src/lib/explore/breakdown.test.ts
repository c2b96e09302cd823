import { describe, expect, it } from 'vitest';
import { breakdownByRw, budgetByYear, visitsByMonth } from './breakdown';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('breakdownByRw', () => {
  const records = deepFreeze({
    bankSampah: [
      { rw: 2, rt: 1 },
      { rw: 1, rt: 3 },
      { rw: null, rt: null },
    ],
    prodamas: [
      { rw: 1, rt: 3, budgetRp: 50_000_000 },
      { rw: 1, rt: 1, budgetRp: 20_000_000 },
      { rw: 1, rt: 1, budgetRp: 5_000_000 },
      { rw: 2, rt: null, budgetRp: 1_000 },
    ],
    homeCare: [
      { rw: 1, rt: 1, patientId: 'HC-A' },
      { rw: 1, rt: 1, patientId: 'HC-A' },
      { rw: 1, rt: 3, patientId: 'HC-B' },
      { rw: 2, rt: 1, patientId: 'HC-C' },
    ],
  });
  const rows = breakdownByRw(records);

  it('orders RWs ascending with the unknown RW last', () => {
    expect(rows.map((r) => r.rw)).toEqual([1, 2, null]);
  });

  it('sums each RW by hand', () => {
    // RW 1: 1 unit; projects 50 + 20 + 5 million; 3 visits by 2 patients.
    expect(rows[0]).toMatchObject({
      bankSampah: 1,
      prodamasProjects: 3,
      prodamasBudgetRp: 75_000_000,
      homeCareVisits: 3,
      homeCarePatients: 2,
    });
    expect(rows[1]).toMatchObject({
      bankSampah: 1,
      prodamasProjects: 1,
      prodamasBudgetRp: 1_000,
      homeCareVisits: 1,
      homeCarePatients: 1,
    });
    expect(rows[2]).toMatchObject({ bankSampah: 1, prodamasProjects: 0, homeCarePatients: 0 });
  });

  it('expands each RW into its RTs, unknown RT last, a patient once per RT', () => {
    expect(rows[0].rts).toEqual([
      {
        rt: 1,
        bankSampah: 0,
        prodamasProjects: 2,
        prodamasBudgetRp: 25_000_000,
        homeCarePatients: 1,
        homeCareVisits: 2,
      },
      {
        rt: 3,
        bankSampah: 1,
        prodamasProjects: 1,
        prodamasBudgetRp: 50_000_000,
        homeCarePatients: 1,
        homeCareVisits: 1,
      },
    ]);
    expect(rows[1].rts.map((r) => r.rt)).toEqual([1, null]);
  });

  it('RT rows add up to their RW', () => {
    for (const rw of rows) {
      const sum = (f: (r: (typeof rw.rts)[number]) => number) =>
        rw.rts.reduce((s, r) => s + f(r), 0);
      expect(sum((r) => r.prodamasBudgetRp)).toBe(rw.prodamasBudgetRp);
      expect(sum((r) => r.homeCareVisits)).toBe(rw.homeCareVisits);
    }
  });

  it('no records, no rows', () => {
    expect(breakdownByRw({ bankSampah: [], prodamas: [], homeCare: [] })).toEqual([]);
  });
});

describe('budgetByYear', () => {
  it('stacks budget by category and fills a missing year with zero', () => {
    const years = budgetByYear(
      deepFreeze([
        { year: 2023, category: 'ekonomi' as const, budgetRp: 10 },
        { year: 2021, category: 'infrastruktur' as const, budgetRp: 100 },
        { year: 2021, category: 'infrastruktur' as const, budgetRp: 50 },
        { year: 2021, category: 'kesehatan' as const, budgetRp: 7 },
      ]),
    );
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023]);
    expect(years[0].byCategory.infrastruktur).toBe(150);
    expect(years[0].byCategory.kesehatan).toBe(7);
    expect(years[0].totalRp).toBe(157);
    expect(years[1].totalRp).toBe(0);
    expect(years[2].byCategory).toMatchObject({ ekonomi: 10, infrastruktur: 0 });
  });

  it('no projects, no years', () => {
    expect(budgetByYear([])).toEqual([]);
  });
});

describe('visitsByMonth', () => {
  it('counts per calendar month across a year end, empty months as zero', () => {
    const months = visitsByMonth(
      deepFreeze([
        { date: '2024-11-30' },
        { date: '2025-02-01' },
        { date: '2024-11-01' },
        { date: '2025-02-28' },
        { date: '2025-02-14' },
      ]),
    );
    expect(months).toEqual([
      { month: '2024-11', visits: 2 },
      { month: '2024-12', visits: 0 },
      { month: '2025-01', visits: 0 },
      { month: '2025-02', visits: 3 },
    ]);
  });

  it('no visits, no months', () => {
    expect(visitsByMonth([])).toEqual([]);
  });
});
