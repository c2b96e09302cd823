import type { DefinedRecord } from '../model/defined-record';
import type { KodeKelurahan } from '../model/kelurahan';
import type {
  BankSampah,
  BatchTarget,
  HomeCareVisit,
  Population,
  ProdamasProject,
  Provenance,
} from '../model/records';
import type { ProgramDefinition } from '../programs/definition';
import type { MessageCode } from './message-codes';

/** What a file can be imported into: a programme or the population table. */
export type ImportTarget = BatchTarget;

/** One kelurahan of the gazetteer the import matches names and codes against. */
export interface GazetteerEntry {
  kode: KodeKelurahan;
  nama: string;
  kode_kec: string;
  nama_kec: string;
}

/** Point-in-kelurahan lookup: the kelurahan code containing `[lng, lat]` (WGS84), or null. */
export type Locate = (lng: number, lat: number) => KodeKelurahan | null;

/** A bounding box in WGS84 degrees. */
export interface Bbox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Logical fields a column can be mapped to (the union over all targets). */
export type FieldName =
  | 'kode'
  | 'kelurahan'
  | 'kecamatan'
  | 'rw'
  | 'rt'
  | 'rtrw'
  | 'lat'
  | 'lng'
  | 'coords'
  | 'name'
  | 'address'
  | 'type'
  | 'status'
  | 'established'
  | 'members'
  | 'kgPerMonth'
  | 'year'
  | 'category'
  | 'title'
  | 'budgetRp'
  | 'progress'
  | 'date'
  | 'patientId'
  | 'personName'
  | 'birthDate'
  | 'service'
  | 'group'
  | 'total'
  | 'elderly'
  | 'source'
  | 'rtCount'
  | 'rwCount';

/** Field → column header (as written in the file; duplicate headers get a ` (2)` suffix). */
export type ColumnMapping = Partial<Record<FieldName, string>>;

export type Severity = 'error' | 'warning' | 'info';

/** A text in both languages, Bahasa Indonesia first (a defined programme's field or value names). */
export interface BilingualText {
  id: string;
  en: string;
}

/**
 * A report message as a code plus parameters, so the UI can word it in either language
 * (see `messages.ts`). `field` names the logical field the message is about, if any.
 */
export interface ImportMessage {
  code: MessageCode;
  severity: Severity;
  field?: FieldName;
  /** The defined programme's field the message is about (its key), if any. */
  fieldKey?: string;
  params?: Record<string, string | number>;
  /**
   * Parameters worded per language (a defined programme's field and value names come from its
   * definition in both): used before `params` and the field labels.
   */
  texts?: Record<string, BilingualText>;
}

/** A record as the import hands it to storage: no id or provenance yet, but its source row. */
type NewRecordOf<T> = Omit<T, keyof Provenance | 'id'> & { sourceRow: number };

export interface ImportedRecords {
  bank_sampah: NewRecordOf<BankSampah>;
  prodamas: NewRecordOf<ProdamasProject>;
  home_care: NewRecordOf<HomeCareVisit>;
  population: NewRecordOf<Population>;
}
export type AnyImportedRecord = ImportedRecords[ImportTarget];
/** A defined programme's record as the import hands it to storage. */
export type ImportedDefinedRecord = NewRecordOf<DefinedRecord>;

export type RowStatus = 'ok' | 'warning' | 'error';

export interface RowReport {
  /** Row number as in the file: header = row 1 (GeoJSON: feature index + 1). */
  row: number;
  status: RowStatus;
  kode: KodeKelurahan | null;
  /** WGS84 degrees after any fix; null when the row has no usable location. */
  lng: number | null;
  lat: number | null;
  messages: ImportMessage[];
  /** The typed record, present unless `status` is `error`. */
  record?: AnyImportedRecord | ImportedDefinedRecord;
}

export type FileFormat = 'csv' | 'xlsx' | 'geojson';

export interface ImportOptions {
  /** Target table; detected from the column names when absent. */
  program?: ImportTarget;
  gazetteer: readonly GazetteerEntry[];
  /** Point-in-kelurahan lookup; without it only the city bbox is checked. */
  locate?: Locate;
  /** Defaults to `KEDIRI_BBOX`. Used for the quick outside check and when `locate` is absent. */
  cityBbox?: Bbox;
  /** Overrides the detected mapping field by field; a field mapped to `''` is unmapped. */
  mapping?: ColumnMapping;
  /** Called with 0…1 as the import advances (at most ~100 calls). */
  onProgress?: (fraction: number) => void;
  /** Current time as ISO 8601 (future visit dates are warned); defaults to the clock. */
  now?: () => string;
  /**
   * Duplicate keys of records already stored (see `duplicateKey`): matches are reported. A
   * function is asked once, for the target in use (given or detected), so a caller that reads
   * stored records reads only that target's, and only once the file's columns are known.
   */
  existingKeys?: ReadonlySet<string> | ((target: ImportTarget) => Promise<ReadonlySet<string>>);
  /**
   * Secret key (≥ 16 bytes) for pseudonymous patient ids: a Home Care file without an id column
   * but with names gets ids derived from name, kelurahan and birth date (HMAC-SHA-256, see
   * `pseudonym.ts`). Keep it in the local database, never export it; without it such a file is
   * refused for lacking a patient id, as before.
   */
  pseudonymKey?: Uint8Array;
  /**
   * Import into this defined programme (a preset or a user's own) instead of a built-in target:
   * its fields are found by their key, names and `columns` words and checked by kind, and every
   * record is a `DefinedRecord`. `program` is then ignored; the report's `program` is null and
   * `definitionId` names it. Check the definition first (`checkProgramDefinition`).
   */
  definition?: ProgramDefinition;
  /** With `definition`: overrides the detected field → column mapping (`''` unmaps a field). */
  fieldMapping?: Record<string, string>;
  /**
   * With `definition`: per category field, a file's word → the listed value key it is merged
   * into (the mapping editor), instead of being kept as a new category.
   */
  valueMerges?: Record<string, Record<string, string>>;
  /**
   * With `definition`: duplicate keys (`definedDuplicateKey`) of its stored records, asked once
   * the columns are known. A set in `existingKeys` serves too.
   */
  existingDefinedKeys?: (definition: ProgramDefinition) => Promise<ReadonlySet<string>>;
}

export interface ImportReport {
  fileName: string;
  format: FileFormat | null;
  /** The built-in target; null when the file was refused first, or read for a definition. */
  program: ImportTarget | null;
  /** Data rows in the file (header and blank rows not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  /** Accepted rows that carry at least one warning. */
  warnings: number;
  /** False when a file-level error means nothing may be written. */
  canWrite: boolean;
  mapping: { detected: ColumnMapping; used: ColumnMapping };
  /** The defined programme imported into (its id), when `options.definition` was given. */
  definitionId?: string;
  /** With a definition: its field keys → columns (the place columns are in `mapping`). */
  fieldMapping?: { detected: Record<string, string>; used: Record<string, string> };
  /** Headers in the file, in order. */
  columns: string[];
  unmappedColumns: string[];
  fileMessages: ImportMessage[];
  records: RowReport[];
}
