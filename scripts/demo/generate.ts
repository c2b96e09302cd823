import type { KelurahanCollection } from '../../src/lib/model/kelurahan.ts';
import {
  BANK_SAMPAH_COLUMNS,
  DEFINED_PLACE_COLUMNS,
  DEMO_FILES,
  DEMO_FORMAT,
  DEMO_FORMAT_VERSION,
  PATIENT_COLUMNS,
  POPULATION_COLUMNS,
  PRODAMAS_COLUMNS,
  VISIT_COLUMNS,
  encodeTable,
  type DemoHomeCareFile,
  type DemoManifest,
  type DemoTable,
} from '../../src/lib/storage/demo-format.ts';
import { PRESET_PROGRAMS } from '../../src/lib/programs/presets.ts';
import { buildBankSampah } from './bank-sampah.ts';
import { buildESptpd } from './e-sptpd.ts';
import { EMAS_CLASSES, EMAS_PARTICIPANTS, EMAS_SPOTS, buildEmas } from './emas.ts';
import { KURNIA_LOANS, KURNIA_TOTAL_RP, buildKurnia } from './kurnia.ts';
import { buildHomeCare } from './home-care.ts';
import { checkInvariants } from './invariants.ts';
import { buildPopulation } from './population.ts';
import { Rng } from './prng.ts';
import { AS_OF, buildProdamas } from './prodamas.ts';
import { planRts } from './rt-plan.ts';
import type { DemoRows } from './rows.ts';

export const DEFAULT_SEED = 1478;

/** The files written to `public/demo/`, keyed by file name. */
export type DemoOutput = Record<string, DemoTable | DemoHomeCareFile | DemoManifest>;

/**
 * Builds the demo rows from the kelurahan boundaries and a seed. Each programme draws from its
 * own PRNG stream, so changing one generator does not reshuffle the others.
 */
export function buildDemoRows(kelurahan: KelurahanCollection, seed: number): DemoRows {
  const features = [...kelurahan.features].sort((a, b) =>
    a.properties.kode.localeCompare(b.properties.kode),
  );
  const plans = planRts(features, new Rng(seed));
  const bankSampah = buildBankSampah(plans, new Rng(seed + 1));
  const prodamas = buildProdamas(plans, new Rng(seed + 2));
  const hc = buildHomeCare(plans, new Rng(seed + 3));
  const population = buildPopulation(plans);
  const rows: DemoRows = {
    plans,
    bankSampah,
    prodamas,
    patients: hc.patients,
    visits: hc.visits,
    population,
    underserved: hc.underserved,
    emas: buildEmas(plans, new Rng(seed + 4)),
    kurnia: buildKurnia(plans, new Rng(seed + 5)),
    eSptpd: buildESptpd(plans, new Rng(seed + 6)),
  };
  checkInvariants(rows);
  return rows;
}

type Obj = Record<string, string | number | boolean | null>;

/** A preset's demo table: place columns, then its definition's fields in their order. */
function definedTable(id: string, rows: readonly object[]) {
  const d = PRESET_PROGRAMS.find((p) => p.id === id);
  if (d === undefined) throw new Error(`no preset ${id}`);
  const listed = d.fields.filter((f) => f.values !== undefined || f.kind === 'date');
  return encodeTable(
    [...DEFINED_PLACE_COLUMNS, ...d.fields.map((f) => f.key)],
    rows as unknown as Obj[],
    ['kode', ...listed.map((f) => f.key)],
  );
}

export function encodeDemo(rows: DemoRows, seed: number): DemoOutput {
  const manifest: DemoManifest = {
    format: DEMO_FORMAT,
    version: DEMO_FORMAT_VERSION,
    label: {
      id: 'Data contoh — bukan data resmi Pemkot Kediri',
      en: 'Demo data — not official Kota Kediri records',
    },
    seed,
    generatedBy: 'npm run demo-data (scripts/demo/build-demo-data.ts)',
    files: {
      bank_sampah: DEMO_FILES.bank_sampah,
      prodamas: DEMO_FILES.prodamas,
      home_care: DEMO_FILES.home_care,
      population: DEMO_FILES.population,
      emas: DEMO_FILES.emas,
      kurnia: DEMO_FILES.kurnia,
      e_sptpd: DEMO_FILES.e_sptpd,
    },
    counts: {
      bankSampah: rows.bankSampah.length,
      bankSampahActive: rows.bankSampah.filter((b) => b.status === 'aktif').length,
      kelurahanWithBankSampah: new Set(rows.bankSampah.map((b) => b.kode)).size,
      rt: rows.plans.reduce((a, p) => a + p.rtCount, 0),
      rw: rows.plans.reduce((a, p) => a + p.rws.length, 0),
      prodamasProjects: rows.prodamas.length,
      homeCarePatients: rows.patients.length,
      homeCareVisits: rows.visits.length,
      populationRows: rows.population.length,
      populationTotal: rows.population.reduce((a, p) => a + p.total, 0),
      emasSpots: rows.emas.length,
      emasClasses: rows.emas.reduce((a, s) => a + s.classes, 0),
      emasParticipants: rows.emas.reduce((a, s) => a + s.participants, 0),
      kurniaLoans: rows.kurnia.length,
      kurniaTotalRp: rows.kurnia.reduce((a, l) => a + l.amountRp, 0),
      eSptpdObjects: rows.eSptpd.length,
    },
    notes: [
      `Progress and visits as of ${AS_OF}.`,
      'Counts follow published figures (134 bank sampah, 63 active, 24 kelurahan; 1,478 RT; Rp 100 juta per RT per year); names, places, projects and patients are invented.',
      'Population per kelurahan is an estimate: see README.md in this folder.',
      `Emas: ${EMAS_SPOTS} spots, ${EMAS_CLASSES} classes, ${EMAS_PARTICIPANTS} participants (3 Dec 2024); Kurnia: ${KURNIA_LOANS} loans, Rp ${KURNIA_TOTAL_RP} (early 2022); spots, borrowers and places are invented.`,
      'E-SPTPD: no counts are published; the tax objects, their number by type and their tax are an estimate (README.md).',
    ],
  };
  return {
    [DEMO_FILES.manifest]: manifest,
    [DEMO_FILES.bank_sampah]: encodeTable(
      BANK_SAMPAH_COLUMNS,
      rows.bankSampah as unknown as Obj[],
      ['kode', 'type', 'status'],
    ),
    [DEMO_FILES.prodamas]: encodeTable(PRODAMAS_COLUMNS, rows.prodamas as unknown as Obj[], [
      'kode',
      'category',
      'title',
    ]),
    [DEMO_FILES.home_care]: {
      patients: encodeTable(PATIENT_COLUMNS, rows.patients as unknown as Obj[], ['kode', 'group']),
      visits: encodeTable(VISIT_COLUMNS, rows.visits as unknown as Obj[], ['service']),
    },
    [DEMO_FILES.population]: encodeTable(POPULATION_COLUMNS, rows.population as unknown as Obj[], [
      'source',
    ]),
    [DEMO_FILES.emas]: definedTable('emas', rows.emas),
    [DEMO_FILES.kurnia]: definedTable('kurnia', rows.kurnia),
    [DEMO_FILES.e_sptpd]: definedTable('e_sptpd', rows.eSptpd),
  };
}

/**
 * JSON with one table row per line: compact, gzip-friendly, and a regenerated file diffs by row.
 */
export function stringifyDemoFile(value: unknown): string {
  return `${JSON.stringify(value, null, 0)
    .replace(/\],\[/g, '],\n[')
    .replace(/"rows":\[\[/g, '"rows":[\n[')}\n`;
}
