import { BANK_SAMPAH_STATUS } from '../model/records';
import { BANK_SAMPAH_STATUS_WORDS, BANK_SAMPAH_TYPE_WORDS } from './enums';
import { openChoice, type RowChecker } from './row-checker';
import type { ImportedRecords } from './types';
import type { RowPlace } from './validate-common';

/**
 * A bank sampah row; a blank type defaults to `unit`, a blank status to `aktif` (warned). A type
 * that is none of the known ones ("Rumah Sakit" in a facility list) is kept as a new category.
 */
export function validateBankSampah(
  c: RowChecker,
  place: RowPlace,
  sourceRow: number,
): ImportedRecords['bank_sampah'] | null {
  const name = c.text('name', true);
  const address = c.text('address') ?? '';
  const type = openChoice(c, 'type', BANK_SAMPAH_TYPE_WORDS, {
    fallback: 'unit',
    other: 'lainnya',
  });
  const status = c.choice('status', BANK_SAMPAH_STATUS_WORDS, BANK_SAMPAH_STATUS, {
    fallback: 'aktif',
  });
  const established = c.date('established');
  const members = c.number('members', 'integer', { min: 0, max: 100_000 });
  const kgPerMonth = c.number('kgPerMonth', 'decimal', { min: 0, max: 10_000_000 });
  if (c.failed || name === null || type === null || status === null || place.kode === null)
    return null;
  return {
    name,
    kode: place.kode,
    rw: place.rw,
    rt: place.rt,
    address,
    lng: place.lng,
    lat: place.lat,
    type: type.value,
    ...(type.newText === undefined ? {} : { newType: type.newText }),
    status,
    established,
    members,
    kgPerMonth,
    sourceRow,
  };
}
