/**
 * `npm run embed-data` — writes public/embed/data.json, the only data the public embed reads.
 *
 * Reads geodata/kelurahan.geojson and the demo data (public/demo/*.json, decoded by the pure
 * src/lib/storage/demo-decode.ts), computes the public figures with the app's coverage core and
 * suppresses Home Care counts below HOME_CARE_MIN_COUNT (default 5). Refuses to write a file that
 * contains a Home Care home location or patient id. Contract: public/embed/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KelurahanCollection } from '../src/lib/model/kelurahan.ts';
import {
  decodeDefinedDemo,
  decodeDemoData,
  type DemoFiles,
} from '../src/lib/storage/demo-decode.ts';
import { DEFINED_DEMO_PROGRAMS } from '../src/lib/storage/demo-format.ts';
import { SHIPPED_PROGRAMS } from '../src/lib/programs/registry.ts';
import { DEMO_FILES, type DemoManifest } from '../src/lib/storage/demo-format.ts';
import { DEFAULT_HOME_CARE_MIN_COUNT, buildEmbedData } from './embed/embed-figures.ts';
import { findHomeCareLeak, findLocationLeak, homeLocationsOf } from './embed/privacy-check.ts';
import { stringifyEmbedData } from './embed/stringify.ts';

export const EMBED_DATA_PATH = 'public/embed/data.json';

/** The threshold from the environment; anything but a whole number ≥ 1 is refused. */
export function minCountFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_HOME_CARE_MIN_COUNT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`HOME_CARE_MIN_COUNT must be a whole number ≥ 1, got "${value}"`);
  return n;
}

/** The data file's text for the demo data in `demoDir`, checked for Home Care leaks. */
export function buildEmbedDataText(
  minCount: number,
  demoDir = 'public/demo',
  geodata = 'geodata/kelurahan.geojson',
): string {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(demoDir, file), 'utf8'));
  const files: DemoFiles = {
    bank_sampah: read(DEMO_FILES.bank_sampah),
    prodamas: read(DEMO_FILES.prodamas),
    home_care: read(DEMO_FILES.home_care),
    population: read(DEMO_FILES.population),
  };
  const manifest = read(DEMO_FILES.manifest) as DemoManifest;
  const demo = decodeDemoData(files);
  const defined = DEFINED_DEMO_PROGRAMS.map((id) => {
    const definition = SHIPPED_PROGRAMS.find((p) => p.id === id)!;
    return { definition, records: decodeDefinedDemo(read(DEMO_FILES[id]), definition) };
  });
  const collection = JSON.parse(readFileSync(geodata, 'utf8')) as KelurahanCollection;
  const data = buildEmbedData(
    collection,
    {
      bankSampah: demo.bank_sampah,
      prodamas: demo.prodamas,
      homeCare: demo.home_care,
      population: demo.population,
      defined,
    },
    minCount,
    manifest.label,
  );
  const text = stringifyEmbedData(data);
  const leak = findHomeCareLeak(text, homeLocationsOf(files.home_care));
  if (leak) throw new Error(`embed data would contain a ${leak}; not written`);
  // Records of programmes that are not public points (Kurnia borrowers, tax objects): none of
  // their locations may appear, whatever the figures say.
  const closed = defined
    .filter((d) => d.definition.privacy !== 'public_points')
    .flatMap((d) => d.records.flatMap((r) => (r.lng === null || r.lat === null ? [] : [r])));
  const pointLeak = findLocationLeak(text, closed as { lng: number; lat: number }[]);
  if (pointLeak) throw new Error(`embed data would contain a ${pointLeak}; not written`);
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const minCount = minCountFromEnv(process.env.HOME_CARE_MIN_COUNT);
  const text = buildEmbedDataText(minCount);
  mkdirSync(dirname(EMBED_DATA_PATH), { recursive: true });
  writeFileSync(EMBED_DATA_PATH, text);
  console.log(
    `${EMBED_DATA_PATH}: ${(text.length / 1024).toFixed(1)} KB, Home Care counts below ${minCount} suppressed`,
  );
}
