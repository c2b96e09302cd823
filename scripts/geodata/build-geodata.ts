/**
 * `npm run geodata [-- --source PATH] [-- --out DIR]`: build geodata/ from the kelurahan SQL
 * dump of cahyadsn/wilayah_boundaries. See geodata/README.md (written by this script).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import * as prettier from 'prettier';
import { buildGeodata } from './pipeline.ts';
import type { PartitionSummary } from './partition-check.ts';
import { readProvenance } from './sources.ts';
import { renderReadme } from './write-readme.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LICENCE_FILE = 'LICENSE-wilayah_boundaries.txt';

/** One feature per line: small diffs when a boundary changes, still valid JSON. */
export function formatFeatureCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function describe(label: string, s: PartitionSummary): string {
  return (
    `${label}: ${s.overlapPairs} overlapping pairs, ${s.overlapPieces} overlap pieces ` +
    `(${Math.round(s.overlapTotalM2)} m², max ${Math.round(s.overlapMaxM2)} m²); ` +
    `${s.gapPieces} gaps (${Math.round(s.gapTotalM2)} m², max ${Math.round(s.gapMaxM2)} m²)`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      source: {
        type: 'string',
        default: join(REPO_ROOT, '../shared/geodata/source/wilayah_boundaries_kel_35.71.sql'),
      },
      out: { type: 'string', default: join(REPO_ROOT, 'geodata') },
    },
  });
  const source = resolve(values.source);
  const out = resolve(values.out);
  const bytes = readFileSync(source);
  const prov = readProvenance(source, bytes);
  const build = await buildGeodata(bytes.toString('utf8'));
  const mapshaperPkg = createRequire(import.meta.url)('mapshaper/package.json') as {
    version: string;
  };
  const mapshaperVersion = mapshaperPkg.version;

  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'kelurahan.geojson'), formatFeatureCollection(build.kelurahan));
  writeFileSync(join(out, 'kecamatan.geojson'), formatFeatureCollection(build.kecamatan));
  writeFileSync(join(out, 'kota.geojson'), formatFeatureCollection(build.kota));
  // Copy the text, not the file: the source folder is read-only and its mode would come along.
  writeFileSync(join(out, LICENCE_FILE), readFileSync(join(dirname(source), LICENCE_FILE)));
  // Formatted with the repo's Prettier settings, so `prettier --check .` passes on the output.
  const readmePath = join(out, 'README.md');
  const readme = renderReadme(build, prov, { licenceFile: LICENCE_FILE, mapshaperVersion });
  const prettierOptions = (await prettier.resolveConfig(readmePath)) ?? {};
  writeFileSync(
    readmePath,
    await prettier.format(readme, { ...prettierOptions, parser: 'markdown' }),
  );

  const r = build.report;
  const worst = r.areaChanges.reduce((a, b) =>
    Math.abs(b.outputM2 - b.sourceM2) > Math.abs(a.outputM2 - a.sourceM2) ? b : a,
  );
  console.log(`${r.sourceRows} kelurahan from ${source}`);
  console.log(describe('before', r.before));
  console.log(describe('after ', r.after));
  console.log(
    `city ${(r.kotaAreaM2 / 1e6).toFixed(4)} km²; largest kelurahan change ` +
      `${worst.nama} ${Math.round(worst.outputM2 - worst.sourceM2)} m²`,
  );
  console.log(`wrote ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
