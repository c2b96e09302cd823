import { MAX_IMPORT_BYTES } from './detect-format';
import { fileFailure } from './report';
import type { ImportReport } from './types';

/**
 * A refusal report when a file of `sizeBytes` is over the limit, else null: call it with
 * `File.size` before reading the file into memory.
 */
export function checkFileSize(fileName: string, sizeBytes: number): ImportReport | null {
  if (sizeBytes <= MAX_IMPORT_BYTES) return null;
  const sizeMb = Math.round((sizeBytes / 1048576) * 10) / 10;
  return fileFailure(fileName, null, [
    {
      code: 'file_too_large',
      severity: 'error',
      params: { sizeMb, limitMb: MAX_IMPORT_BYTES / 1048576 },
    },
  ]);
}
