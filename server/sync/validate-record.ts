/**
 * Checks a pushed record beyond its JSON schema: what the server itself relies on (its id, its
 * kelurahan, its point). The fields of the programme are the app's to check; the server stores
 * them as the app sent them.
 */
const MAX_RECORD_CHARS = 32_000;

export interface RecordPlace {
  kode: string;
  /** WGS84 degrees, or null when the record has no location. */
  lng: number | null;
  lat: number | null;
  batchId: string | null;
}

const isCoord = (v: unknown, limit: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;

export function checkRecord(
  record: Record<string, unknown>,
  recordId: string,
  kelurahanCodes: ReadonlySet<string>,
): { ok: true; place: RecordPlace } | { ok: false; reason: string } {
  if (record.id !== recordId) return { ok: false, reason: 'record.id differs from recordId' };
  if (typeof record.kode !== 'string' || !kelurahanCodes.has(record.kode))
    return { ok: false, reason: 'record.kode is not a kelurahan of the city' };
  const { lng, lat } = record;
  const absent = (v: unknown) => v === null || v === undefined;
  if (!(absent(lng) && absent(lat)) && !(isCoord(lng, 180) && isCoord(lat, 90)))
    return { ok: false, reason: 'record.lng/lat: both WGS84 degrees, or both null' };
  if (record.batchId !== undefined && typeof record.batchId !== 'string')
    return { ok: false, reason: 'record.batchId is not text' };
  if (JSON.stringify(record).length > MAX_RECORD_CHARS)
    return { ok: false, reason: `record is longer than ${MAX_RECORD_CHARS} characters` };
  return {
    ok: true,
    place: {
      kode: record.kode,
      lng: isCoord(lng, 180) ? lng : null,
      lat: isCoord(lat, 90) ? lat : null,
      batchId: typeof record.batchId === 'string' ? record.batchId : null,
    },
  };
}
