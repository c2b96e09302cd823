import type { EntryContext, EntryPlace } from '../../src/lib/field/entry-check';
import { checkEntry } from '../../src/lib/field/entry-check';
import { newEntryValues } from '../../src/lib/field/entry-form';
import type { ImportMessage } from '../../src/lib/import/types';
import type { ProgramDefinition } from '../../src/lib/programs/definition';
import { SHIPPED_PROGRAMS } from '../../src/lib/programs/registry';
import { gazetteer, options } from './import-helpers';

/** What the field-entry tests share (src/lib/field/*.test.ts). */
export const program = (id: string) =>
  SHIPPED_PROGRAMS.find((p) => p.id === id) as ProgramDefinition;
export const { locate } = options();
export const ctx: EntryContext = { gazetteer, locate, now: () => '2025-10-31T00:00:00.000Z' };

// Kemendagri codes of Kepmendagri 300.2.2-2138/2025 (geodata/kelurahan.geojson).
export const BUJEL = '35.71.01.1006';
export const CAMPUREJO = '35.71.01.1012';
// Near the middle of Bujel's and Campurejo's extents; `locate` (Turf over the boundary file,
// independent of the app's grid index) confirms each in entry-check.test.ts.
export const IN_BUJEL = { lng: 111.9896, lat: -7.7997 };
export const IN_CAMPUREJO = { lng: 111.9831, lat: -7.8226 };

export const place = (extra: Partial<EntryPlace> = {}): EntryPlace => ({
  kode: BUJEL,
  rw: '8',
  rt: '2',
  ...IN_BUJEL,
  ...extra,
});
export const codes = (ms: readonly ImportMessage[]) => ms.map((m) => m.code);
/** A new bank sampah: the form's initial values with `values` typed over them. */
export const bankSampah = (values: Record<string, string>, p: EntryPlace = place()) =>
  checkEntry(
    program('bank_sampah'),
    { ...newEntryValues(program('bank_sampah')), ...values },
    p,
    ctx,
  );
