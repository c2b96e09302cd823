import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '../coverage/result';
import { compareKelurahan, weightedMean, type ComparisonRow } from './compare';
import { PRODAMAS_CATEGORIES } from '../model/records';

interface Fig {
  kode: string;
  areaKm2: number;
  total: number;
  elderly: number | null;
  bsCoveredPct: number;
  bsCount: number;
  budgetRp: number;
  rtCount: number;
  rtSharePct: number;
  projects: number;
  completedPct: number | null;
  patients: number;
  days: number | null;
  score: number;
  /** Bank sampah residents within reach, %; default: as the area share. */
  bsResidentsPct?: number;
}

/** A full KelurahanCoverage from the few figures the comparison reads; rates derived by hand. */
function kel(f: Fig): KelurahanCoverage {
  const program = (count: number, coveredPct: number, residentsPct = coveredPct) => ({
    count,
    perKm2: count / f.areaKm2,
    per10k: (count * 10_000) / f.total,
    coveredPct,
    coveredM2: 0,
    residentsCovered: (residentsPct * f.total) / 100,
    residentsCoveredPct: residentsPct,
  });
  const mix = Object.fromEntries(
    PRODAMAS_CATEGORIES.map((c) => [c, { projects: 0, budgetRp: 0, budgetSharePct: 0 }]),
  ) as KelurahanCoverage['prodamas']['mix'];
  return {
    kode: f.kode,
    nama: f.kode,
    areaKm2: f.areaKm2,
    population: {
      total: f.total,
      elderly: f.elderly,
      rtCount: f.rtCount,
      isEstimate: false,
      source: 'test',
    },
    programs: {
      bank_sampah: program(f.bsCount, f.bsCoveredPct, f.bsResidentsPct),
      prodamas: program(f.projects, 0),
      home_care: program(f.patients, 0),
    },
    prodamas: {
      projects: f.projects,
      budgetRp: f.budgetRp,
      budgetPerResident: f.budgetRp / f.total,
      rtWithProject: (f.rtSharePct * f.rtCount) / 100,
      rtCount: f.rtCount,
      rtCountIsEstimate: false,
      rtSharePct: f.rtSharePct,
      completedPct: f.completedPct,
      mix,
    },
    homeCare: {
      visits: f.patients,
      patients: f.patients,
      visitsPer1000: (1000 * f.patients) / f.total,
      patientsPer1000: (1000 * f.patients) / f.total,
      visitsPer1000Elderly: f.elderly ? (1000 * f.patients) / f.elderly : null,
      patientsPer1000Elderly: f.elderly ? (1000 * f.patients) / f.elderly : null,
      lastVisit: null,
      daysSinceLastVisit: f.days,
    },
    underserved: {
      score: f.score,
      rank: 1,
      value: {},
      need: {
        bank_sampah_catchment: null,
        prodamas_rt_reach: null,
        prodamas_budget: null,
        home_care_reach: null,
      },
      contribution: {
        bank_sampah_catchment: 0,
        prodamas_rt_reach: 0,
        prodamas_budget: 0,
        home_care_reach: 0,
      },
    },
    defined: {},
    overlapShares: [1, 0, 0, 0],
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

// A and B share kecamatan 35.71.01, C is alone in 35.71.02.
const A = kel({
  kode: '35.71.01.1001',
  areaKm2: 1,
  total: 10_000,
  elderly: 1_000,
  bsCoveredPct: 50,
  bsCount: 2,
  budgetRp: 1_000_000,
  rtCount: 50,
  rtSharePct: 40,
  projects: 10,
  completedPct: 50,
  patients: 5,
  days: 10,
  score: 30,
});
const B = kel({
  kode: '35.71.01.1002',
  areaKm2: 3,
  total: 30_000,
  elderly: null,
  bsCoveredPct: 10,
  bsCount: 3,
  budgetRp: 6_000_000,
  rtCount: 150,
  rtSharePct: 20,
  projects: 30,
  completedPct: 100,
  patients: 6,
  days: null,
  score: 60,
});
const C = kel({
  kode: '35.71.02.1001',
  areaKm2: 2,
  total: 20_000,
  elderly: 2_000,
  bsCoveredPct: 0,
  bsCount: 0,
  budgetRp: 0,
  rtCount: 100,
  rtSharePct: 0,
  projects: 0,
  completedPct: null,
  patients: 2,
  days: 40,
  score: 90,
});
const ALL = deepFreeze([A, B, C]);

const row = (rows: ComparisonRow[] | null, metric: ComparisonRow['metric']) => {
  const r = rows?.find((x) => x.metric === metric);
  if (!r) throw new Error(`no row ${metric}`);
  return r;
};

describe('compareKelurahan, hand-worked', () => {
  const rowsA = compareKelurahan(ALL, A.kode);

  it('covered share is area-weighted: the covered share of the whole area', () => {
    // Kecamatan: (0.5·1 + 0.1·3 km²) / 4 km² = 20 %; city: 0.8 km² / 6 km² = 13.33 %.
    const r = row(rowsA, 'bank_sampah_covered_pct');
    expect(r.mean).toBe('area');
    expect(r.kelurahan).toBe(50);
    expect(r.kecamatan).toBeCloseTo(20, 10);
    expect(r.city).toBeCloseTo(80 / 6, 10);
  });

  it('residents within reach are population-weighted: residents reached / all residents', () => {
    // Same area, three times the residents in E: (90 % · 10,000 + 10 % · 30,000) / 40,000 = 30 %
    // (an area-weighted mean would say 50 %).
    const base: Fig = {
      kode: '35.71.03.1001',
      areaKm2: 1,
      total: 10_000,
      elderly: null,
      bsCoveredPct: 40,
      bsCount: 0,
      budgetRp: 0,
      rtCount: 10,
      rtSharePct: 0,
      projects: 0,
      completedPct: null,
      patients: 0,
      days: null,
      score: 0,
    };
    const D = kel({ ...base, bsResidentsPct: 90 });
    const E = kel({ ...base, kode: '35.71.03.1002', total: 30_000, bsResidentsPct: 10 });
    const r = row(compareKelurahan([D, E], D.kode), 'bank_sampah_residents_pct');
    expect(r.mean).toBe('population');
    expect(r.kelurahan).toBe(90);
    expect(r.kecamatan).toBeCloseTo(30, 10);
    expect(r.city).toBeCloseTo(30, 10);
  });

  it('per-resident rates are population-weighted: total count / total residents', () => {
    // 5 units / 40,000 residents · 10,000 = 1.25; city 5 / 60,000 · 10,000 = 0.833.
    expect(row(rowsA, 'bank_sampah_per10k').kecamatan).toBeCloseTo(1.25, 10);
    expect(row(rowsA, 'bank_sampah_per10k').city).toBeCloseTo(5 / 6, 10);
    // Rp 7,000,000 / 40,000 = Rp 175; city Rp 7,000,000 / 60,000.
    expect(row(rowsA, 'prodamas_budget_per_resident').kecamatan).toBeCloseTo(175, 10);
    expect(row(rowsA, 'prodamas_budget_per_resident').city).toBeCloseTo(7e6 / 6e4, 10);
  });

  it('RT share is RT-weighted and completion project-weighted', () => {
    // RTs reached 20 + 30 of 200 = 25 %; city 50 of 300.
    expect(row(rowsA, 'prodamas_rt_share_pct').kecamatan).toBeCloseTo(25, 10);
    expect(row(rowsA, 'prodamas_rt_share_pct').city).toBeCloseTo(50 / 3, 10);
    // Done 5 + 30 of 40 projects = 87.5 %; C has no projects and does not enter the mean.
    const done = row(rowsA, 'prodamas_completed_pct');
    expect(done.kecamatan).toBeCloseTo(87.5, 10);
    expect(done.city).toBeCloseTo(87.5, 10);
    expect(done.nCity).toBe(2);
  });

  it('kelurahan-level figures take the plain mean over kelurahan with data', () => {
    expect(row(rowsA, 'underserved_score').kecamatan).toBe(45);
    expect(row(rowsA, 'underserved_score').city).toBe(60);
    expect(row(rowsA, 'prodamas_count').kecamatan).toBe(20);
    expect(row(rowsA, 'population_total').city).toBe(20_000);
    // B has no visits: kecamatan mean is A alone; city (10 + 40) / 2.
    const days = row(rowsA, 'home_care_days_since_last_visit');
    expect(days.kecamatan).toBe(10);
    expect(days.nKecamatan).toBe(1);
    expect(days.city).toBe(25);
  });

  it('Home Care per 1,000 follows the basis of the kelurahan shown', () => {
    // A knows its elderly: per 1,000 elderly, over A (kecamatan) and A + C (city): 7 / 3,000.
    const a = row(rowsA, 'home_care_patients_per1000');
    expect(a.mean).toBe('elderly');
    expect(a.kelurahan).toBe(5);
    expect(a.kecamatan).toBe(5);
    expect(a.city).toBeCloseTo(7000 / 3000, 10);
    // B does not: per 1,000 residents, (5 + 6) / 40,000 and 13 / 60,000.
    const b = row(compareKelurahan(ALL, B.kode), 'home_care_patients_per1000');
    expect(b.mean).toBe('population');
    expect(b.kelurahan).toBeCloseTo(0.2, 10);
    expect(b.kecamatan).toBeCloseTo(0.275, 10);
    expect(b.city).toBeCloseTo(13 / 60, 10);
  });

  it('a kelurahan alone in its kecamatan equals its kecamatan; no data gives null', () => {
    const rowsC = compareKelurahan(ALL, C.kode);
    expect(row(rowsC, 'bank_sampah_covered_pct').kecamatan).toBe(0);
    expect(row(rowsC, 'prodamas_completed_pct').kelurahan).toBeNull();
    expect(row(rowsC, 'prodamas_completed_pct').kecamatan).toBeNull();
    expect(row(rowsC, 'prodamas_completed_pct').nKecamatan).toBe(0);
  });

  it('an unknown kode gives null', () => {
    expect(compareKelurahan(ALL, '35.71.09.9999')).toBeNull();
  });
});

describe('weightedMean', () => {
  it('skips null, non-finite values and non-positive weights', () => {
    const m = weightedMean(
      [A, B, C],
      (k) => (k === A ? null : k === B ? 4 : 10),
      (k) => (k === C ? 0 : 2),
    );
    expect(m).toEqual({ mean: 4, n: 1 });
    expect(
      weightedMean(
        [],
        () => 1,
        () => 1,
      ),
    ).toEqual({ mean: null, n: 0 });
  });
});
