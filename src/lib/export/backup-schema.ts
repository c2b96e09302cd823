import {
  BANK_SAMPAH_STATUS,
  BANK_SAMPAH_TYPES,
  HOME_CARE_GROUPS,
  HOME_CARE_SERVICES,
  PRODAMAS_CATEGORIES,
  PRODAMAS_PROGRESS,
} from '../model/records';
import { checkProgramDefinition } from '../programs/definition';

/** A field check: returns true when the value is acceptable. */
type FieldCheck = (v: unknown) => boolean;
/** Field name → check; `?` suffix = optional (may be absent). */
export type RowSchema = Record<string, FieldCheck>;

const str: FieldCheck = (v) => typeof v === 'string';
const num: FieldCheck = (v) => typeof v === 'number' && Number.isFinite(v);
const int: FieldCheck = (v) => Number.isInteger(v);
const bool: FieldCheck = (v) => typeof v === 'boolean';
const orNull =
  (c: FieldCheck): FieldCheck =>
  (v) =>
    v === null || c(v);
const oneOf =
  (values: readonly (string | number)[]): FieldCheck =>
  (v) =>
    values.includes(v as string | number);
const isoDate: FieldCheck = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const lng: FieldCheck = orNull((v) => num(v) && Math.abs(v as number) <= 180);
const lat: FieldCheck = orNull((v) => num(v) && Math.abs(v as number) <= 90);
const kode: FieldCheck = (v) => typeof v === 'string' && /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(v);

const programId: FieldCheck = (v) => typeof v === 'string' && /^[a-z][a-z0-9_]{1,31}$/.test(v);
/** A plain object (no array, no prototype tricks) whose every value passes `each`. */
const plainMap = (v: unknown, each: (x: unknown) => boolean): boolean =>
  typeof v === 'object' &&
  v !== null &&
  Object.getPrototypeOf(v) === Object.prototype &&
  Object.values(v).every(each);

const PROVENANCE: RowSchema = {
  id: str,
  batchId: str,
  sourceFile: str,
  sourceRow: int,
  createdAt: str,
  updatedAt: str,
  // Absent in records never changed (and in every backup from before field entry).
  'rev?': int,
};

export const TABLE_SCHEMAS: Record<string, RowSchema> = {
  bankSampah: {
    ...PROVENANCE,
    name: str,
    kode,
    rw: orNull(int),
    rt: orNull(int),
    address: str,
    lng,
    lat,
    type: oneOf(BANK_SAMPAH_TYPES),
    'newType?': str,
    status: oneOf(BANK_SAMPAH_STATUS),
    established: orNull(isoDate),
    members: orNull(int),
    kgPerMonth: orNull(num),
  },
  prodamas: {
    ...PROVENANCE,
    year: int,
    kode,
    rw: orNull(int),
    rt: orNull(int),
    category: oneOf(PRODAMAS_CATEGORIES),
    title: str,
    budgetRp: num,
    progress: oneOf(PRODAMAS_PROGRESS),
    lng,
    lat,
  },
  homeCare: {
    ...PROVENANCE,
    date: isoDate,
    patientId: str,
    kode,
    rw: orNull(int),
    rt: orNull(int),
    lng,
    lat,
    service: oneOf(HOME_CARE_SERVICES),
    group: oneOf(HOME_CARE_GROUPS),
    'newGroup?': str,
  },
  population: {
    ...PROVENANCE,
    year: int,
    kode,
    total: int,
    elderly: orNull(int),
    source: str,
    isEstimate: bool,
    'rtCount?': orNull(int),
    'rwCount?': orNull(int),
  },
  batches: {
    id: str,
    // A built-in target or a defined programme's id (a preset, a user's own).
    program: programId,
    sourceFile: str,
    createdAt: str,
    rowCount: int,
    kind: oneOf(['demo', 'import', 'program-deleted', 'field']),
    'undone?': bool,
    'undoneAt?': str,
    // A deleted programme's definition, checked as any other (undo puts it back).
    'deletedProgram?': (v) => checkProgramDefinition(v).ok,
  },
  meta: { key: str, 'value?': () => true },
  /** Records of defined programmes (presets, users' own): their own fields are in `values`. */
  defined: {
    ...PROVENANCE,
    program: programId,
    kode,
    rw: orNull(int),
    rt: orNull(int),
    lng,
    lat,
    values: (v) => plainMap(v, (x) => x === null || typeof x === 'string' || num(x)),
    'newValues?': (v) => plainMap(v, (x) => typeof x === 'string'),
  },
};

const recordOrNull: FieldCheck = (v) => v === null || (typeof v === 'object' && !Array.isArray(v));

/**
 * Revisions (issue 11): their `before`/`after` are records of their target, checked by
 * `revisionRecordProblem` once the row's own fields passed.
 */
TABLE_SCHEMAS.revisions = {
  id: str,
  recordId: str,
  target: programId,
  at: str,
  by: str,
  kind: oneOf(['create', 'update', 'delete', 'restore', 'undo']),
  before: recordOrNull,
  after: recordOrNull,
  rev: int,
  groupId: str,
  'undoneBy?': str,
};

const RECORD_TABLES: Record<string, string> = {
  bank_sampah: 'bankSampah',
  prodamas: 'prodamas',
  home_care: 'homeCare',
};

/** The first problem with a revision's `before`/`after` as a record of its target, or null. */
export function revisionRecordProblem(row: {
  target: string;
  recordId: string;
  before: unknown;
  after: unknown;
}): string | null {
  if (row.target === 'population') return 'population has no revisions';
  if (row.before === null && row.after === null) return 'neither before nor after';
  const schema = TABLE_SCHEMAS[RECORD_TABLES[row.target] ?? 'defined'];
  for (const side of ['before', 'after'] as const) {
    const record = row[side];
    if (record === null) continue;
    const problem = checkRow(record, schema);
    if (problem !== null) return `${side}: ${problem}`;
    const r = record as { id: string; program?: string };
    if (r.id !== row.recordId) return `${side}: id ${r.id} is not the revision's record`;
    if (schema === TABLE_SCHEMAS.defined && r.program !== row.target)
      return `${side}: program ${String(r.program)} is not the revision's target`;
  }
  return null;
}

/** The first problem with a row, or null: a missing or ill-typed field, or an unknown field. */
export function checkRow(row: unknown, schema: RowSchema): string | null {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'not an object';
  const rec = row as Record<string, unknown>;
  const known = new Set<string>();
  for (const [spec, check] of Object.entries(schema)) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    known.add(name);
    if (!(name in rec) || rec[name] === undefined) {
      if (optional) continue;
      return `missing ${name}`;
    }
    if (!check(rec[name])) return `bad ${name}: ${JSON.stringify(rec[name])?.slice(0, 60)}`;
  }
  for (const name of Object.keys(rec)) if (!known.has(name)) return `unknown field ${name}`;
  return null;
}
