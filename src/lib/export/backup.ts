import type {
  BankSampah,
  HomeCareVisit,
  ImportBatch,
  MetaEntry,
  Population,
  ProdamasProject,
} from '../model/records';
import { checkRow, revisionRecordProblem, TABLE_SCHEMAS } from './backup-schema';
import type { Revision } from '../model/revision';
import type { ProgramDefinition } from '../programs/definition';
import { readScenario, type Scenario } from '../planning/scenario';
import type { DefinedRecord } from '../model/defined-record';
import { checkCustomProgram } from '../programs/registry';

/**
 * The backup file: every table as plain JSON, restored exactly (JSON keeps strings and finite
 * doubles bit-exact). `version` is this file format's version; `schemaVersion` the database
 * schema it was taken from, so a restore can run the storage migrations from there.
 * The one backup format: storage (`backup-repo.ts`) writes and restores it; this parser checks every field.
 */
export const BACKUP_FORMAT = 'jangkau-backup';
export const BACKUP_VERSION = 2;
/** Versions a restore reads: 1 is 2 without revisions (taken before field entry). */
const READABLE_VERSIONS: readonly number[] = [1, 2];

interface BackupTables {
  bankSampah: BankSampah[];
  prodamas: ProdamasProject[];
  homeCare: HomeCareVisit[];
  population: Population[];
  batches: ImportBatch[];
  meta: MetaEntry[];
  /** The user's own programme definitions; absent in backups from before they existed. */
  programs?: ProgramDefinition[];
  /** Records of defined programmes (presets, users' own); absent in older backups. */
  defined?: DefinedRecord[];
  /** Every change of a record, tombstones included (issue 11); absent in version 1. */
  revisions?: Revision[];
  /** The planning tab's saved what-if scenarios (issue 13); absent in older backups. */
  scenarios?: Scenario[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** What is written is `BACKUP_VERSION`; older files keep theirs. */
  version: 1 | typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  schemaVersion: number;
  tables: BackupTables;
}

const BACKUP_TABLES = [
  'bankSampah',
  'prodamas',
  'homeCare',
  'population',
  'batches',
  'meta',
] as const;

/** Tables a backup may lack (it was taken before they existed). */
const OPTIONAL_TABLES: readonly string[] = ['programs', 'defined', 'revisions', 'scenarios'];

export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
  constructor(
    message: string,
    /** Every problem found (up to 20), e.g. `bankSampah[3]: bad lat: 200`. */
    readonly problems: string[] = [message],
  ) {
    super(message);
  }
}

/** The backup as JSON text (one row per line: large backups stay diffable and streamable). */
export function serializeBackup(backup: Backup): string {
  // `programs` only when the backup has it: a backup from before definitions stays as it was.
  const names = [
    ...BACKUP_TABLES,
    ...(backup.tables.programs ? (['programs'] as const) : []),
    ...(backup.tables.defined ? (['defined'] as const) : []),
    ...(backup.tables.revisions ? (['revisions'] as const) : []),
    ...(backup.tables.scenarios ? (['scenarios'] as const) : []),
  ];
  const tables = names.map((name) => {
    const rows = (backup.tables[name] ?? []).map((r) => JSON.stringify(r)).join(',\n');
    return `${JSON.stringify(name)}:[${rows === '' ? '' : `\n${rows}\n`}]`;
  });
  const head = {
    format: backup.format,
    version: backup.version,
    exportedAt: backup.exportedAt,
    schemaVersion: backup.schemaVersion,
  };
  return `${JSON.stringify(head).slice(0, -1)},"tables":{\n${tables.join(',\n')}\n}}\n`;
}

const MAX_PROBLEMS = 20;

/**
 * Reads a backup (text or parsed JSON) and checks the envelope, every table and every field of
 * every row (types, enums, ranges, unknown fields, duplicate ids). Throws `BackupFormatError`
 * listing the problems; returns the backup only when all of it is valid, so a restore never
 * half-applies a bad file.
 */
export function parseBackup(input: string | unknown): Backup {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch {
      throw new BackupFormatError('not JSON');
    }
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT)
    throw new BackupFormatError('not a Jangkau backup');
  if (typeof data.version !== 'number' || !READABLE_VERSIONS.includes(data.version))
    throw new BackupFormatError(`unsupported backup version ${String(data.version)}`);
  if (typeof data.exportedAt !== 'string' || !Number.isInteger(data.schemaVersion))
    throw new BackupFormatError('missing exportedAt or schemaVersion');
  const tables = data.tables;
  if (!isObject(tables)) throw new BackupFormatError('missing tables');
  const problems: string[] = [];
  for (const name of Object.keys(tables))
    if (![...BACKUP_TABLES, ...OPTIONAL_TABLES].includes(name))
      problems.push(`unknown table ${name}`);
  if (data.version === 1 && tables.revisions !== undefined)
    problems.push('table revisions in a version 1 backup');
  for (const name of [...BACKUP_TABLES, 'defined' as const, 'revisions' as const]) {
    const rows = tables[name];
    if ((name === 'defined' || name === 'revisions') && rows === undefined) continue;
    if (!Array.isArray(rows)) {
      problems.push(`table ${name} missing`);
      continue;
    }
    const ids = new Set<string>();
    const idField = name === 'meta' ? 'key' : 'id';
    for (let i = 0; i < rows.length && problems.length < MAX_PROBLEMS; i++) {
      const problem = checkRow(rows[i], TABLE_SCHEMAS[name]);
      if (problem !== null) {
        problems.push(`${name}[${i}]: ${problem}`);
        continue;
      }
      const recordProblem =
        name === 'revisions' ? revisionRecordProblem(rows[i] as Revision) : null;
      if (recordProblem !== null) {
        problems.push(`${name}[${i}]: ${recordProblem}`);
        continue;
      }
      const row = rows[i] as Record<string, string>;
      // Ids are unique per programme: two programmes may use one id.
      const id = name === 'defined' ? `${row.program}/${row.id}` : row[idField];
      if (ids.has(id)) problems.push(`${name}[${i}]: duplicate ${idField} ${id}`);
      ids.add(id);
    }
  }
  problems.push(...programProblems(tables.programs));
  problems.push(...scenarioProblems(tables.scenarios));
  if (problems.length > 0) throw new BackupFormatError(problems[0], problems);
  return data as unknown as Backup;
}

/** Each scenario must read back exactly as it is (planning/scenario.ts), ids unique. */
function scenarioProblems(rows: unknown): string[] {
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return ['table scenarios is not a list'];
  const ids = new Set<string>();
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const read = readScenario(row);
    if (read === null || JSON.stringify(read) !== JSON.stringify(row))
      problems.push(`scenarios[${i}]: not a valid scenario`);
    else if (ids.has(read.id)) problems.push(`scenarios[${i}]: duplicate id ${read.id}`);
    else ids.add(read.id);
  });
  return problems.slice(0, MAX_PROBLEMS);
}

/** Each user definition checked as the editor checks it, against those before it in the file. */
function programProblems(rows: unknown): string[] {
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return ['table programs is not a list'];
  const accepted: ProgramDefinition[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const checked = checkCustomProgram(row, accepted);
    if (checked.ok) accepted.push(checked.definition);
    else problems.push(...checked.problems.map((p) => `programs[${i}].${p}`));
  });
  return problems.slice(0, MAX_PROBLEMS);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
