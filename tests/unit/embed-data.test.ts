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
    // The only coordinates in the file are the public bank sampah sites.
    const coordinates = [...committed.matchAll(/"(lng|lat)":/g)].length;
    expect(coordinates).toBe(2 * data.sites.bank_sampah.length);
    expect(committed).not.toMatch(/"(rw|rt|date|patientId|lastVisit|daysSinceLastVisit)"/);
    expect(Object.keys(data.sites)).toEqual(['bank_sampah']);
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
