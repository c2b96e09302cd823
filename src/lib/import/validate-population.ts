import type { RowChecker } from './row-checker';
import type { ImportedRecords } from './types';
import type { RowPlace } from './validate-common';

/**
 * Population of one kelurahan for one year. A blank source becomes the file name; a source
 * mentioning "estimasi"/"estimate"/"perkiraan" marks the figure as an estimate.
 */
export function validatePopulation(
  c: RowChecker,
  place: RowPlace,
  sourceRow: number,
  fileName: string,
): ImportedRecords['population'] | null {
  const year = c.number('year', 'integer', { required: true, min: 1900, max: 2100 });
  const total = c.number('total', 'integer', { required: true, min: 0, max: 1_000_000 });
  const elderly = c.number('elderly', 'integer', { min: 0, max: 1_000_000 });
  let source = c.text('source');
  if (source === null) {
    source = fileName;
    if (c.has('source')) c.add('warning', 'default_used', 'source', { value: fileName });
  }
  const rtCount = c.number('rtCount', 'integer', { min: 0, max: 10_000 });
  const rwCount = c.number('rwCount', 'integer', { min: 0, max: 10_000 });
  if (total !== null && elderly !== null && elderly > total)
    c.add('error', 'elderly_exceeds_total', 'elderly', { elderly, total });
  if (c.failed || year === null || total === null || place.kode === null) return null;
  return {
    year,
    kode: place.kode,
    total,
    elderly,
    source,
    isEstimate: /estimasi|estimate|perkiraan|proyeksi|projection/i.test(source),
    rtCount,
    rwCount,
    sourceRow,
  };
}
