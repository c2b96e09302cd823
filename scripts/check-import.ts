/**
 * Checks an import file without writing anything and prints the per-row report as JSON.
 *
 *   npm run check-import -- FILE [--program bank_sampah|prodamas|home_care|population] [--lang en|id]
 *                               [--pseudonym-key HEX]
 *
 * A Home Care file with names but no patient id gets pseudonymous ids keyed by `--pseudonym-key`
 * (at least 32 hex digits); without it a fresh random key is used, so the ids differ from run to
 * run (the app keeps its key in the local database). Names are never printed.
 *
 * Exit status: 0 the file could be imported (at least one row accepted), 1 it would be refused
 * (file-level error or every row rejected), 2 bad arguments or an unreadable file.
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

const TARGETS: ImportTarget[] = ['bank_sampah', 'prodamas', 'home_care', 'population'];
const USAGE =
  'usage: npm run check-import -- FILE [--program bank_sampah|prodamas|home_care|population] [--lang en|id] [--pseudonym-key HEX]';

function fail(message: string): never {
  process.stderr.write(`check-import: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  file: string;
  program?: ImportTarget;
  lang: Locale;
  pseudonymKey?: Uint8Array;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let program: ImportTarget | undefined;
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
      if (!TARGETS.includes(v as ImportTarget)) fail(`unknown programme "${v}"`);
      program = v as ImportTarget;
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
  return { file, program, lang, pseudonymKey };
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
    program: report.program,
    format: report.format,
    canWrite: report.canWrite,
    fileMessages: report.fileMessages.map(text),
    mapping: report.mapping.used,
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
