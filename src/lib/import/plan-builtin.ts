import { detectMapping, detectTarget, TARGET_FIELDS } from './columns';
import { duplicateRule } from './duplicates';
import { indexOf, placeable, privacyNotes, type ImportPlan, type PlanFailure } from './import-plan';
import { applyOverride, DEFAULTS, REQUIRED } from './mapping-rules';
import type { Table } from './table';
import type { ColumnMapping, ImportMessage, ImportOptions } from './types';
import { validateBankSampah } from './validate-bank-sampah';
import { validateHomeCare, type PendingPseudonym } from './validate-home-care';
import { validatePopulation } from './validate-population';
import { validateProdamas } from './validate-prodamas';

/**
 * The plan for a built-in target (given or detected from the columns): its detected mapping with
 * the user's override, its required columns, and its hand-written validator.
 */
export function planBuiltIn(
  table: Table,
  options: ImportOptions,
  fileMessages: ImportMessage[],
  fileName: string,
  today: string,
): ImportPlan | PlanFailure {
  const headers = table.headers;
  const target = options.program ?? detectTarget(headers);
  if (target === null)
    return { kind: 'fail', message: { code: 'program_unknown', severity: 'error' } };
  if (options.program === undefined)
    fileMessages.push({ code: 'program_detected', severity: 'info', params: { program: target } });
  const detected = detectMapping(headers, target);
  const used: ColumnMapping = applyOverride(
    detected,
    options.mapping,
    headers,
    TARGET_FIELDS[target],
    fileMessages,
  );
  const extra = { program: target, mapping: { detected, used } };
  if (fileMessages.some((m) => m.severity === 'error')) return { kind: 'fail', extra };

  // No patient id column: a pseudonym is derived from the name when the caller gave a key.
  const derive =
    target === 'home_care' &&
    used.patientId === undefined &&
    used.personName !== undefined &&
    options.pseudonymKey !== undefined;
  if (!derive) {
    delete used.personName;
    delete used.birthDate;
  }
  const withLocation = target !== 'population';
  const missing = REQUIRED[target].filter(
    (f) => used[f] === undefined && !(derive && f === 'patientId'),
  );
  if (!placeable(table, used, withLocation)) missing.unshift('kelurahan');
  if (missing.length > 0)
    return {
      kind: 'fail',
      message: {
        code: 'missing_columns',
        severity: 'error',
        params: { fields: missing.join(',') },
      },
      extra,
    };

  const notes: ImportMessage[] = [];
  for (const [field, value] of DEFAULTS[target])
    if (used[field] === undefined)
      notes.push({
        code: 'column_defaulted',
        severity: 'warning',
        field,
        params: { value: value || fileName },
      });
  const mappedColumns = new Set(Object.values(used));
  notes.push(...privacyNotes(headers, used, mappedColumns, derive, target === 'home_care'));

  const pending: PendingPseudonym[] = [];
  return {
    kind: 'plan',
    extra,
    index: indexOf(headers, used),
    withLocation,
    mappedColumns,
    notes,
    pending,
    validate: (c, place, row) => {
      if (target === 'bank_sampah') return validateBankSampah(c, place, row.row);
      if (target === 'prodamas') return validateProdamas(c, place, row.row);
      if (target === 'home_care')
        return validateHomeCare(c, place, row.row, today, derive ? pending : undefined);
      return validatePopulation(c, place, row.row, fileName);
    },
    duplicates: duplicateRule(target),
  };
}
