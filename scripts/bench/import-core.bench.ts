/**
 * Times the import core on a generated 100,000-row bank sampah CSV (decimal commas, `;`,
 * name variants, a few swapped points): `npx tsx scripts/bench/import-core.bench.ts [rows]; also run by `npm run bench``.
 * Prints figures, asserts nothing (house rule for benchmarks).
 */
import { readFileSync } from 'node:fs';
import { buildPointIndex, createLocator } from '../../src/lib/geo/point-index';
import { readCsv } from '../../src/lib/import/csv';
import { readImportFile } from '../../src/lib/import/index';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';

const arg = Number(process.argv[2]);
const rows = Number.isInteger(arg) && arg > 0 ? arg : 100_000;
const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const gazetteer = fc.features.map(({ properties: p }) => ({
  kode: p.kode,
  nama: p.nama,
  kode_kec: p.kode_kec,
  nama_kec: p.nama_kec,
}));
const locate = createLocator(
  buildPointIndex(fc.features),
  gazetteer.map((g) => g.kode),
);

// Deterministic pseudo-random points around each kelurahan's label point.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const lines = [
  'nama;kelurahan;rt;rw;alamat;lintang;bujur;jenis;status;tanggal berdiri;nasabah;kg/bulan',
];
for (let i = 0; i < rows; i++) {
  const f = fc.features[i % fc.features.length].properties;
  const lat = (f.label[1] + (rand() - 0.5) * 0.004).toFixed(6).replace('.', ',');
  const lng = (f.label[0] + (rand() - 0.5) * 0.004).toFixed(6).replace('.', ',');
  const name = i % 7 === 0 ? `Kel. ${f.nama.toUpperCase()}` : f.nama;
  const [a, b] = i % 500 === 0 ? [lng, lat] : [lat, lng];
  lines.push(
    `Bank Sampah ${i};${name};${(i % 12) + 1};${(i % 9) + 1};Jl. Contoh No. ${i};${a};${b};unit;aktif;12/0${(i % 9) + 1}/2019;${i % 300};${(i % 900) + 0.5}`.replace(
      /\.5$/,
      ',5',
    ),
  );
}
const bytes = new TextEncoder().encode(lines.join('\n'));
for (let run = 1; run <= 3; run++) {
  const tp = performance.now();
  readCsv(new TextDecoder().decode(bytes));
  const parseMs = performance.now() - tp;
  const t0 = performance.now();
  const report = await readImportFile('bench.csv', bytes, {
    gazetteer,
    locate,
    program: 'bank_sampah',
  });
  const ms = performance.now() - t0;
  console.log(
    `run ${run}: ${rows} rows, ${(bytes.length / 1048576).toFixed(1)} MB -> ${ms.toFixed(0)} ms ` +
      `(decode+CSV parse alone ${parseMs.toFixed(0)} ms) ` +
      `(${((rows / ms) * 1000).toFixed(0)} rows/s); accepted ${report.accepted}, warnings ${report.warnings}, rejected ${report.rejected}`,
  );
}
