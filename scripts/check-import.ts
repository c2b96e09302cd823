/**
 * Checks an import file without writing anything and prints the per-row report as JSON.
 *
 *   npm run check-import -- FILE [--program ID | --define DEFINITION.json] [--lang en|id]
 *                               [--pseudonym-key HEX]
 *
 * `--program` takes a built-in target (bank_sampah, prodamas, home_care, population), checked by
 * its own validator, or a preset programme (emas, kurnia, e_sptpd), checked through its
 * definition. `--define` reads a user's own programme definition (JSON, format
 * `jangkau-program` v1), checked as the app checks one (`checkCustomProgram`); a bad definition
 * exits 2 with its problems listed.
 *
 * A Home Care file with names but no patient id gets pseudonymous ids keyed by `--pseudonym-key`
 * (at least 32 hex digits); without it a fresh random key is used, so the ids differ from run to
 * run (the app keeps its key in the local database). Names are never printed.
 *
 * Exit status: 0 the file could be imported (at least one row accepted), 1 it would be refused
 * (file-level error or every row rejected), 2 bad arguments, an unreadable file or a bad
 * definition.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPointIndex, createLocator } from '../src/lib/geo/point-index';
import {
  formatMessage,
  checkFileSize,
  readImportFile,
  type GazetteerEntry,
  type ImportReport,
  type ImportTarget,
  type Locale,
  type Locate,
} from '../src/lib/import/index';
import type { KelurahanCollection } from '../src/lib/model/kelurahan';
import type { ProgramDefinition } from '../src/lib/programs/definition';
import { checkCustomProgram, SHIPPED_PROGRAMS } from '../src/lib/programs/registry';

const TARGETS: ImportTarget[] = ['bank_sampah', 'prodamas', 'home_care', 'population'];
/** Shipped programmes without a validator of their own: imported through their definition. */
const PRESETS = SHIPPED_PROGRAMS.filter((p) => p.origin === 'preset');
const USAGE = `usage: npm run check-import -- FILE [--program ${[...TARGETS, ...PRESETS.map((p) => p.id)].join('|')} | --define DEFINITION.json] [--lang en|id] [--pseudonym-key HEX]`;

function fail(message: string): never {
  process.stderr.write(`check-import: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  file: string;
  program?: ImportTarget;
  definition?: ProgramDefinition;
  /** `--define` path, read once the arguments are parsed. */
  defineFile?: string;
  lang: Locale;
  pseudonymKey?: Uint8Array;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let program: ImportTarget | undefined;
  let definition: ProgramDefinition | undefined;
  let defineFile: string | undefined;
  let lang: Locale = 'en';
  let pseudonymKey: Uint8Array | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail(`${name} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--program' || a.startsWith('--program=')) {
      const v = value('--program');
      const preset = PRESETS.find((p) => p.id === v);
      if (preset !== undefined) definition = preset;
      else if (TARGETS.includes(v as ImportTarget)) program = v as ImportTarget;
      else fail(`unknown programme "${v}"`);
    } else if (a === '--define' || a.startsWith('--define=')) {
      defineFile = value('--define');
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang');
      if (v !== 'en' && v !== 'id') fail(`unknown language "${v}"`);
      lang = v;
    } else if (a === '--pseudonym-key' || a.startsWith('--pseudonym-key=')) {
      const v = value('--pseudonym-key');
      if (!/^(?:[0-9a-f]{2}){16,}$/i.test(v)) fail('--pseudonym-key needs at least 32 hex digits');
      pseudonymKey = Uint8Array.from(v.match(/../g) ?? [], (h) => parseInt(h, 16));
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else fail('only one FILE');
  }
  if (file === undefined) fail('missing FILE');
  if (defineFile !== undefined && (program !== undefined || definition !== undefined))
    fail('give either --program or --define, not both');
  return { file, program, definition, defineFile, lang, pseudonymKey };
}

/** A user's definition from a JSON file, checked as the app checks one; problems exit 2. */
async function readDefinition(path: string): Promise<ProgramDefinition> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    fail(`cannot read the definition ${path}: ${(e as Error).message}`);
  }
  const checked = checkCustomProgram(input);
  if (checked.ok) return checked.definition;
  process.stderr.write(
    `check-import: ${path} is not a usable programme definition:\n${checked.problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(2);
}

/** Gazetteer and point lookup from the shipped boundaries. */
async function loadGeodata(): Promise<{ gazetteer: GazetteerEntry[]; locate: Locate }> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const path = resolve(root, 'geodata/kelurahan.geojson');
  let fc: KelurahanCollection;
  try {
    fc = JSON.parse(await readFile(path, 'utf8')) as KelurahanCollection;
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  const gazetteer = fc.features.map(({ properties: p }) => ({
    kode: p.kode,
    nama: p.nama,
    kode_kec: p.kode_kec,
    nama_kec: p.nama_kec,
  }));
  const index = buildPointIndex(fc.features);
  return {
    gazetteer,
    locate: createLocator(
      index,
      gazetteer.map((g) => g.kode),
    ),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const definition =
    args.defineFile === undefined ? args.definition : await readDefinition(args.defineFile);
  const fileName = args.file.split(/[\\/]/).pop() ?? args.file;
  let bytes: Uint8Array;
  let tooLarge: ImportReport | null = null;
  try {
    const info = await stat(args.file);
    if (!info.isFile()) fail(`${args.file} is not a file`);
    tooLarge = checkFileSize(fileName, info.size);
    // Past the limit the file is refused unread.
    bytes = tooLarge ? new Uint8Array(0) : await readFile(args.file);
  } catch (e) {
    fail(`cannot read ${args.file}: ${(e as Error).message}`);
  }
  const { gazetteer, locate } = await loadGeodata();
  const pseudonymKey = args.pseudonymKey ?? crypto.getRandomValues(new Uint8Array(32));
  const report =
    tooLarge ??
    (await readImportFile(fileName, bytes, {
      program: args.program,
      ...(definition === undefined ? {} : { definition }),
      gazetteer,
      locate,
      pseudonymKey,
    }));
  if (
    args.pseudonymKey === undefined &&
    report.fileMessages.some((m) => m.code === 'pseudonym_derived')
  )
    process.stderr.write(
      'check-import: pseudonymous ids use a one-off key; pass --pseudonym-key for stable ids\n',
    );
  const text = (m: Parameters<typeof formatMessage>[0]) => formatMessage(m, args.lang);
  const out = {
    rows: report.rows,
    accepted: report.accepted,
    rejected: report.rejected,
    warnings: report.warnings,
    program: report.program ?? report.definitionId ?? null,
    format: report.format,
    canWrite: report.canWrite,
    fileMessages: report.fileMessages.map(text),
    mapping: report.mapping.used,
    ...(report.fieldMapping === undefined ? {} : { fields: report.fieldMapping.used }),
    records: report.records.map((r) => ({
      row: r.row,
      status: r.status,
      kode: r.kode,
      lng: r.lng,
      lat: r.lat,
      messages: r.messages.map(text),
    })),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  process.exitCode = report.canWrite ? 0 : 1;
}

await main();
