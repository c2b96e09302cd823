import { HOME_CARE_SERVICES } from '../model/records';
import { HOME_CARE_GROUP_WORDS, HOME_CARE_SERVICE_WORDS } from './enums';
import { openChoice, type RowChecker } from './row-checker';
import type { ImportedRecords } from './types';
import type { RowPlace } from './validate-common';
import { createPseudonymizer, pseudonymInput } from './pseudonym';
import { parseDate } from './values';

/** A record whose person id is still to be derived: what from, and where the id goes. */
export interface PendingPseudonym {
  input: string;
  assign: (id: string) => void;
}

/** Derives the pending ids (the inputs, which hold names, are dropped with the list). */
export async function fillPseudonyms(pending: PendingPseudonym[], key: Uint8Array): Promise<void> {
  const pseudonym = await createPseudonymizer(key);
  const ids = await Promise.all(pending.map((p) => pseudonym(p.input)));
  pending.forEach((p, i) => p.assign(ids[i]));
  pending.length = 0;
}

/**
 * What a row's pseudonym is derived from (its `personName` and `birthDate` columns and
 * kelurahan), or null when the name is blank (an error on the row). The name and birth date are
 * read for this only and never put in a record.
 */
export function pseudonymSource(c: RowChecker, kode: string | null): string | null {
  const name = c.text('personName', true);
  // Parsed quietly: a message about an unreadable birth date would put it in the report.
  const birth = c.has('birthDate') ? (parseDate(c.raw('birthDate'))?.iso ?? null) : null;
  return name === null ? null : pseudonymInput(name, kode, birth);
}

/** Whether a person id is an NIK (16 digits, national id): real identity, not a pseudonym. */
export function looksLikeNik(id: string): boolean {
  return /^\d{16}$/.test(id.replace(/[\s.-]/g, ''));
}

/**
 * A Home Care Peduli visit. The patient id must be a pseudonym: an NIK-shaped id rejects the row
 * (the file should be fixed at the source rather than personal ids stored here). With `pending`
 * (a file with names but no id column) the id is derived later from name, kelurahan and birth
 * date; the name and birth date are read for that only and never put in the record.
 */
export function validateHomeCare(
  c: RowChecker,
  place: RowPlace,
  sourceRow: number,
  today: string,
  pending?: PendingPseudonym[],
): ImportedRecords['home_care'] | null {
  const date = c.date('date', true);
  if (date !== null && date > today) c.add('warning', 'date_future', 'date', { value: date });
  const input = pending === undefined ? null : pseudonymSource(c, place.kode);
  const patientId = pending !== undefined ? '' : c.text('patientId', true);
  if (patientId !== null && looksLikeNik(patientId)) c.add('error', 'patient_id_nik', 'patientId');
  // Without a service the visit still happened: it counts as `unspecified` (warned).
  const service = c.choice('service', HOME_CARE_SERVICE_WORDS, HOME_CARE_SERVICES, {
    fallback: 'unspecified',
  });
  const group = openChoice(c, 'group', HOME_CARE_GROUP_WORDS, {
    fallback: 'lainnya',
    other: 'lainnya',
  });
  if (
    c.failed ||
    date === null ||
    patientId === null ||
    (pending !== undefined && input === null) ||
    service === null ||
    group === null ||
    place.kode === null
  )
    return null;
  const record: ImportedRecords['home_care'] = {
    date,
    patientId,
    kode: place.kode,
    rw: place.rw,
    rt: place.rt,
    lng: place.lng,
    lat: place.lat,
    service,
    group: group.value,
    ...(group.newText === undefined ? {} : { newGroup: group.newText }),
    sourceRow,
  };
  if (pending !== undefined && input !== null)
    pending.push({ input, assign: (id) => (record.patientId = id) });
  return record;
}
