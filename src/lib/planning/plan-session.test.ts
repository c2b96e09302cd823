import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KelurahanCollection } from '../model/kelurahan';
import { prepareCity } from '../coverage/city';
import { computeAll } from '../coverage/compute-all';
import { createPlanSession } from './plan-session';
import type { IdentifiedInput } from './apply-scenario';
import type { PlanRequest } from './plan-types';

const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const city = prepareCity(fc);
const cityM2 = city.catchment.areaM2.reduce((a, b) => a + b, 0);
const R = 500;

const bank = (id: string, lng: number, lat: number) => ({
  id,
  kode: '',
  lng,
  lat,
  status: 'aktif' as const,
});
const empty: IdentifiedInput = { bankSampah: [], prodamas: [], homeCare: [], population: [] };
const request = (patch: Partial<PlanRequest> = {}): PlanRequest => ({
  recordsVersion: 1,
  target: 'bank_sampah',
  radiusM: R,
  added: [],
  removed: [],
  options: {},
  ...patch,
});
/** In Mojoroto, 1.27 km from the city's edge: a 500 m disc lies wholly inside the city. */
const SITE = { id: 's1', lng: 112.005, lat: -7.81 };

describe('plan session', () => {
  it('one site in an empty city covers πR² of it, and every resident it reaches is its own', () => {
    const session = createPlanSession(city, empty);
    const f = session.figures(request({ added: [SITE] }))!;
    expect(f.city.coveredPct).toBeCloseTo((100 * Math.PI * R * R) / cityM2, 6);
    expect(f.city.coveredPp).toBeCloseTo(f.city.coveredPct, 9);
    expect(f.realSites).toBe(0);
    expect(f.residentsSource).toBe('estimate');
    expect(f.city.residentsCovered).toBeGreaterThan(0);
    expect(f.siteGain[0]).toBe(f.city.residentsCovered);
  });

  it('applies edits incrementally to the figures a fresh session computes', () => {
    const input: IdentifiedInput = {
      ...empty,
      bankSampah: [bank('a', 112.0, -7.82), bank('b', 112.03, -7.8), bank('c', 111.99, -7.84)],
    };
    const live = createPlanSession(city, input);
    live.figures(request({ added: [SITE] }));
    live.figures(
      request({
        added: [
          { ...SITE, lng: 112.01 },
          { id: 's2', lng: 112.02, lat: -7.83 },
        ],
      }),
    );
    const last = request({ added: [{ id: 's2', lng: 112.021, lat: -7.83 }], removed: ['b'] });
    const got = live.figures(last)!;
    const fresh = createPlanSession(city, input).figures(last)!;
    for (let k = 0; k < city.kodes.length; k++) {
      expect(got.coveredPct[k]).toBeCloseTo(fresh.coveredPct[k], 9);
      expect(got.residentsPct[k]).toBeCloseTo(fresh.residentsPct[k], 9);
    }
    expect(got.city.residentsCovered).toBeCloseTo(fresh.city.residentsCovered, 6);
  });

  it('ranks a scenario that closes a site as the engine ranks the records without it', () => {
    const input: IdentifiedInput = {
      ...empty,
      bankSampah: [bank('a', 112.0, -7.82), bank('b', 112.03, -7.8)],
    };
    const ranks = createPlanSession(city, input).ranks(request({ removed: ['a'] }));
    const without = computeAll(city, { ...input, bankSampah: [input.bankSampah[1]] });
    expect([...ranks.rank]).toEqual(without.kelurahan.map((k) => k.underserved.rank));
    const real = computeAll(city, input);
    expect([...ranks.rankDelta]).toEqual(
      without.kelurahan.map((k, i) => k.underserved.rank - real.kelurahan[i].underserved.rank),
    );
  });

  it('suggests sites whose gains add up along the curve, from the existing coverage on', () => {
    const session = createPlanSession(city, empty);
    const s = session.suggest({
      ...request({ added: [SITE] }),
      k: 3,
      candidates: { kind: 'grid', spacingM: 400 },
    })!;
    expect(s.sites).toHaveLength(3);
    const existing = session.figures(request({ added: [SITE] }))!.city.residentsCovered;
    expect(s.curve[0]).toBeCloseTo(existing, 6);
    s.sites.forEach((site, i) => expect(s.curve[i + 1] - s.curve[i]).toBeCloseTo(site.gain, 6));
    // Accepted, the what-if engine counts what the solver promised.
    const accepted = s.sites.map((p, i) => ({ id: `g${i}`, lng: p.lng, lat: p.lat }));
    const after = session.figures(request({ added: [SITE, ...accepted] }))!;
    expect(after.city.residentsCovered).toBeCloseTo(s.curve[3], 6);
  });
});
