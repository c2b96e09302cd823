import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KelurahanCollection, KelurahanFeature } from '../../src/lib/model/kelurahan';
import { decodeDemoData, type DemoData } from '../../src/lib/storage/demo-decode';
import { DEMO_FILES, type DemoManifest } from '../../src/lib/storage/demo-format';
import {
  DEFAULT_SEED,
  buildDemoRows,
  encodeDemo,
  stringifyDemoFile,
} from '../../scripts/demo/generate';

// Expected figures are written out from the facts file (kediri-facts.md), not imported from
// the generator, so a generator change cannot move the goalposts.
const PUBLISHED = {
  bankSampah: 134,
  bankSampahActive: 63,
  kelurahanWithBankSampah: 24, // 46 − 22 without
  rt: 1478,
  rpPerRtPerYear: 100_000_000,
  population2025: 301_424,
  sp2020: { '35.71.01': 114_553, '35.71.02': 84_291, '35.71.03': 87_952 } as Record<string, number>,
};
/** 2024 caps (Perwali 28/2023): share of a kelurahan-year's budget, in percent. */
const CAPS_PCT: Record<string, number> = {
  infrastruktur: 40,
  kesehatan: 40,
  sosial_budaya: 20,
  ekonomi: 20,
};

const DIR = 'public/demo';
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
const geo = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const byKode = new Map<string, KelurahanFeature>(geo.features.map((f) => [f.properties.kode, f]));
const manifest = readJson(DEMO_FILES.manifest) as DemoManifest;
const data: DemoData = decodeDemoData({
  bank_sampah: readJson(DEMO_FILES.bank_sampah),
  prodamas: readJson(DEMO_FILES.prodamas),
  home_care: readJson(DEMO_FILES.home_care),
  population: readJson(DEMO_FILES.population),
});

function insideOwnKelurahan(r: { kode: string; lng: number | null; lat: number | null }) {
  if (r.lng === null || r.lat === null) return r.lng === r.lat;
  const f = byKode.get(r.kode);
  return f !== undefined && booleanPointInPolygon([r.lng, r.lat], f, { ignoreBoundary: true });
}

describe('demo data files (public/demo)', () => {
  it('bank sampah: 134 units, 63 active, in exactly 24 kelurahan', () => {
    const bs = data.bank_sampah;
    expect(bs).toHaveLength(PUBLISHED.bankSampah);
    expect(bs.filter((b) => b.status === 'aktif')).toHaveLength(PUBLISHED.bankSampahActive);
    expect(new Set(bs.map((b) => b.kode)).size).toBe(PUBLISHED.kelurahanWithBankSampah);
    const at = (name: string) => bs.find((b) => b.name === `Bank Sampah ${name}`)?.kode;
    expect(at('Hijau Daun')).toBe('35.71.01.1006'); // Bujel
    expect(at('Dewi Sekartaji')).toBe('35.71.01.1011'); // Mojoroto
    expect(at('Berseri')).toBe('35.71.03.1015'); // Burengan
    expect(new Set(bs.map((b) => b.type))).toEqual(new Set(['unit', 'sekolah', 'pasar']));
  });

  it('RT: 1,478 in all, each kelurahan’s RT list matches its population row', () => {
    const pop = data.population;
    expect(pop.reduce((a, p) => a + (p.rtCount ?? 0), 0)).toBe(PUBLISHED.rt);
    // 2021 projects are per RT: every RT appears, so the RW/RT triples give the RT count.
    const rts = new Map<string, Set<string>>();
    for (const p of data.prodamas.filter((x) => x.year === 2021)) {
      const set = rts.get(p.kode) ?? new Set<string>();
      set.add(`${p.rw}/${p.rt}`);
      rts.set(p.kode, set);
    }
    for (const p of pop) expect(rts.get(p.kode)?.size, p.kode).toBe(p.rtCount);
    // RT named in published award lists.
    expect(rts.get('35.71.03.1004')?.has('9/39')).toBe(true); // RT 39 RW 09 Jamsaren
    expect(rts.get('35.71.01.1010')?.has('4/24')).toBe(true); // RT 24 RW 04 Ngampel
    expect(rts.get('35.71.03.1015')?.has('11/1')).toBe(true); // RT 01 RW 11 Burengan
  });

  it('prodamas: Rp 100 juta × RT per kelurahan-year, categories within the caps', () => {
    const rtOf = new Map(data.population.map((p) => [p.kode, p.rtCount ?? 0]));
    const sums = new Map<string, Map<string, number>>();
    for (const p of data.prodamas) {
      const key = `${p.kode} ${p.year}`;
      const m = sums.get(key) ?? new Map<string, number>();
      m.set(p.category, (m.get(p.category) ?? 0) + p.budgetRp);
      sums.set(key, m);
    }
    expect(sums.size).toBe(46 * 5);
    for (const [key, m] of sums) {
      const [kode, year] = key.split(' ');
      expect(Number(year)).toBeGreaterThanOrEqual(2021);
      expect(Number(year)).toBeLessThanOrEqual(2025);
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      expect(total, key).toBe((rtOf.get(kode) ?? 0) * PUBLISHED.rpPerRtPerYear);
      for (const [cat, pct] of Object.entries(CAPS_PCT))
        expect((m.get(cat) ?? 0) * 100, `${key} ${cat}`).toBeLessThanOrEqual(pct * total);
    }
    expect(new Set(data.prodamas.map((p) => p.progress))).toEqual(new Set([0, 50, 100]));
  });

  it('every located point lies inside its stated kelurahan; every code is valid', () => {
    const all = [...data.bank_sampah, ...data.prodamas, ...data.home_care];
    for (const r of [...all, ...data.population]) expect(byKode.has(r.kode), r.kode).toBe(true);
    const bad = all.filter((r) => !insideOwnKelurahan(r));
    expect(bad).toEqual([]);
    expect(data.home_care.every((v) => v.lng !== null)).toBe(true);
    expect(data.prodamas.some((p) => p.lng !== null)).toBe(true);
  });

  it('home care: pseudonymous patients, dated visits 2021 – Oct 2025, gaps on the map', () => {
    const v = data.home_care;
    expect(v.length).toBeGreaterThanOrEqual(4000);
    expect(v.length).toBeLessThanOrEqual(6000);
    for (const x of v) {
      expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${x.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(x.date);
      expect(x.date >= '2021-01-01' && x.date <= '2025-10-31', x.date).toBe(true);
    }
    const patients = new Set(v.map((x) => x.patientId));
    expect(patients.size).toBeGreaterThan(250);
    expect([...patients].every((id) => /^HC-[0-9A-F]{6}$/.test(id))).toBe(true);
    const served = new Set(v.map((x) => x.kode)).size;
    expect(served).toBeLessThan(46);
    expect(served).toBeGreaterThan(30);
  });

  it('population: an estimate adding up to 301,424, split by SP2020 kecamatan shares', () => {
    const pop = data.population;
    expect(pop).toHaveLength(46);
    expect(pop.reduce((a, p) => a + p.total, 0)).toBe(PUBLISHED.population2025);
    const sp = Object.values(PUBLISHED.sp2020).reduce((a, b) => a + b, 0);
    for (const [kec, n] of Object.entries(PUBLISHED.sp2020)) {
      const got = pop.filter((p) => p.kode.startsWith(`${kec}.`)).reduce((a, p) => a + p.total, 0);
      expect(Math.abs(got - (PUBLISHED.population2025 * n) / sp)).toBeLessThan(1);
    }
    for (const p of pop) {
      expect(p.isEstimate).toBe(true);
      expect(p.source).toMatch(/^estimasi \(metode: /);
      expect(Math.abs((p.elderly ?? 0) - 0.11 * p.total)).toBeLessThanOrEqual(0.5);
    }
  });

  it('manifest counts match the files and label the data as demo data', () => {
    expect(manifest.counts.bankSampah).toBe(data.bank_sampah.length);
    expect(manifest.counts.prodamasProjects).toBe(data.prodamas.length);
    expect(manifest.counts.homeCareVisits).toBe(data.home_care.length);
    expect(manifest.label.id).toMatch(/data contoh/i);
    expect(manifest.label.en).toMatch(/demo data/i);
  });
});

describe('demo data generator', () => {
  it('is deterministic and the committed files are its output for the default seed', () => {
    const a = encodeDemo(buildDemoRows(geo, DEFAULT_SEED), DEFAULT_SEED);
    const b = encodeDemo(buildDemoRows(geo, DEFAULT_SEED), DEFAULT_SEED);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(manifest.seed).toBe(DEFAULT_SEED);
    for (const [name, content] of Object.entries(a))
      expect(stringifyDemoFile(content), `${name} is stale: run npm run demo-data`).toBe(
        readFileSync(join(DIR, name), 'utf8'),
      );
  });

  it('another seed gives other data with the same published counts', () => {
    const rows = buildDemoRows(geo, 7);
    expect(rows.bankSampah).toHaveLength(134);
    expect(rows.bankSampah.filter((b) => b.status === 'aktif')).toHaveLength(63);
    expect(rows.plans.reduce((a, p) => a + p.rtCount, 0)).toBe(1478);
    const def = buildDemoRows(geo, DEFAULT_SEED);
    expect(rows.bankSampah.map((b) => b.lng)).not.toEqual(def.bankSampah.map((b) => b.lng));
  });
});
