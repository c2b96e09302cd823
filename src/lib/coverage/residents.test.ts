import { describe, expect, it } from 'vitest';
import { prepareCity } from './city';
import { computeAll } from './compute-all';
import type { CoverageInput, PopulationInput } from './input';
import { residentsSourceOf } from './population';
import { demandFor, residentsGrid, residentsReach } from './residents';
import { puskesmas } from '../programs/test-definitions';
import { weightedMean } from '../explore/compare';
import { testCity, TEST_FRAME } from '../planning/test-city';
import { toLat, toLng } from '../geo/local-frame';
import { deepFreeze, loadKelurahan } from '../../../tests/unit/coverage-helpers';

// Synthetic city: four ~1.1 km squares (K0 SW, K1 SE, K2 NW, K3 NE) and a 10 m square K4 in a
// hole of K0. Frame origin at the shared corner, so K0 spans x, y ∈ [−1103, 0] m (about).
const synthetic = prepareCity(testCity());
const at = (xM: number, yM: number) => [toLng(TEST_FRAME, xM), toLat(TEST_FRAME, yM)];
const SW_CENTRE = at(-551.5, -552.5);
const row = (i: number, total: number): PopulationInput => ({
  kode: `35.71.01.100${i}`,
  year: 2024,
  total,
  elderly: null,
  isEstimate: false,
  source: 'test',
  rtCount: null,
});
const population = [row(0, 4000), row(1, 3000), row(2, 2000), row(3, 1000), row(4, 10)];
const empty: CoverageInput = { bankSampah: [], prodamas: [], homeCare: [], population };

describe('residents within R (demand grid)', () => {
  it('gives 100 % of the residents of a kelurahan wholly within R, as its area', () => {
    // From K0's centre, its farthest corner is ≈ 780 m away: 800 m covers K0 and K4 whole.
    const input = deepFreeze({
      ...empty,
      bankSampah: [{ kode: '', lng: SW_CENTRE[0], lat: SW_CENTRE[1], status: 'aktif' as const }],
    });
    const res = computeAll(synthetic, input, { radiusM: { bank_sampah: 800 } });
    const [k0, , , , k4] = res.kelurahan.map((k) => k.programs.bank_sampah);
    expect(k0.coveredPct).toBeCloseTo(100, 9);
    expect(k0.residentsCoveredPct).toBe(100);
    expect(k0.residentsCovered).toBe(4000);
    expect(k4.residentsCoveredPct).toBe(100);
    expect(k4.residentsCovered).toBe(10);
    // The city line: the residents reached over all 10,010, never more than K0 + K4 + a part
    // of the neighbours the disc reaches.
    const city = res.city.programs.bank_sampah;
    expect(city.residentsCovered).toBe(
      res.kelurahan.reduce((s, k) => s + k.programs.bank_sampah.residentsCovered, 0),
    );
    expect(city.residentsCoveredPct).toBeCloseTo((100 * city.residentsCovered) / 10_010, 12);
    expect(res.residentsSource).toBe('published');
  });

  it('counts 0 residents for a site in an empty area, though it covers area there', () => {
    const grid = residentsGrid(
      synthetic,
      [0, 3000, 2000, 1000, 10].map((total) => ({ total })),
    );
    // 200 m around (−850, −850) m: inside K0 only (its sides at −1103 and 0 m; K4 ≈ 500 m away).
    const reach = residentsReach(grid, at(-850, -850), 200);
    expect(reach.cityCovered).toBe(0);
    expect(reach.cityPct).toBe(0);
    expect(reach.pct[0]).toBeNull(); // no residents: no share
    expect([...reach.covered]).toEqual([0, 0, 0, 0, 0]);
    // A site outside the city, farther than R from it, reaches nobody either.
    expect(residentsReach(grid, at(5000, 5000), 500).cityCovered).toBe(0);
  });

  it('memoises the grid per city and population totals', () => {
    const a = residentsGrid(synthetic, [
      { total: 5 },
      { total: 6 },
      { total: 7 },
      { total: 8 },
      { total: 9 },
    ]);
    const b = residentsGrid(synthetic, [
      { total: 5 },
      { total: 6 },
      { total: 7 },
      { total: 8 },
      { total: 9 },
    ]);
    const c = residentsGrid(synthetic, [
      { total: 5 },
      { total: 6 },
      { total: 7 },
      { total: 8 },
      { total: 1 },
    ]);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(c.perKelurahan[4]).toBe(1);
  });

  it('names the source: published, estimate or mixed', () => {
    expect(residentsSourceOf([{ isEstimate: false }, { isEstimate: false }])).toBe('published');
    expect(residentsSourceOf([{ isEstimate: true }, { isEstimate: true }])).toBe('estimate');
    expect(residentsSourceOf([{ isEstimate: true }, { isEstimate: false }])).toBe('mixed');
    const res = computeAll(synthetic, { ...empty, population: population.slice(0, 2) });
    expect(res.residentsSource).toBe('mixed');
  });
});

describe('residents within R over the real city', () => {
  const fc = loadKelurahan();
  const city = prepareCity(fc);
  const label = (k: number) => fc.features[k].properties.label;
  const input: CoverageInput = deepFreeze({
    bankSampah: [0, 5, 9, 20, 33].map((k) => ({
      kode: '',
      lng: label(k)[0],
      lat: label(k)[1],
      status: 'aktif' as const,
    })),
    prodamas: [],
    homeCare: [7, 30].map((k, i) => ({
      kode: '',
      lng: label(k)[0],
      lat: label(k)[1],
      date: '2025-01-10',
      patientId: `p${i}`,
      group: 'lansia' as const,
    })),
    population: [],
  });
  const res = computeAll(city, input);

  it('gives the city share as the residents-weighted mean of the kelurahan shares (identity)', () => {
    for (const p of ['bank_sampah', 'home_care'] as const) {
      const { mean } = weightedMean(
        res.kelurahan,
        (k) => k.programs[p].residentsCoveredPct,
        (k) => k.population.total,
      );
      expect(res.city.programs[p].residentsCoveredPct).toBeGreaterThan(0);
      expect(res.city.programs[p].residentsCoveredPct).toBeCloseTo(mean!, 9);
    }
    // No Prodamas project located: nobody within reach, 0 % (not "no data").
    expect(res.city.programs.prodamas.residentsCoveredPct).toBe(0);
    expect(res.residentsSource).toBe('estimate');
  });

  it('spreads the residents of the whole city: reach at a huge radius is everyone', () => {
    const all = computeAll(city, input, { radiusM: { bank_sampah: 20_000 } });
    expect(all.city.programs.bank_sampah.residentsCovered).toBe(all.city.population);
    expect(all.city.programs.bank_sampah.residentsCoveredPct).toBe(100);
  });
});

describe('residents from an imported point layer', () => {
  it('weighs each located record by its number field, and reaches them by distance', () => {
    const city = prepareCity(loadKelurahan());
    const definition = puskesmas();
    // Two RT points 2 km apart in Mojoroto (weights 120 and 80) and one without a location.
    const rt = (id: string, lng: number | null, lat: number | null, jiwa: number | null) => ({
      id,
      kode: '35.71.01.1003',
      rw: null,
      rt: null,
      lng,
      lat,
      values: { jiwa },
    });
    const records = [
      rt('a', 112.005, -7.81, 120),
      rt('b', 112.025, -7.81, 80),
      rt('c', null, null, 50),
    ];
    const layer = [{ definition, records }];
    const population = city.kodes.map(() => ({ total: 1000 }));
    const weighted = demandFor(city, population, layer, { program: definition.id, field: 'jiwa' });
    expect(weighted.points).toMatchObject({ points: 2, total: 200, field: 'jiwa' });
    // A 500 m site at the first point reaches 120 of the 200 residents: 60 %.
    const reach = residentsReach(weighted.grid, [112.005, -7.81], 500);
    expect(reach.cityCovered).toBe(120);
    expect(reach.cityPct).toBeCloseTo(60, 9);
    // Without a field every point weighs 1: one of two.
    const counted = demandFor(city, population, layer, { program: definition.id, field: null });
    expect(residentsReach(counted.grid, [112.005, -7.81], 500).cityPct).toBeCloseTo(50, 9);
    // An option naming no programme of the input falls back to the population grid.
    expect(demandFor(city, population, layer, { program: 'nope', field: null }).points).toBeNull();
  });
});
