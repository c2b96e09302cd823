import type { KodeKelurahan } from './kelurahan';
import type { ProgramDefinition } from '../programs/definition';

/** The three programmes Jangkau maps. */
export const PROGRAMS = ['bank_sampah', 'prodamas', 'home_care'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Where a record came from: every stored record keeps it. */
export interface Provenance {
  /** Import batch id (`demo:<target>` for the embedded demo data, e.g. `demo:prodamas`). */
  batchId: string;
  sourceFile: string;
  /** Row number as in the source file, header = row 1. */
  sourceRow: number;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Absent = 1 (never changed): every field change increments it (issue 12's sync needs it). */
  rev?: number;
}

/**
 * `lainnya` holds every category a file brings that is none of the known ones; the file's own
 * word is kept in `newType` (issue 10: an unknown optional category never sinks a row).
 */
export const BANK_SAMPAH_TYPES = ['unit', 'sekolah', 'pasar', 'induk', 'lainnya'] as const;
export type BankSampahType = (typeof BANK_SAMPAH_TYPES)[number];
export const BANK_SAMPAH_STATUS = ['aktif', 'tidak_aktif'] as const;
export type BankSampahStatus = (typeof BANK_SAMPAH_STATUS)[number];

export interface BankSampah extends Provenance {
  id: string;
  name: string;
  kode: KodeKelurahan;
  rw: number | null;
  rt: number | null;
  address: string;
  /** WGS84 degrees; null when the source had no usable location. */
  lng: number | null;
  lat: number | null;
  type: BankSampahType;
  /** The file's category, verbatim, when it is none of the known ones (`type` is `lainnya`). */
  newType?: string;
  status: BankSampahStatus;
  /** ISO date `YYYY-MM-DD`. */
  established: string | null;
  members: number | null;
  kgPerMonth: number | null;
}

export const PRODAMAS_CATEGORIES = [
  'infrastruktur',
  'ekonomi',
  'sosial_budaya',
  'pendidikan',
  'kesehatan',
  'kepemudaan',
] as const;
export type ProdamasCategory = (typeof PRODAMAS_CATEGORIES)[number];
export const PRODAMAS_PROGRESS = [0, 50, 100] as const;
export type ProdamasProgress = (typeof PRODAMAS_PROGRESS)[number];

export interface ProdamasProject extends Provenance {
  id: string;
  year: number;
  kode: KodeKelurahan;
  rw: number | null;
  rt: number | null;
  category: ProdamasCategory;
  title: string;
  /** Rupiah. */
  budgetRp: number;
  progress: ProdamasProgress;
  lng: number | null;
  lat: number | null;
}

export const HOME_CARE_SERVICES = [
  'perawatan_luka',
  'fisioterapi',
  'ganti_kateter_ngt',
  'gawat_darurat',
  'pemeriksaan',
  // A visit list without a service column (or a blank cell): the visit still counts.
  'unspecified',
] as const;
export type HomeCareService = (typeof HOME_CARE_SERVICES)[number];
export const HOME_CARE_GROUPS = ['lansia', 'disabilitas', 'bedridden', 'lainnya'] as const;
export type HomeCareGroup = (typeof HOME_CARE_GROUPS)[number];

/** A Home Care Peduli visit. The home location is personal data: it never leaves the browser. */
export interface HomeCareVisit extends Provenance {
  id: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** Pseudonymous patient id. */
  patientId: string;
  kode: KodeKelurahan;
  rw: number | null;
  rt: number | null;
  lng: number | null;
  lat: number | null;
  service: HomeCareService;
  group: HomeCareGroup;
  /** The file's patient group, verbatim, when it is none of the known ones (`group` is `lainnya`). */
  newGroup?: string;
}

export interface Population extends Provenance {
  id: string;
  year: number;
  kode: KodeKelurahan;
  total: number;
  elderly: number | null;
  /** Free text; `estimasi` values are labelled as estimates wherever shown. */
  source: string;
  isEstimate: boolean;
  /** Number of RT / RW in the kelurahan, where the source gives them. */
  rtCount?: number | null;
  rwCount?: number | null;
}

export interface RecordsByProgram {
  bank_sampah: BankSampah;
  prodamas: ProdamasProject;
  home_care: HomeCareVisit;
}

/** What one import batch writes into: a programme's records or the population table. */
export type BatchTarget = Program | 'population';
/** Every built-in batch target; any other target is a defined programme's id. */
export const BATCH_TARGETS: readonly BatchTarget[] = [...PROGRAMS, 'population'];
/**
 * `program-deleted`: a user's own programme was deleted with its records; undoing it brings the
 * definition (kept in `deletedProgram`) and every record back. `field`: the one batch per target
 * (`field:<target>`) that records entered in the field go into.
 */
export type BatchKind = 'demo' | 'import' | 'program-deleted' | 'field';

/** One import (or the embedded demo data for one target); undo deletes its records. */
export interface ImportBatch {
  id: string;
  /** A built-in target, or the id of a defined programme (a preset such as `emas`, a user's own). */
  program: BatchTarget | (string & {});
  sourceFile: string;
  /** ISO 8601. */
  createdAt: string;
  /** Records written by the batch. */
  rowCount: number;
  kind: BatchKind;
  /** Set once the batch was undone; its records are gone, the batch row stays as history. */
  undone?: boolean;
  /** ISO 8601. */
  undoneAt?: string;
  /** `program-deleted` only: the definition as it was, so that undo restores it. */
  deletedProgram?: ProgramDefinition;
}

/** A key/value row of the app's own settings (e.g. `demo` → demo state). Values are plain JSON. */
export interface MetaEntry {
  key: string;
  value: unknown;
}
