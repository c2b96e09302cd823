import type { FieldName, ImportMessage, ImportTarget } from './types';

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

/**
 * Applies the user's override to the detected mapping, for the fields in `allowed` (a target's
 * fields, or a definition's slots); unknown columns are a file error.
 */
export function applyOverride<K extends string>(
  detected: Partial<Record<K, string>>,
  override: Partial<Record<K, string>> | undefined,
  headers: string[],
  allowed: readonly K[],
  messages: ImportMessage[],
): Partial<Record<K, string>> {
  const used: Partial<Record<K, string>> = { ...detected };
  if (override === undefined) return used;
  for (const [field, column] of Object.entries(override) as [K, string | undefined][]) {
    if (!allowed.includes(field)) continue;
    if (column === undefined || column === '') {
      delete used[field];
      continue;
    }
    if (!headers.includes(column)) {
      messages.push({ code: 'mapping_unknown_column', severity: 'error', params: { column } });
      continue;
    }
    for (const [f, c] of Object.entries(used) as [K, string][]) if (c === column) delete used[f];
    used[field] = column;
  }
  return used;
}
