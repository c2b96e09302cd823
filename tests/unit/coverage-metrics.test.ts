import { describe, expect, it } from 'vitest';
import { prepareCity } from '../../src/lib/coverage/city';
import { computeAll } from '../../src/lib/coverage/compute-all';
import type { CoverageInput } from '../../src/lib/coverage/input';
import { underservedIndex, type IndexComponentInput } from '../../src/lib/coverage/underserved';
import { daysBetween } from '../../src/lib/coverage/home-care';
import { deepFreeze, loadKelurahan } from './coverage-helpers';

const fc = loadKelurahan();
const city = prepareCity(fc);
const BANDAR_LOR = '35.71.01.1001';
const POJOK = '35.71.01.1004';
const k = (kode: string) => city.indexOf.get(kode)!;
const [lblLng, lblLat] = fc.features[k(BANDAR_LOR)].properties.label;

// A small hand-worked dataset: one active bank sampah at Bandar Lor's label point, one inactive;
// three Prodamas projects (two RTs) in Bandar Lor, one stated-only in Pojok; visits of two patients.
const input: CoverageInput = deepFreeze({
  bankSampah: [
    { kode: BANDAR_LOR, lng: lblLng, lat: lblLat, status: 'aktif' },
    { kode: POJOK, lng: null, lat: null, status: 'tidak_aktif' },
  ],
  prodamas: [
    {
      kode: BANDAR_LOR,
      lng: null,
      lat: null,
      year: 2024,
      rw: 1,
      rt: 1,
      category: 'infrastruktur',
      budgetRp: 60e6,
      progress: 100,
    },
    {
      kode: BANDAR_LOR,
      lng: null,
      lat: null,
      year: 2024,
      rw: 1,
      rt: 1,
      category: 'kesehatan',
      budgetRp: 20e6,
      progress: 50,
    },
    {
      kode: BANDAR_LOR,
      lng: null,
      lat: null,
      year: 2024,
      rw: 2,
      rt: 5,
      category: 'kesehatan',
      budgetRp: 20e6,
      progress: 100,
    },
    {
      kode: POJOK,
      lng: null,
      lat: null,
      year: 2023,
      rw: 1,
      rt: 1,
      category: 'ekonomi',
      budgetRp: 50e6,
      progress: 0,
    },
  ],
  homeCare: [
    { kode: POJOK, lng: lblLng, lat: lblLat, date: '2025-01-10', patientId: 'p1', group: 'lansia' },
    {
      kode: BANDAR_LOR,
      lng: null,
      lat: null,
      date: '2025-01-31',
      patientId: 'p1',
      group: 'lansia',
    },
    {
      kode: BANDAR_LOR,
      lng: null,
      lat: null,
      date: '2025-01-20',
      patientId: 'p2',
      group: 'bedridden',
    },
  ],
  population: [
    {
      kode: BANDAR_LOR,
      year: 2024,
      total: 10_000,
      elderly: 1_000,
      isEstimate: false,
      source: 'test',
      rtCount: 40,
    },
    {
      kode: POJOK,
      year: 2024,
      total: 5_000,
      elderly: null,
      isEstimate: false,
      source: 'test',
      rtCount: null,
    },
  ],
});

describe('computeAll on a hand-worked dataset', () => {
  const res = computeAll(city, input);
  const bl = res.kelurahan[k(BANDAR_LOR)];
  const pj = res.kelurahan[k(POJOK)];

  it('counts by location, else by stated kelurahan, active bank sampah only', () => {
    expect(bl.programs.bank_sampah.count).toBe(1);
    expect(pj.programs.bank_sampah.count).toBe(0);
    expect(bl.programs.bank_sampah.per10k).toBeCloseTo(1, 12);
    expect(bl.programs.bank_sampah.perKm2).toBeCloseTo(1 / bl.areaKm2, 12);
    // The visit stated in Pojok but located in Bandar Lor counts in Bandar Lor.
    expect(bl.homeCare.visits).toBe(3);
    expect(pj.homeCare.visits).toBe(0);
  });

  it('covers πR² around the active site when the disc lies inside the kelurahan', () => {
    // The label is Bandar Lor's pole of inaccessibility, far more than 100 m from its boundary.
    const r100 = computeAll(city, input, { radiusM: { bank_sampah: 100 } });
    const row = r100.kelurahan[k(BANDAR_LOR)];
    expect(row.programs.bank_sampah.coveredM2 / (Math.PI * 100 * 100)).toBeCloseTo(1, 4);
    expect(row.programs.bank_sampah.coveredPct).toBeCloseTo(
      (100 * Math.PI * 1e4) / (row.areaKm2 * 1e6),
      1,
    );
  });

  it('computes Prodamas budget per resident, RT reach and mix', () => {
    expect(bl.prodamas.projects).toBe(3);
    expect(bl.prodamas.budgetRp).toBe(100e6);
    expect(bl.prodamas.budgetPerResident).toBe(10_000);
    expect(bl.prodamas.rtWithProject).toBe(2);
    expect(bl.prodamas.rtSharePct).toBe(5); // 2 of 40 RT
    expect(bl.prodamas.mix.kesehatan.budgetSharePct).toBeCloseTo(40, 12);
    expect(bl.prodamas.completedPct).toBeCloseTo(200 / 3, 12);
    // Pojok: RT count estimated as 5,000 / 204 ≈ 25.
    expect(pj.prodamas.rtCount).toBe(25);
    expect(pj.prodamas.rtCountIsEstimate).toBe(true);
  });

  it('computes Home Care rates and days since the last visit', () => {
    expect(bl.homeCare.patients).toBe(2);
    expect(bl.homeCare.patientsPer1000).toBeCloseTo(0.2, 12);
    expect(bl.homeCare.patientsPer1000Elderly).toBeCloseTo(2, 12);
    expect(bl.homeCare.lastVisit).toBe('2025-01-31');
    expect(bl.homeCare.daysSinceLastVisit).toBe(0);
    expect(pj.homeCare.patientsPer1000Elderly).toBeNull();
    expect(daysBetween('2024-12-31', '2025-03-01')).toBe(60);
    const later = computeAll(city, input, { asOf: '2025-03-02' });
    expect(later.kelurahan[k(BANDAR_LOR)].homeCare.daysSinceLastVisit).toBe(30);
  });

  it('applies filters (Prodamas year) and ranks 1..46 with contributions summing to the score', () => {
    const y2023 = computeAll(city, input, { filters: { prodamasYear: 2023 } });
    expect(y2023.kelurahan[k(BANDAR_LOR)].prodamas.projects).toBe(0);
    expect(y2023.kelurahan[k(POJOK)].prodamas.projects).toBe(1);
    const ranks = res.kelurahan.map((r) => r.underserved.rank).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    for (const row of res.kelurahan) {
      const sum = Object.values(row.underserved.contribution).reduce((s, v) => s + v, 0);
      expect(sum).toBeCloseTo(row.underserved.score, 9);
    }
    expect(res.overlap.shares[k(BANDAR_LOR)].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });
});

describe('underserved index', () => {
  const kodes = ['a', 'b', 'c'];
  const rows = [
    {
      bankSampahCoveredPct: 100,
      prodamasRtSharePct: 100,
      prodamasBudgetPerResident: 200,
      homeCarePatientsRate: 4,
    },
    {
      bankSampahCoveredPct: 0,
      prodamasRtSharePct: 50,
      prodamasBudgetPerResident: 100,
      homeCarePatientsRate: 2,
    },
    {
      bankSampahCoveredPct: 50,
      prodamasRtSharePct: 100,
      prodamasBudgetPerResident: 50,
      homeCarePatientsRate: 0,
    },
  ];
  const weights = {
    bank_sampah_catchment: 1,
    prodamas_rt_reach: 0.5,
    prodamas_budget: 0.5,
    home_care_reach: 1,
  };
  // The four built-in components as the formula reads them (scales from the README's table).
  const components = (w: typeof weights, from = rows): IndexComponentInput[] => [
    {
      id: 'bank_sampah_catchment',
      scale: 'share',
      values: from.map((r) => r.bankSampahCoveredPct),
      weight: w.bank_sampah_catchment,
    },
    {
      id: 'prodamas_rt_reach',
      scale: 'share',
      values: from.map((r) => r.prodamasRtSharePct),
      weight: w.prodamas_rt_reach,
    },
    {
      id: 'prodamas_budget',
      scale: 'relative',
      values: from.map((r) => r.prodamasBudgetPerResident),
      weight: w.prodamas_budget,
    },
    {
      id: 'home_care_reach',
      scale: 'relative',
      values: from.map((r) => r.homeCarePatientsRate),
      weight: w.home_care_reach,
    },
  ];

  it('follows the documented formula (hand-computed)', () => {
    const out = underservedIndex(components(weights), kodes);
    // Medians: budget 100, patients 2. Needs: a = [0,0,0,0]; b = [1,0.5,0,0]; c = [0.5,0,0.5,1].
    expect(out[0].score).toBe(0);
    expect(out[1].score).toBeCloseTo((100 * (1 + 0.25)) / 3, 12);
    expect(out[2].score).toBeCloseTo((100 * (0.5 + 0.25 + 1)) / 3, 12);
    expect(out.map((r) => r.rank)).toEqual([3, 2, 1]);
    expect(out[2].contribution.home_care_reach).toBeCloseTo(100 / 3, 12);
  });

  it('reacts to weights and breaks ties by code', () => {
    const onlyBank = underservedIndex(
      components({ ...weights, prodamas_rt_reach: 0, prodamas_budget: 0, home_care_reach: 0 }),
      kodes,
    );
    expect(onlyBank.map((r) => r.score)).toEqual([0, 100, 50]);
    const tied = underservedIndex(components(weights, [rows[1], rows[1]]), ['z', 'y']);
    expect(tied.map((r) => r.rank)).toEqual([2, 1]);
  });
});
