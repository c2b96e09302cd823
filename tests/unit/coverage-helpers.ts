import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';

export const FIXTURES = resolve('tests/fixtures/coverage');

/** Freezes an object graph so a test proves the code under test does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

export function loadKelurahan(): KelurahanCollection {
  return deepFreeze(
    JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection,
  );
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Compares with `out/<name>`; with UPDATE_GOLDEN=1 rewrites it instead (review the diff). */
export function golden<T>(name: string, actual: T): T {
  const file = resolve(FIXTURES, 'out', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return readJson<T>(file);
}
