/**
 * Checks of the committed geodata/ output against independent expectations: the official list
 * of kelurahan (written by hand from Kepmendagri 2025 codes), published area, geometric
 * identities, and @turf measurements that share no code with the pipeline.
 */
import { readFileSync } from 'node:fs';
import { area as turfArea } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import type {
  KecamatanCollection,
  KelurahanCollection,
  KotaCollection,
} from '../../src/lib/model/kelurahan.ts';
import { checkPartition } from '../../scripts/geodata/partition-check.ts';
import { geometryProblems } from '../../scripts/geodata/validate-geometry.ts';
import { polygonsOf } from '../../scripts/geodata/winding.ts';

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8')) as T;
const kel = read<KelurahanCollection>('kelurahan.geojson');
const kec = read<KecamatanCollection>('kecamatan.geojson');
const kota = read<KotaCollection>('kota.geojson');

// Kepmendagri No 300.2.2-2138 Tahun 2025, via shared/domain/kediri-facts.md §1 (by hand).
const MOJOROTO =
  'Bandar Lor|Bandar Kidul|Banjarmlati|Pojok|Sukorame|Bujel|Gayam|Mrican|Dermo|Ngampel|Mojoroto|Campurejo|Lirboyo|Tamanan';
const KOTA =
  'Semampir|Balowerti|Dandangan|Ngadirejo|Kampung Dalem|Setonopande|Ringinanom|Pakelan|Setonogedong|Kemasan|Jagalan|Banjaran|Kaliombo|Ngronggo|Manisrenggo|Pocanan|Rejomulyo';
const PESANTREN =
  'Bangsal|Pakunden|Tosaren|Jamsaren|Singonegaran|Blabak|Betet|Tinalan|Bawang|Ngletih|Tempurejo|Ketami|Pesantren|Banaran|Burengan';
const EXPECTED = [
  ['01', 'Mojoroto', MOJOROTO],
  ['02', 'Kota', KOTA],
  ['03', 'Pesantren', PESANTREN],
].flatMap(([kk, namaKec, names]) =>
  names.split('|').map((nama, i) => ({
    kode: `35.71.${kk}.${1001 + i}`,
    nama,
    kode_kec: `35.71.${kk}`,
    nama_kec: namaKec,
  })),
);

describe('kelurahan.geojson', () => {
  it('has the 46 official kelurahan (14 + 17 + 15) with codes and names, sorted by code', () => {
    expect(EXPECTED).toHaveLength(46);
    expect(
      kel.features.map(({ properties: p }) => ({
        kode: p.kode,
        nama: p.nama,
        kode_kec: p.kode_kec,
        nama_kec: p.nama_kec,
      })),
    ).toEqual(EXPECTED);
    expect(new Set(kel.features.map((f) => f.properties.kode)).size).toBe(46);
  });

  it('has exactly the agreed properties', () => {
    for (const f of kel.features) {
      expect(Object.keys(f.properties).sort()).toEqual(
        ['area_km2', 'kode', 'kode_kec', 'label', 'nama', 'nama_kec'].sort(),
      );
    }
  });

  it('has valid geometry: closed rings, >= 4 positions, RFC 7946 winding, no self-intersection, in Kediri', () => {
    for (const f of kel.features) {
      expect(geometryProblems(f.geometry, [111.9, -7.9, 112.1, -7.7]), f.properties.nama).toEqual(
        [],
      );
    }
  });

  it('totals 67.2 ± 0.2 km² (BIG 2024: 67.232 km²), each area_km2 within 0.5 % of @turf/area', () => {
    const total = kel.features.reduce((s, f) => s + f.properties.area_km2, 0);
    expect(Math.abs(total - 67.2)).toBeLessThanOrEqual(0.2);
    for (const f of kel.features) {
      const turfKm2 = turfArea(f) / 1e6;
      expect(Math.abs(f.properties.area_km2 / turfKm2 - 1), f.properties.nama).toBeLessThan(0.005);
    }
  });

  it('has every label strictly inside its polygon', () => {
    for (const f of [...kel.features, ...kec.features]) {
      expect(booleanPointInPolygon(f.properties.label, f, { ignoreBoundary: true })).toBe(true);
    }
  });

  it('is a clean partition: no overlap or gap piece over 1 m²', () => {
    const report = checkPartition(
      kel.features.map((f) => ({ id: f.properties.kode, geometry: f.geometry })),
    );
    expect(report.overlaps.filter((o) => o.areaM2 > 1)).toEqual([]);
    expect(report.gaps.filter((g) => g.areaM2 > 1)).toEqual([]);
  });

  it('puts every sample point of the city in exactly one kelurahan', () => {
    // A 60 × 60 grid over the city's bbox; points outside the city are skipped.
    const city = kota.features[0];
    const coords = polygonsOf(city.geometry).flatMap((rings) => rings[0]);
    const [w, e] = [Math.min(...coords.map((c) => c[0])), Math.max(...coords.map((c) => c[0]))];
    const [s, n] = [Math.min(...coords.map((c) => c[1])), Math.max(...coords.map((c) => c[1]))];
    let inside = 0;
    for (let i = 0.5; i < 60; i++) {
      for (let j = 0.5; j < 60; j++) {
        const p = [w + ((e - w) * i) / 60, s + ((n - s) * j) / 60];
        if (!booleanPointInPolygon(p, city)) continue;
        inside++;
        const hits = kel.features.filter((f) => booleanPointInPolygon(p, f)).length;
        expect(hits, `point ${p}`).toBe(1);
      }
    }
    expect(inside).toBeGreaterThan(1000);
  });
});

describe('kecamatan.geojson and kota.geojson', () => {
  const sum = (kodeKec?: string): number =>
    kel.features
      .filter((f) => !kodeKec || f.properties.kode_kec === kodeKec)
      .reduce((s, f) => s + f.properties.area_km2, 0);

  it('has the 3 kecamatan, each the sum of its kelurahan (± 0.01 km²)', () => {
    expect(kec.features.map((f) => [f.properties.kode_kec, f.properties.nama_kec])).toEqual([
      ['35.71.01', 'Mojoroto'],
      ['35.71.02', 'Kota'],
      ['35.71.03', 'Pesantren'],
    ]);
    for (const f of kec.features) {
      expect(Math.abs(f.properties.area_km2 - sum(f.properties.kode_kec))).toBeLessThanOrEqual(
        0.01,
      );
      expect(geometryProblems(f.geometry)).toEqual([]);
    }
  });

  it('has one city feature, area = sum of all kelurahan, no interior holes', () => {
    expect(kota.features).toHaveLength(1);
    const city = kota.features[0];
    expect(city.properties).toMatchObject({ kode: '35.71', nama: 'Kota Kediri' });
    expect(Math.abs(city.properties.area_km2 - sum())).toBeLessThanOrEqual(0.01);
    expect(polygonsOf(city.geometry).every((rings) => rings.length === 1)).toBe(true);
    expect(geometryProblems(city.geometry)).toEqual([]);
  });
});
