/**
 * `npm run coverage -- --sites FILE --radius METRES [--geodata FILE]`
 *
 * Prints the catchment coverage of every kelurahan as JSON on stdout (format: `CoverageReport` in
 * src/lib/coverage/coverage-report.ts). Every row of FILE with a usable location counts as an
 * active site. Bad arguments: a message on stderr and exit code 2.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { KelurahanCollection } from '../src/lib/model/kelurahan';
import { prepareCity } from '../src/lib/coverage/city';
import { coverageReport } from '../src/lib/coverage/coverage-report';

const USAGE =
  'usage: npm run coverage -- --sites FILE --radius METRES [--geodata kelurahan.geojson]';

function fail(message: string): never {
  process.stderr.write(`coverage: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const LNG_NAMES = ['lng', 'lon', 'long', 'longitude', 'bujur', 'x'];
const LAT_NAMES = ['lat', 'latitude', 'lintang', 'y'];

/**
 * Reads site locations from CSV (columns named like lat/lng) or GeoJSON points. A stand-in until
 * the import core's `readImportFile` lands in src/lib/import; swap the body then.
 */
function readSites(file: string): { lngLat: Float64Array; skipped: number } {
  const text = readFileSync(file, 'utf8');
  const out: number[] = [];
  let skipped = 0;
  const push = (lng: number, lat: number) => {
    if (Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lat) <= 90) out.push(lng, lat);
    else skipped++;
  };
  if (/\.(geo)?json$/i.test(file)) {
    const data = JSON.parse(text) as {
      features?: { geometry?: { type?: string; coordinates?: number[] } | null }[];
    };
    for (const f of data.features ?? []) {
      const g = f.geometry;
      if (g?.type === 'Point' && g.coordinates) push(g.coordinates[0], g.coordinates[1]);
      else skipped++;
    }
  } else {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const fields = parsed.meta.fields ?? [];
    const find = (names: string[]) => fields.find((f) => names.includes(f.trim().toLowerCase()));
    const lngField = find(LNG_NAMES);
    const latField = find(LAT_NAMES);
    if (!lngField || !latField) fail(`${file}: no latitude/longitude columns found`);
    const num = (v: string | undefined) => {
      const t = String(v ?? '').trim();
      return t === '' ? NaN : Number(t.replace(',', '.'));
    };
    for (const row of parsed.data) push(num(row[lngField]), num(row[latField]));
  }
  return { lngLat: Float64Array.from(out), skipped };
}

function main(): void {
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
  const { lngLat, skipped } = readSites(sitesFile);
  if (skipped > 0)
    process.stderr.write(`coverage: ${skipped} rows without a usable location skipped\n`);
  const report = coverageReport(prepareCity(collection), lngLat, radius);
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  for (const row of report.kelurahan) row.covered_pct = round(row.covered_pct);
  report.city.covered_pct = round(report.city.covered_pct);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main();
