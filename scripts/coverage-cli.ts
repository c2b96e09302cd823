/**
 * `npm run coverage -- --sites FILE --radius METRES [--geodata FILE]`
 *
 * Prints the catchment coverage of every kelurahan as JSON on stdout (format: `CoverageReport` in
 * src/lib/coverage/coverage-report.ts). FILE is read by the import core (`readImportFile`); every
 * row with a usable location counts as an active site. Bad arguments: stderr and exit code 2.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { KelurahanCollection } from '../src/lib/model/kelurahan';
import { prepareCity } from '../src/lib/coverage/city';
import { coverageReport } from '../src/lib/coverage/coverage-report';
import { createLocator } from '../src/lib/geo/point-index';
import { formatMessage, readImportFile } from '../src/lib/import/index';

const USAGE =
  'usage: npm run coverage -- --sites FILE --radius METRES [--geodata kelurahan.geojson]';

function fail(message: string): never {
  process.stderr.write(`coverage: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/**
 * Site locations from any file the import core accepts (CSV, XLSX, GeoJSON). The programme is
 * detected from the columns, else read as bank sampah; every row with a usable location counts,
 * whatever its validation status (the CLI measures places, it does not store records).
 */
async function readSites(
  file: string,
  collection: KelurahanCollection,
  locate: (lng: number, lat: number) => string | null,
): Promise<{ lngLat: Float64Array; skipped: number; messages: string[] }> {
  const bytes = new Uint8Array(readFileSync(file));
  const gazetteer = collection.features.map(({ properties: p }) => ({
    kode: p.kode,
    nama: p.nama,
    kode_kec: p.kode_kec,
    nama_kec: p.nama_kec,
  }));
  let report = await readImportFile(basename(file), bytes, { gazetteer, locate });
  if (report.program === null && report.format !== null) {
    report = await readImportFile(basename(file), bytes, {
      gazetteer,
      locate,
      program: 'bank_sampah',
    });
  }
  const messages = report.fileMessages.map((m) => formatMessage(m, 'en'));
  if (report.format === null) fail(`${file}: ${messages.join('; ') || 'not a readable file'}`);
  // A bare list of places (no name, status, ...) fails the import's column check; read its
  // coordinates directly then.
  if (report.records.length === 0) return { ...plainLocations(bytes), messages };
  const out: number[] = [];
  let skipped = 0;
  for (const r of report.records) {
    if (r.lng !== null && r.lat !== null) out.push(r.lng, r.lat);
    else skipped++;
  }
  return { lngLat: Float64Array.from(out), skipped, messages };
}

/** Coordinates from GeoJSON points or CSV lat/lng columns, for files the import refuses. */
function plainLocations(bytes: Uint8Array): { lngLat: Float64Array; skipped: number } {
  const text = new TextDecoder().decode(bytes);
  const out: number[] = [];
  let skipped = 0;
  const push = (lng: unknown, lat: unknown) => {
    const x = typeof lng === 'string' && lng.trim() !== '' ? Number(lng.replace(',', '.')) : lng;
    const y = typeof lat === 'string' && lat.trim() !== '' ? Number(lat.replace(',', '.')) : lat;
    if (
      typeof x === 'number' &&
      typeof y === 'number' &&
      Number.isFinite(x) &&
      Number.isFinite(y)
    ) {
      out.push(x, y);
    } else skipped++;
  };
  if (text.trimStart().startsWith('{')) {
    const data = JSON.parse(text) as { features?: { geometry?: { coordinates?: unknown[] } }[] };
    for (const f of data.features ?? [])
      push(f.geometry?.coordinates?.[0], f.geometry?.coordinates?.[1]);
  } else {
    const { data, meta } = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    });
    const find = (names: string[]) =>
      meta.fields?.find((f) => names.includes(f.trim().toLowerCase()));
    const lng = find(['lng', 'lon', 'long', 'longitude', 'bujur']);
    const lat = find(['lat', 'latitude', 'lintang']);
    if (!lng || !lat) fail('no latitude/longitude columns found');
    for (const row of data) push(row[lng], row[lat]);
  }
  return { lngLat: Float64Array.from(out), skipped };
}

async function main(): Promise<void> {
  let values: { sites?: string; radius?: string; geodata?: string };
  try {
    ({ values } = parseArgs({
      options: {
        sites: { type: 'string' },
        radius: { type: 'string' },
        geodata: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    fail((err as Error).message);
  }
  if (!values.sites) fail('missing --sites FILE');
  if (values.radius === undefined) fail('missing --radius METRES');
  const radius = Number(values.radius);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(values.radius) || !(radius > 0) || radius > 50_000) {
    fail(`--radius must be a number of metres, 0 < R ≤ 50000 (got "${values.radius}")`);
  }
  const sitesFile = resolve(values.sites);
  if (!existsSync(sitesFile)) fail(`no such file: ${values.sites}`);
  const geodataFile = resolve(values.geodata ?? 'geodata/kelurahan.geojson');
  if (!existsSync(geodataFile)) fail(`no such file: ${geodataFile}`);

  const collection = JSON.parse(readFileSync(geodataFile, 'utf8')) as KelurahanCollection;
  const city = prepareCity(collection);
  const { lngLat, skipped } = await readSites(
    sitesFile,
    collection,
    createLocator(city.pointIndex, city.kodes),
  );
  if (skipped > 0) {
    process.stderr.write(`coverage: ${skipped} rows without a usable location skipped\n`);
  }
  const report = coverageReport(city, lngLat, radius);
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  for (const row of report.kelurahan) row.covered_pct = round(row.covered_pct);
  report.city.covered_pct = round(report.city.covered_pct);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

await main();
