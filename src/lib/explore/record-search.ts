/**
 * Free-text search over one kelurahan's records in its profile. "RW 3", "rw03", "RT.5" match the
 * RW / RT number exactly; every other word must occur in the record's text (case and accents
 * ignored). All terms must match.
 */
export interface RecordQuery {
  rw: number | null;
  rt: number | null;
  words: string[];
}

/** The searchable parts of one record. */
export interface SearchableRecord {
  text: readonly (string | number | null)[];
  rw: number | null;
  rt: number | null;
}

/** Lower case, accents removed, so "Hijau Daun" matches "hijau" and "Péduli" matches "peduli". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const RW_RT = /\b(rw|rt)\s*[.:]?\s*0*(\d+)\b/g;

export function parseRecordQuery(input: string): RecordQuery {
  let rw: number | null = null;
  let rt: number | null = null;
  const rest = foldText(input).replace(RW_RT, (_, kind: string, digits: string) => {
    if (kind === 'rw') rw = Number(digits);
    else rt = Number(digits);
    return ' ';
  });
  const words = rest.split(/[\s,;]+/).filter((w) => w.length > 0);
  return { rw, rt, words };
}

const isEmptyQuery = (q: RecordQuery): boolean =>
  q.rw === null && q.rt === null && q.words.length === 0;

function matchesRecord(query: RecordQuery, record: SearchableRecord): boolean {
  if (query.rw !== null && record.rw !== query.rw) return false;
  if (query.rt !== null && record.rt !== query.rt) return false;
  if (query.words.length === 0) return true;
  const haystack = foldText(record.text.filter((t) => t !== null).join(' '));
  return query.words.every((w) => haystack.includes(w));
}

/** The records matching `query`, in their order; all of them for an empty query. */
export function searchRecords<T>(
  records: readonly T[],
  query: RecordQuery,
  fields: (record: T) => SearchableRecord,
): T[] {
  if (isEmptyQuery(query)) return records.slice();
  return records.filter((r) => matchesRecord(query, fields(r)));
}
