import { HOME_CARE_GROUPS, HOME_CARE_SERVICES } from '../model/records';
import { HOME_CARE_GROUP_WORDS, HOME_CARE_SERVICE_WORDS } from './enums';
import type { RowChecker } from './row-checker';
import type { ImportedRecords } from './types';
import type { RowPlace } from './validate-common';

/** A 16-digit number is an NIK (national id): real identity, not a pseudonym. */
const NIK_RE = /^\d{16}$/;

/**
 * A Home Care Peduli visit. The patient id must be a pseudonym: an NIK-shaped id rejects the row
 * (the file should be fixed at the source rather than personal ids stored here).
 */
export function validateHomeCare(
  c: RowChecker,
  place: RowPlace,
  sourceRow: number,
  today: string,
): ImportedRecords['home_care'] | null {
  const date = c.date('date', true);
  if (date !== null && date > today) c.add('warning', 'date_future', 'date', { value: date });
  const patientId = c.text('patientId', true);
  if (patientId !== null && NIK_RE.test(patientId.replace(/[\s.-]/g, '')))
    c.add('error', 'patient_id_nik', 'patientId');
  const service = c.choice('service', HOME_CARE_SERVICE_WORDS, HOME_CARE_SERVICES, {
    required: true,
  });
  const group = c.choice('group', HOME_CARE_GROUP_WORDS, HOME_CARE_GROUPS, { fallback: 'lainnya' });
  if (
    c.failed ||
    date === null ||
    patientId === null ||
    service === null ||
    group === null ||
    place.kode === null
  )
    return null;
  return {
    date,
    patientId,
    kode: place.kode,
    rw: place.rw,
    rt: place.rt,
    lng: place.lng,
    lat: place.lat,
    service,
    group,
    sourceRow,
  };
}
