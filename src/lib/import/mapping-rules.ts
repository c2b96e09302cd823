import { TARGET_FIELDS } from './columns';
import type { ColumnMapping, FieldName, ImportMessage, ImportTarget } from './types';

/** Fields a target cannot do without (besides a kelurahan or a location). */
export const REQUIRED: Record<ImportTarget, FieldName[]> = {
  bank_sampah: ['name'],
  prodamas: ['year', 'category', 'title', 'budgetRp', 'progress'],
  home_care: ['date', 'patientId'],
  population: ['year', 'total'],
};

/** Values a whole column falls back to when the file has no such column ('' = the file name). */
export const DEFAULTS: Record<ImportTarget, [FieldName, string][]> = {
  bank_sampah: [
    ['type', 'unit'],
    ['status', 'aktif'],
  ],
  prodamas: [],
  home_care: [
    ['service', 'unspecified'],
    ['group', 'lainnya'],
  ],
  population: [['source', '']],
};

/** Applies the user's override to the detected mapping; unknown columns are a file error. */
export function applyOverride(
  detected: ColumnMapping,
  override: ColumnMapping | undefined,
  headers: string[],
  target: ImportTarget,
  messages: ImportMessage[],
): ColumnMapping {
  const used: ColumnMapping = { ...detected };
  if (override === undefined) return used;
  for (const [field, column] of Object.entries(override) as [FieldName, string | undefined][]) {
    if (!TARGET_FIELDS[target].includes(field)) continue;
    if (column === undefined || column === '') {
      delete used[field];
      continue;
    }
    if (!headers.includes(column)) {
      messages.push({ code: 'mapping_unknown_column', severity: 'error', params: { column } });
      continue;
    }
    for (const [f, c] of Object.entries(used) as [FieldName, string][])
      if (c === column) delete used[f];
    used[field] = column;
  }
  return used;
}
