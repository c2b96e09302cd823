import { personalColumns } from './columns';
import type { DuplicateRule } from './duplicates';
import type { FieldIndex, RowChecker } from './row-checker';
import type { Table, TableRow } from './table';
import type { ColumnMapping, ImportMessage, ImportReport, RowReport } from './types';
import type { RowPlace } from './validate-common';
import type { PendingPseudonym } from './validate-home-care';

/** What the report says about the target before any row is read. */
type PlanExtra = Pick<ImportReport, 'program' | 'mapping'> &
  Partial<Pick<ImportReport, 'definitionId' | 'fieldMapping'>>;

/**
 * How a file's rows are read for one target (a built-in one or a definition), decided from its
 * columns: the shared loop in `index.ts` locates every row the same way and hands it to
 * `validate`.
 */
export interface ImportPlan {
  kind: 'plan';
  extra: PlanExtra;
  /** Column of each place field (and, for built-in targets, of each of their own fields). */
  index: FieldIndex;
  /** Rows have a point, RT/RW and catchment (every programme; not the population table). */
  withLocation: boolean;
  /** Every column the plan reads; the others are reported as unknown. */
  mappedColumns: ReadonlySet<string>;
  /** File messages that follow the coordinate frame's (defaults, pseudonyms, personal data). */
  notes: ImportMessage[];
  validate(c: RowChecker, place: RowPlace, row: TableRow): RowReport['record'] | null;
  /** Records whose pseudonymous person id is derived once every row is read. */
  pending: PendingPseudonym[];
  duplicates: DuplicateRule;
}

/** The file cannot be read for this target: `message` (if any) says why. */
export interface PlanFailure {
  kind: 'fail';
  message?: ImportMessage;
  extra?: PlanExtra;
}

/** Whether rows can be placed: a kelurahan column, or points (not for the population table). */
export function placeable(table: Table, used: ColumnMapping, withLocation: boolean): boolean {
  const hasPoint =
    table.rows.some((r) => r.point !== undefined) ||
    (used.lat !== undefined && used.lng !== undefined) ||
    used.coords !== undefined;
  return used.kode !== undefined || used.kelurahan !== undefined || (withLocation && hasPoint);
}

/** Column indexes of a mapping. */
export function indexOf<K extends string>(
  headers: readonly string[],
  used: Partial<Record<K, string>>,
): FieldIndex<K> {
  const index: FieldIndex<K> = {};
  for (const [field, column] of Object.entries(used) as [K, string][])
    index[field] = headers.indexOf(column);
  return index;
}

/**
 * File messages about personal data: where pseudonymous ids come from (`derive`), and, for a
 * personal programme, the columns that look personal and are never read.
 */
export function privacyNotes(
  headers: readonly string[],
  used: ColumnMapping,
  mappedColumns: ReadonlySet<string>,
  derive: boolean,
  personal: boolean,
): ImportMessage[] {
  const notes: ImportMessage[] = [];
  if (derive) {
    const columns = [used.personName, used.kelurahan ?? used.kode, used.birthDate];
    notes.push({
      code: 'pseudonym_derived',
      severity: 'info',
      params: { columns: columns.filter((c) => c !== undefined).join(', ') },
    });
  }
  const found = personal ? personalColumns(headers, mappedColumns) : [];
  if (found.length > 0)
    notes.push({
      code: 'personal_columns',
      severity: 'warning',
      params: { columns: found.join(', ') },
    });
  return notes;
}
