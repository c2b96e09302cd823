import { describe, expect, it } from 'vitest';
import { computeCatchment } from './catchment';
import { prepareCity } from './city';
import { computeAll } from './compute-all';
import { countedRecords } from './defined-filter';
import { definedProgramCoverage, type DefinedInput } from './defined-metrics';
import { resolvePopulation } from './population';
import { residentsGrid, residentsReach } from './residents';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import { puskesmas } from '../programs/test-definitions';
import { loadKelurahan } from '../../../tests/unit/coverage-helpers';

const fc = loadKelurahan();
const city = prepareCity(fc);
const emas = SHIPPED_PROGRAMS.find((p) => p.id === 'emas')!;
const kurnia = SHIPPED_PROGRAMS.find((p) => p.id === 'kurnia')!;
const label = (i: number) => fc.features[i].properties.label;
const kode = (i: number) => fc.features[i].properties.kode;
// Kelurahan 0 with 1,000 residents and 10 RTs, kelurahan 1 with 2,000 and 4 RTs; the rest empty.
const population = resolvePopulation(
  city,
  [0, 1].map((i) => ({
    kode: kode(i),
    year: 2024,
    total: 1000 * (i + 1),
    elderly: null,
    isEstimate: false,
    source: 'test',
    rtCount: i === 0 ? 10 : 4,
  })),
);
const options = {
  radiusM: undefined,
  filter: undefined,
  personsPerRt: 204,
  demand: residentsGrid(city, population),
};

const spot = (i: number, status: string, at: [number, number] | null): DefinedInput => ({
  kode: kode(i),
  rw: null,
  rt: null,
  lng: at?.[0] ?? null,
  lat: at?.[1] ?? null,
  values: { name: `Spot ${i}`, status },
});
const loan = (i: number, rt: number, amountRp: number, start: string): DefinedInput => ({
  kode: kode(i),
  rw: 1,
  rt,
  lng: null,
  lat: null,
  values: { borrower: 'umkm', business: 'kuliner', amountRp, start, status: 'berjalan' },
});

describe('definedProgramCoverage', () => {
  it('is the engine’s catchment of the active, located sites at the definition’s radius', () => {
    const records = [
      spot(0, 'aktif', label(0)),
      spot(1, 'aktif', label(1)),
      spot(2, 'tutup', label(2)), // closed: not counted
      spot(3, 'aktif', null), // no location: counted in its kelurahan, no disc
    ];
    const cov = definedProgramCoverage(city, population, { definition: emas, records }, options);
    // The same engine on the same two sites, called directly: the wiring must not change them.
    const direct = computeCatchment(city.catchment, [...label(0), ...label(1)], 250);
    expect(cov).toMatchObject({ program: 'emas', radiusM: 250, sites: 2, counted: 3 });
    expect(cov.cityCoveredPct).toBe(direct.city.coveredPct);
    expect(cov.kelurahan.map((m) => m.coveredPct)).toEqual([...direct.coveredPct]);
    expect(cov.kelurahan.slice(0, 4).map((m) => m.count)).toEqual([1, 1, 0, 1]);
    // Emas's status offers one active value (aktif): no status filter; venue and counts stay.
    expect(cov.filterFields.map((f) => f.key)).toEqual(['venue', 'classes', 'participants']);
    // 1 spot over 1,000 residents = 10 per 10,000.
    expect(cov.kelurahan[0].per10k).toBe(10);
    // Residents within 250 m of the same two sites, on the same demand grid.
    const reach = residentsReach(options.demand, [...label(0), ...label(1)], 250);
    expect(cov.cityResidentsPct).toBe(reach.cityPct);
    expect(cov.kelurahan.map((m) => m.residentsPct)).toEqual(reach.pct);
    expect(cov.kelurahan[0].residentsPct).toBeGreaterThan(0);
    // A user's radius replaces the definition's.
    const wide = definedProgramCoverage(
      city,
      population,
      { definition: emas, records },
      { ...options, radiusM: 600 },
    );
    expect(wide.radiusM).toBe(600);
    expect(wide.cityCoveredPct).toBe(
      computeCatchment(city.catchment, [...label(0), ...label(1)], 600).city.coveredPct,
    );
  });

  it('sums amounts and RTs reached per kelurahan for an activity (hand-counted)', () => {
    const records = [
      loan(0, 1, 25_000_000, '2021-05-01'),
      loan(0, 1, 10_000_000, '2021-06-01'), // same RT
      loan(0, 2, 5_000_000, '2022-01-10'),
      loan(1, 3, 20_000_000, '2022-03-01'),
    ];
    const cov = definedProgramCoverage(city, population, { definition: kurnia, records }, options);
    expect(cov.radiusM).toBeNull();
    expect(cov.cityCoveredPct).toBeNull();
    expect(cov.cityResidentsPct).toBeNull();
    expect(cov.kelurahan[0]).toMatchObject({
      count: 3,
      coveredPct: null,
      residentsPct: null,
      amounts: { amountRp: 40_000_000 },
      rtSharePct: 20, // RT 1/1 and 1/2 of 10 RTs
    });
    expect(cov.kelurahan[1]).toMatchObject({ count: 1, rtSharePct: 25 }); // 1 of 4 RTs
  });
});

describe('countedRecords (defined filters)', () => {
  const records = [
    loan(0, 1, 25_000_000, '2021-05-01'),
    loan(0, 2, 5_000_000, '2022-01-10'),
    {
      ...loan(1, 3, 20_000_000, '2022-03-01'),
      values: { ...loan(1, 3, 0, '').values, start: null, amountRp: null, business: 'jasa' },
    },
  ];
  it('keeps records by value, date range and amount bounds, both ends inclusive', () => {
    expect(countedRecords(kurnia, records, { values: { business: ['jasa'] } })).toEqual([
      records[2],
    ]);
    expect(countedRecords(kurnia, records, { from: { start: '2022-01-10' } })).toEqual([
      records[1],
    ]);
    expect(countedRecords(kurnia, records, { to: { start: '2021-05-01' } })).toEqual([records[0]]);
    expect(
      countedRecords(kurnia, records, {
        min: { amountRp: 5_000_000 },
        max: { amountRp: 5_000_000 },
      }),
    ).toEqual([records[1]]);
  });
  it('ignores filters on fields the definition does not have, or of the wrong kind', () => {
    expect(countedRecords(kurnia, records, { values: { nope: ['x'] }, min: { start: 1 } })).toEqual(
      records,
    );
  });
});

describe('the underserved index over defined programmes', () => {
  const sites = [spot(0, 'aktif', label(0))];
  const input = {
    bankSampah: [],
    prodamas: [],
    homeCare: [],
    population: [],
    defined: [
      { definition: emas, records: sites },
      { definition: puskesmas(), records: [] },
    ],
  };

  it('takes its components from the definitions, with their default weights', () => {
    const res = computeAll(city, input);
    const emasInfo = res.indexComponents.find((c) => c.id === 'emas_catchment')!;
    expect(emasInfo).toMatchObject({ program: 'emas', weight: 0.5, hasData: true });
    // No built-in records, no Puskesmas records: Emas's catchment is the whole index, so a
    // kelurahan's score is 100 − its covered share (need = 1 − covered/100).
    const cov = res.defined[0].kelurahan;
    res.kelurahan.forEach((row, k) => {
      expect(row.underserved.score).toBeCloseTo(100 - (cov[k].coveredPct ?? 0), 9);
      expect(row.underserved.contribution.emas_catchment).toBeCloseTo(row.underserved.score, 9);
      expect(row.underserved.contribution.puskesmas_catchment).toBe(0);
    });
    expect(res.indexComponents.find((c) => c.id === 'puskesmas_catchment')?.hasData).toBe(false);
  });

  it('follows the user’s weights by component id, and 0 takes a component out', () => {
    const off = computeAll(city, input, { weights: { emas_catchment: 0 } });
    expect(off.kelurahan.every((r) => r.underserved.score === 0)).toBe(true);
    expect(off.indexComponents.find((c) => c.id === 'emas_catchment')?.weight).toBe(0);
  });
});
