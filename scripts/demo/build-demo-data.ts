/**
 * Writes the demo data the app loads on first start: `npm run demo-data [-- --seed N]`.
 * Reads geodata/kelurahan.geojson, writes public/demo/*.json (deterministic for a seed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan.ts';
import { DEFAULT_SEED, buildDemoRows, encodeDemo, stringifyDemoFile } from './generate.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = Number(arg('seed') ?? DEFAULT_SEED);
const input = arg('geodata') ?? 'geodata/kelurahan.geojson';
const outDir = arg('out') ?? 'public/demo';
if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');

const kelurahan = JSON.parse(readFileSync(input, 'utf8')) as KelurahanCollection;
const rows = buildDemoRows(kelurahan, seed);
const files = encodeDemo(rows, seed);
mkdirSync(outDir, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  const text = stringifyDemoFile(content);
  writeFileSync(join(outDir, name), text);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${name.padEnd(18)} ${kb(text.length).padStart(9)}  gzip ${kb(gzipSync(text).length)}`,
  );
}
console.log(JSON.stringify((files['manifest.json'] as { counts: unknown }).counts));
console.log(`underserved (home care): ${rows.underserved.join(', ')}`);
