import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile, type ImportedDefinedRecord } from '../../src/lib/import/index';
import type { DefinedValue } from '../../src/lib/model/defined-record';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';
import type { ProgramDefinition } from '../../src/lib/programs/definition';
import { SHIPPED_PROGRAMS } from '../../src/lib/programs/registry';
import { decodeDefinedDemo } from '../../src/lib/storage/demo-decode';
import { DEMO_FILES, type DemoManifest } from '../../src/lib/storage/demo-format';
import type { NewDefinedRecord } from '../../src/lib/storage/records-repo';
import { options } from './import-helpers';

// Published figures typed from quickwins-facts.md (§3 Emas "per 3 Desember 2024", §2 Kurnia
// "~early 2022"), not imported from the generator, so a generator change cannot move them.
const EMAS = { spots: 154, classes: 247, participants: 3260 };
const KURNIA = { loans: 121, totalRp: 2_000_000_000, maxRp: 25_000_000 };

const DIR = 'public/demo';
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
const geo = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const byKode = new Map(geo.features.map((f) => [f.properties.kode, f]));
const preset = (id: string) => SHIPPED_PROGRAMS.find((p) => p.id === id) as ProgramDefinition;
const rowsOf = (id: 'emas' | 'kurnia' | 'e_sptpd') =>
  decodeDefinedDemo(readJson(DEMO_FILES[id]), preset(id));
const emas = rowsOf('emas');
const kurnia = rowsOf('kurnia');
const eSptpd = rowsOf('e_sptpd');
const manifest = readJson(DEMO_FILES.manifest) as DemoManifest;
const sum = (rows: NewDefinedRecord[], key: string) =>
  rows.reduce((a, r) => a + Number(r.values[key]), 0);

describe('demo data of the presets', () => {
  it('Emas: 154 spots, 247 classes, 3,260 participants, at least one spot in every kelurahan', () => {
    expect(emas).toHaveLength(EMAS.spots);
    expect(sum(emas, 'classes')).toBe(EMAS.classes);
    expect(sum(emas, 'participants')).toBe(EMAS.participants);
    const kelurahan = new Set(emas.map((s) => s.kode));
    expect(kelurahan.size).toBe(46);
    expect([...kelurahan].sort()).toEqual([...byKode.keys()].sort());
    // A class has at least 10 participants (facts §3).
    for (const s of emas)
      expect(Number(s.values.participants)).toBeGreaterThanOrEqual(10 * Number(s.values.classes));
    // Named spots of the facts table sit in their kelurahan.
    const at = (name: string) => emas.find((s) => s.values.name === name)?.kode;
    expect(at('TPQ Al-Kayat')).toBe('35.71.03.1003'); // Tosaren
    expect(at('We-Smart')).toBe('35.71.01.1004'); // Pojok
    expect(at('GBE Community')).toBe('35.71.01.1006'); // Bujel
  });

  it('Kurnia: 121 loans adding up to Rp 2 miliar, each at most Rp 25 juta, disbursed 2021–2022', () => {
    expect(kurnia).toHaveLength(KURNIA.loans);
    expect(sum(kurnia, 'amountRp')).toBe(KURNIA.totalRp);
    for (const l of kurnia) {
      expect(Number(l.values.amountRp)).toBeGreaterThan(0);
      expect(Number(l.values.amountRp)).toBeLessThanOrEqual(KURNIA.maxRp);
      expect(String(l.values.start) >= '2021-01-01' && String(l.values.start) <= '2022-12-31').toBe(
        true,
      );
    }
    expect(new Set(kurnia.map((l) => l.values.business)).size).toBeGreaterThan(3);
  });

  it('E-SPTPD: a few hundred tax objects, every tax type, more in the town centre', () => {
    expect(eSptpd.length).toBeGreaterThanOrEqual(200);
    expect(eSptpd.length).toBeLessThanOrEqual(600);
    expect(new Set(eSptpd.map((o) => o.values.taxType))).toEqual(
      new Set(['hotel', 'restoran', 'hiburan', 'parkir', 'air_tanah', 'ppj']),
    );
    // Kec. Kota (35.71.02) holds 84,291 of 286,796 people at SP2020 (29 %); it has more of the
    // objects than that share.
    const kota = eSptpd.filter((o) => o.kode.startsWith('35.71.02.')).length;
    expect(kota / eSptpd.length).toBeGreaterThan(84_291 / 286_796);
  });

  it('every record is located inside its kelurahan; the manifest lists the files and counts', () => {
    for (const r of [...emas, ...kurnia, ...eSptpd]) {
      const f = byKode.get(r.kode);
      expect(f, r.kode).toBeDefined();
      expect(booleanPointInPolygon([r.lng!, r.lat!], f!, { ignoreBoundary: true })).toBe(true);
    }
    expect(manifest.files).toMatchObject({
      emas: 'emas.json',
      kurnia: 'kurnia.json',
      e_sptpd: 'e-sptpd.json',
    });
    expect(manifest.counts).toMatchObject({
      emasSpots: emas.length,
      emasClasses: EMAS.classes,
      emasParticipants: EMAS.participants,
      kurniaLoans: kurnia.length,
      kurniaTotalRp: KURNIA.totalRp,
      eSptpdObjects: eSptpd.length,
    });
    expect(manifest.label.id).toMatch(/data contoh/i);
  });
});

/** The rows as a planner's CSV: place columns, then one column per field, headed by its key. */
function toCsv(definition: ProgramDefinition, rows: NewDefinedRecord[]): Uint8Array {
  const keys = definition.fields.map((f) => f.key);
  const cell = (v: DefinedValue) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`);
  const lines = [
    ['kode_kelurahan', 'RW', 'RT', 'longitude', 'latitude', ...keys].join(';'),
    ...rows.map((r) =>
      [r.kode, r.rw, r.rt, r.lng, r.lat, ...keys.map((k) => r.values[k])].map(cell).join(';'),
    ),
  ];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('the presets’ demo rows pass their definitions’ own import checks', () => {
  for (const [id, rows] of [
    ['emas', emas],
    ['kurnia', kurnia],
    ['e_sptpd', eSptpd],
  ] as const) {
    it(`${id}: every row is accepted, without a warning, with the same values`, async () => {
      const definition = preset(id);
      const report = await readImportFile(
        `${id}.csv`,
        toCsv(definition, rows),
        options({ definition, now: () => '2025-10-31T00:00:00.000Z' }),
      );
      expect(report.definitionId).toBe(id);
      expect([report.rows, report.accepted, report.rejected]).toEqual([
        rows.length,
        rows.length,
        0,
      ]);
      expect(report.records.flatMap((x) => x.messages.map((m) => m.code))).toEqual([]);
      const imported = report.records.map((x) => x.record as ImportedDefinedRecord);
      expect(imported.map((r) => [r.kode, r.rw, r.rt, r.lng, r.lat, r.values])).toEqual(
        rows.map((r) => [r.kode, r.rw, r.rt, r.lng, r.lat, r.values]),
      );
    });
  }
});
