import { describe, expect, it } from 'vitest';
import { computeCatchment } from '../../src/lib/coverage/catchment';
import { prepareCity } from '../../src/lib/coverage/city';
import { definedSiteCoverage } from '../../src/lib/coverage/defined-coverage';
import type { DefinedRecord } from '../../src/lib/model/defined-record';
import { SHIPPED_PROGRAMS } from '../../src/lib/programs/registry';
import { loadKelurahan } from './coverage-helpers';

const fc = loadKelurahan();
const city = prepareCity(fc);
const emas = SHIPPED_PROGRAMS.find((p) => p.id === 'emas')!;
const kurnia = SHIPPED_PROGRAMS.find((p) => p.id === 'kurnia')!;
const label = (i: number) => fc.features[i].properties.label;

const spot = (i: number, status: string, at: [number, number] | null) =>
  ({
    id: `s${i}`,
    program: 'emas',
    kode: fc.features[i].properties.kode,
    lng: at?.[0] ?? null,
    lat: at?.[1] ?? null,
    values: { name: `Spot ${i}`, status },
  }) as unknown as DefinedRecord;

describe('definedSiteCoverage', () => {
  it('is the engine’s catchment of the active, located sites at the definition’s radius', () => {
    const records = [
      spot(0, 'aktif', label(0)),
      spot(1, 'aktif', label(1)),
      spot(2, 'tutup', label(2)), // closed: not counted
      spot(3, 'aktif', null), // no location: not counted
    ];
    const [cov] = definedSiteCoverage(city, [{ definition: emas, records }]);
    // The same engine on the same two sites, called directly: the wiring must not change them.
    const direct = computeCatchment(city.catchment, [...label(0), ...label(1)], 250);
    expect(cov).toMatchObject({ program: 'emas', radiusM: 250, sites: 2 });
    expect(cov.cityCoveredPct).toBe(direct.city.coveredPct);
    expect([...cov.coveredPct]).toEqual([...direct.coveredPct]);
    // Two 250 m discs (≈ 0.196 km² each, apart) over a 67 km² city: about 0.6 % of it at most.
    expect(cov.cityCoveredPct).toBeGreaterThan(0);
    expect(cov.cityCoveredPct).toBeLessThan((2 * Math.PI * 0.25 ** 2 * 100) / 60);
  });

  it('leaves out programmes that are not sites', () => {
    expect(definedSiteCoverage(city, [{ definition: kurnia, records: [] }])).toEqual([]);
  });
});
