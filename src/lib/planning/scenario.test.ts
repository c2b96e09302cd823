import { describe, expect, it } from 'vitest';
import { nextSiteId, readScenario, type Scenario } from './scenario';
import { MAX_LINK_SITES, parseScenarioParam, scenarioParam } from './scenario-url';
import { scenarioCsv, scenarioGeoJson } from './scenario-export';

const LIMITS = { minM: 300, maxM: 800 };
const base: Scenario = {
  id: 'sc-1',
  name: 'Tiga unit baru',
  target: 'bank_sampah',
  radiusM: 500,
  added: [
    { id: 's1', lng: 112.0123, lat: -7.8201, origin: 'manual' },
    { id: 's3', lng: 112.02, lat: -7.81, origin: 'suggested' },
  ],
  removed: ['bs-0007'],
  createdAt: '2026-12-02T06:00:00.000Z',
  updatedAt: '2026-12-02T06:00:00.000Z',
};

describe('scenario', () => {
  it('gives the next site id above the highest in use', () => {
    expect(nextSiteId([])).toBe('s1');
    expect(nextSiteId(base.added)).toBe('s4');
  });

  it('reads a stored scenario back as it was, and refuses what is not one', () => {
    expect(readScenario(structuredClone(base))).toEqual(base);
    expect(readScenario(null)).toBeNull();
    expect(readScenario({ ...base, radiusM: -5 })).toBeNull();
    expect(readScenario({ ...base, target: '<script>' })).toBeNull();
    expect(readScenario({ ...base, name: 'x'.repeat(81) })).toBeNull();
  });

  it('drops sites outside Kota Kediri, without a number, or with a repeated id', () => {
    const read = readScenario({
      ...base,
      added: [
        ...base.added,
        { id: 's9', lng: 106.8, lat: -6.2, origin: 'manual' }, // Jakarta
        { id: 's10', lng: '112', lat: -7.8, origin: 'manual' },
        { id: 's1', lng: 112.0, lat: -7.8, origin: 'manual' },
      ],
    });
    expect(read?.added.map((s) => s.id)).toEqual(['s1', 's3']);
  });
});

describe('scenario in a link', () => {
  it('round-trips target, radius and sites to 6 decimals', () => {
    const param = scenarioParam(base)!;
    expect(param).toBe('bank_sampah:500:112.012300,-7.820100;112.020000,-7.810000');
    const back = parseScenarioParam(param, LIMITS)!;
    expect(back.target).toBe('bank_sampah');
    expect(back.radiusM).toBe(500);
    expect(back.sites.map((s) => [s.lng, s.lat])).toEqual([
      [112.0123, -7.8201],
      [112.02, -7.81],
    ]);
  });

  it('refuses a link past the site limit and ignores sites past it when reading', () => {
    const many = Array.from({ length: MAX_LINK_SITES + 1 }, () => ({ lng: 112.01, lat: -7.82 }));
    expect(scenarioParam({ target: 'bank_sampah', radiusM: 500, added: many })).toBeNull();
    const list = many.map((p) => `${p.lng},${p.lat}`).join(';');
    expect(parseScenarioParam(`bank_sampah:500:${list}`, LIMITS)?.sites).toHaveLength(
      MAX_LINK_SITES,
    );
  });

  it('ignores hostile or malformed values without throwing', () => {
    expect(parseScenarioParam('bank_sampah:9999:112,-7.8', LIMITS)).toBeNull();
    expect(parseScenarioParam('<img src=x>:500:112,-7.8', LIMITS)).toBeNull();
    expect(parseScenarioParam('bank_sampah:500:112,-7.8:extra', LIMITS)).toBeNull();
    expect(parseScenarioParam('bank_sampah:500:abc,def;112.01,-7.82;1e3,5', LIMITS)?.sites).toEqual(
      [{ id: 's1', lng: 112.01, lat: -7.82, origin: 'manual' }],
    );
    expect(parseScenarioParam('bank_sampah:500:', LIMITS)?.sites).toEqual([]);
  });
});

describe('scenario export', () => {
  const closed = [{ id: 'bs-0007', name: '=HYPERLINK("x")', lng: 112.0, lat: -7.8 }];
  it('writes one CSV row per change, guarding formula-like text', () => {
    const lines = scenarioCsv(base, closed).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('Tiga unit baru,bank_sampah,500,added,s1,,112.0123,-7.8201,manual');
    expect(lines[3]).toBe(
      `Tiga unit baru,bank_sampah,500,removed,bs-0007,"'=HYPERLINK(""x"")",112,-7.8,`,
    );
  });
  it('writes GeoJSON points [lng, lat] with the change on each', () => {
    const fc = JSON.parse(scenarioGeoJson(base, closed));
    expect(fc.features).toHaveLength(3);
    expect(fc.features[0].geometry.coordinates).toEqual([112.0123, -7.8201]);
    expect(fc.features[2].properties).toMatchObject({ change: 'removed', site_id: 'bs-0007' });
  });
});
