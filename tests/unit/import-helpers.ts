import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { GazetteerEntry, ImportOptions, Locate } from '../../src/lib/import/index';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';

const root = resolve(import.meta.dirname, '../..');
export const fixture = (name: string) => resolve(root, 'tests/fixtures/import', name);
export const readFixture = (name: string) => new Uint8Array(readFileSync(fixture(name)));

const fc = JSON.parse(
  readFileSync(resolve(root, 'geodata/kelurahan.geojson'), 'utf8'),
) as KelurahanCollection;

export const gazetteer: GazetteerEntry[] = fc.features.map(({ properties: p }) => ({
  kode: p.kode,
  nama: p.nama,
  kode_kec: p.kode_kec,
  nama_kec: p.nama_kec,
}));

/** Brute-force point-in-polygon with Turf: independent of the app's grid index. */
const locate: Locate = (lng, lat) =>
  fc.features.find((f) => booleanPointInPolygon([lng, lat], f))?.properties.kode ?? null;

/** Options with a fixed clock (so "future date" checks do not depend on the day tests run). */
export function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  return { gazetteer, locate, now: () => '2024-12-31T00:00:00.000Z', ...extra };
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
