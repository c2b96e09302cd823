import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EMBED_DATA_PATH,
  buildEmbedDataText,
  minCountFromEnv,
} from '../../scripts/build-embed-data';
import { findHomeCareLeak, homeLocationsOf } from '../../scripts/embed/privacy-check';
import { suppressTable } from '../../scripts/embed/suppress';
import { EMBED_PERIODS, parseEmbedData, type PublicCount } from '../../src/embed/data-contract';

const committed = readFileSync(EMBED_DATA_PATH, 'utf8');
const data = parseEmbedData(JSON.parse(committed));
const homeCareFile = JSON.parse(readFileSync('public/demo/home-care.json', 'utf8'));
const homes = homeLocationsOf(homeCareFile);

describe('public/embed/data.json', () => {
  it('is up to date with the demo data (run `npm run embed-data` after changing it)', () => {
    expect(committed).toBe(buildEmbedDataText(5));
  });

  it('holds no Home Care home location or patient id', () => {
    expect(homes.length).toBe(320);
    expect(findHomeCareLeak(committed, homes)).toBeNull();
    // Independently of the helper: no patient id pattern, no `lng,lat` pair as the demo stores it.
    expect(committed).not.toMatch(/HC-[0-9A-F]{6}/);
    for (const h of homes) expect(committed).not.toContain(`${h.lng},${h.lat}`);
    // The only coordinates in the file are the public bank sampah sites and the points of
    // public-points programmes (Emas spots).
    const coordinates = [...committed.matchAll(/"(lng|lat)":/g)].length;
    const publicPoints = (data.programs ?? []).reduce((s, p) => s + p.points.length, 0);
    expect(coordinates).toBe(2 * (data.sites.bank_sampah.length + publicPoints));
    expect(committed).not.toMatch(/"(rw|rt|date|patientId|lastVisit|daysSinceLastVisit)"/);
    expect(Object.keys(data.sites)).toEqual(['bank_sampah']);
  });

  it('publishes defined programmes only as their privacy class allows', () => {
    const byId = new Map((data.programs ?? []).map((p) => [p.id, p]));
    expect([...byId.keys()]).toEqual(['emas', 'kurnia', 'e_sptpd']);
    // Emas is public points: all 154 published spots (quickwins-facts, Dec 2024), unsuppressed.
    const emas = byId.get('emas')!;
    expect(emas.points.length).toBe(154);
    expect(emas.city.count).toEqual({ value: 154 });
    // Kurnia borrowers and tax objects: no point, and none of their record locations anywhere.
    for (const [id, file] of [
      ['kurnia', 'kurnia.json'],
      ['e_sptpd', 'e-sptpd.json'],
    ] as const) {
      const p = byId.get(id)!;
      expect(p.points).toEqual([]);
      const table = JSON.parse(readFileSync(`public/demo/${file}`, 'utf8'));
      const lng = table.columns.indexOf('lng');
      // Every coordinate pair anywhere in the parsed file, against every record's location.
      const lat = table.columns.indexOf('lat');
      const published = new Set<string>();
      JSON.parse(committed, (key, value) => {
        if (value && typeof value === 'object' && 'lng' in value && 'lat' in value)
          published.add(`${value.lng},${value.lat}`);
        return value;
      });
      for (const row of table.rows)
        if (row[lng] !== null) expect(published.has(`${row[lng]},${row[lat]}`)).toBe(false);
      expect(committed).not.toMatch(/"(rw|rt)":/);
      const counts = Object.values(p.kelurahan).map((k) => k.count);
      for (const c of counts) {
        if (c.suppressed) expect(c).toEqual({ value: null, suppressed: true });
        else expect(c.value).toBeGreaterThanOrEqual(5);
      }
      // Never exactly one hidden kelurahan: the city total would give it away.
      expect(counts.filter((c) => c.suppressed).length).not.toBe(1);
      for (const k of Object.values(p.kelurahan)) {
        expect(k.per10k).toBeNull();
        expect(k.coveredPct).toBeNull();
        expect(k.residentsPct).toBeNull();
        if (k.count.suppressed) expect(k.amountRp?.suppressed ?? true).toBe(true);
      }
    }
    // Kurnia is personal: no amounts at all; the city count is the published 121 loans.
    expect(Object.values(byId.get('kurnia')!.kelurahan).every((k) => k.amountRp === null)).toBe(
      true,
    );
    expect(byId.get('kurnia')!.city.count).toEqual({ value: 121 });
  });

  it('publishes residents within reach of bank sampah and Prodamas, never of Home Care', () => {
    for (const p of EMBED_PERIODS)
      for (const k of Object.values(data.figures[p].kelurahan)) {
        expect(k.bankSampah.residentsPct).toBeGreaterThanOrEqual(0);
        expect(k.prodamas.residentsPct).toBeLessThanOrEqual(100);
        expect(Object.keys(k.homeCare)).not.toContain('residentsPct');
      }
    expect(committed).not.toMatch(/home_?care_?residents/i);
  });

  it('the helper does find a home location and a patient id when they are there', () => {
    const h = homes[7];
    expect(findHomeCareLeak(`{"lng":${h.lng},"lat":${h.lat}}`, homes)).toMatch(/home location/);
    expect(findHomeCareLeak(`[${h.lng}, ${h.lat}]`, homes)).toMatch(/home location/);
    expect(findHomeCareLeak(`"${h.patientId}"`, homes)).toMatch(/patient id/);
    expect(findHomeCareLeak(`${h.lng}1 and ${h.lat}9`, homes)).toBeNull();
  });

  it('publishes Home Care counts only at or above the threshold, rates only beside them', () => {
    const counts: PublicCount[] = [];
    for (const p of EMBED_PERIODS) {
      const f = data.figures[p];
      counts.push(f.city.homeCare.visits, f.city.homeCare.patients);
      for (const k of Object.values(f.kelurahan)) {
        counts.push(k.homeCare.visits, k.homeCare.patients);
        if (k.homeCare.patients.suppressed) {
          expect(k.homeCare.patientsPer1000).toBeNull();
          expect(k.homeCare.patientsPer1000Elderly).toBeNull();
        }
      }
    }
    for (const c of counts) {
      if (c.suppressed) expect(c).toEqual({ value: null, suppressed: true });
      else expect(c.value).toBeGreaterThanOrEqual(5);
    }
    expect(counts.filter((c) => c.suppressed).length).toBeGreaterThan(0);
  });

  it('never leaves a single hidden count in a row or column (it could be subtracted back)', () => {
    for (const measure of ['visits', 'patients'] as const) {
      for (const p of EMBED_PERIODS) {
        const f = data.figures[p];
        const line = [
          f.city.homeCare[measure],
          ...Object.values(f.kelurahan).map((k) => k.homeCare[measure]),
        ];
        expect(line.filter((c) => c.suppressed).length).not.toBe(1);
      }
      for (const { kode } of data.kelurahan) {
        const line = EMBED_PERIODS.map((p) => data.figures[p].kelurahan[kode].homeCare[measure]);
        expect(line.filter((c) => c.suppressed).length, `${kode} ${measure}`).not.toBe(1);
      }
    }
  });

  it('takes the threshold from HOME_CARE_MIN_COUNT', () => {
    expect(minCountFromEnv(undefined)).toBe(5);
    expect(minCountFromEnv('10')).toBe(10);
    for (const bad of ['0', '-3', '2.5', 'five']) expect(() => minCountFromEnv(bad)).toThrow();
    const strict = parseEmbedData(JSON.parse(buildEmbedDataText(10)));
    expect(strict.homeCareMinCount).toBe(10);
    for (const k of Object.values(strict.figures.all.kelurahan)) {
      const c = k.homeCare.patients;
      if (!c.suppressed) expect(c.value).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('suppressTable (hand-worked)', () => {
  it('hides small cells and a partner in every line left with one', () => {
    // Rows: two kelurahan + the city total; columns: two years + the row total.
    const values = [
      [3, 10, 13],
      [8, 20, 28],
      [11, 30, 41],
    ];
    // 3 < 5 is hidden; its row then hides 10 (the smallest other part), its column 8; the second
    // row and column now each hold one hidden cell, so 20 goes too. The totals stay published.
    expect(suppressTable(values, 5)).toEqual([
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ]);
  });

  it('leaves a table without small cells alone', () => {
    expect(
      suppressTable(
        [
          [5, 6, 11],
          [7, 8, 15],
          [12, 14, 26],
        ],
        5,
      )
        .flat()
        .some(Boolean),
    ).toBe(false);
  });
});

describe('the embed bundle', () => {
  // Follows the embed's own imports (relative ones; packages are map, deck.gl, Svelte, i18n).
  function importsFrom(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    const text = readFileSync(entry, 'utf8');
    for (const m of text.matchAll(/(?:import|from)\s*(?:type\s+)?[^'"]*?['"](\.[^'"]+)['"]/g)) {
      if (/^\s*import\s+type\b/.test(m[0])) continue;
      const base = resolve(dirname(entry), m[1].replace(/\?url$/, ''));
      const target = [base, `${base}.ts`].find((f) => existsSync(f) && /\.(ts|svelte)$/.test(f));
      if (target) importsFrom(target, seen);
      else expect(m[1], `unresolved import in ${entry}`).toMatch(/\.(css|geojson(\?url)?)$/);
    }
    return seen;
  }

  it('never reaches storage, demo, import/export, workers or the records state', () => {
    const files = [...importsFrom(resolve('src/embed.ts'))].map((f) =>
      f.slice(resolve('.').length + 1),
    );
    expect(files).toContain('src/Embed.svelte');
    expect(files).toContain('src/lib/map/map-adapter.ts');
    const forbidden = files.filter((f) =>
      /^src\/lib\/(storage|import|export|worker)\/|^src\/lib\/state\/|demo/.test(f),
    );
    expect(forbidden).toEqual([]);
  });
});
