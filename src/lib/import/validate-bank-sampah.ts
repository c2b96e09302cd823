import { BANK_SAMPAH_STATUS, BANK_SAMPAH_TYPES } from '../model/records';
import { BANK_SAMPAH_STATUS_WORDS, BANK_SAMPAH_TYPE_WORDS } from './enums';
import type { RowChecker } from './row-checker';
import type { ImportedRecords } from './types';
import type { RowPlace } from './validate-common';

/** A bank sampah row; a blank type defaults to `unit`, a blank status to `aktif` (warned). */
export function validateBankSampah(
  c: RowChecker,
  place: RowPlace,
  sourceRow: number,
): ImportedRecords['bank_sampah'] | null {
  const name = c.text('name', true);
  const address = c.text('address') ?? '';
  const type = c.choice('type', BANK_SAMPAH_TYPE_WORDS, BANK_SAMPAH_TYPES, { fallback: 'unit' });
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
    type,
    status,
    established,
    members,
    kgPerMonth,
    sourceRow,
  };
}
