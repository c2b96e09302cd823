import { describe, expect, it } from 'vitest';
import { definedDuplicateKey, duplicateKey } from '../import';
import type { ImportedDefinedRecord, ImportedRecords } from '../import/types';
import {
  BUJEL,
  CAMPUREJO,
  IN_BUJEL,
  IN_CAMPUREJO,
  bankSampah,
  codes,
  ctx,
  locate,
  place,
  program,
} from '../../../tests/unit/entry-helpers';
import { checkEntry } from './entry-check';
import { newEntryValues } from './entry-form';

/**
 * Issue 11 §1: a form checked with the import's rules and messages (the place rules are in
 * entry-place.test.ts). Expected values are worked out by hand from the definitions and the
 * validators.
 */
describe('the points the tests rely on', () => {
  it('lie where they are said to', () => {
    expect(locate?.(IN_BUJEL.lng, IN_BUJEL.lat)).toBe(BUJEL);
    expect(locate?.(IN_CAMPUREJO.lng, IN_CAMPUREJO.lat)).toBe(CAMPUREJO);
    // The brief's "outside" example, 112.0, -7.8, lies in Kelurahan Mojoroto: not used as one.
    expect(locate?.(112.0, -7.8)).toBe('35.71.01.1011');
    expect(locate?.(111.9, -7.8)).toBeNull();
  });
});

describe('the import’s rules and messages', () => {
  it('a bank sampah without a name: the import’s required code on field name', async () => {
    const r = await bankSampah({ name: '' });
    expect(r.ok).toBe(false);
    expect(r.record).toBeUndefined();
    expect(r.messages).toEqual([{ code: 'required', severity: 'error', field: 'name' }]);
  });

  it('reads "Tidak aktif" as tidak_aktif and keeps the place as given', async () => {
    const r = await bankSampah({ name: 'Bank Sampah Melati', status: 'Tidak aktif' });
    expect(r.ok).toBe(true);
    expect(r.messages).toEqual([]);
    expect(r.record).toEqual({
      name: 'Bank Sampah Melati',
      kode: BUJEL,
      rw: 8,
      rt: 2,
      address: '',
      ...IN_BUJEL,
      type: 'unit',
      status: 'tidak_aktif',
      established: null,
      members: null,
      kgPerMonth: null,
      sourceRow: 0,
    });
    expect(r.pointKelurahan).toEqual({ kode: BUJEL, nama: 'Bujel' });
  });

  it('a new bank sampah starts active: the status default is its active value', async () => {
    const r = await bankSampah({ name: 'Bank Sampah Mawar' });
    expect((r.record as ImportedRecords['bank_sampah']).status).toBe('aktif');
    // The form gave it, so the import's "blank status set to aktif" warning is not said.
    expect(r.messages).toEqual([]);
  });

  it('keeps markup in a name verbatim, with the import’s markup warning', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const r = await bankSampah({ name });
    expect(r.ok).toBe(true);
    expect((r.record as ImportedRecords['bank_sampah']).name).toBe(name);
    expect(r.messages).toEqual([{ code: 'markup_text', severity: 'warning', field: 'name' }]);
  });

  it('reads a Prodamas budget of "Rp 1.250.000" as 1,250,000 rupiah', async () => {
    const values = {
      year: '2024',
      category: 'Infrastruktur',
      title: 'Paving gang',
      budgetRp: 'Rp 1.250.000',
      progress: '50',
    };
    const r = await checkEntry(program('prodamas'), values, place(), ctx);
    expect(r.messages).toEqual([]);
    expect(r.record).toMatchObject({
      year: 2024,
      category: 'infrastruktur',
      budgetRp: 1_250_000,
      progress: 50,
    });
    const none = await checkEntry(program('prodamas'), { ...values, progress: '' }, place(), ctx);
    expect(codes(none.messages)).toEqual(['required']);
  });

  it('rejects a 16-digit patient id with the import’s NIK code', async () => {
    const values = { date: '2025-10-01', patientId: '3571010101800001', service: '', group: '' };
    const r = await checkEntry(program('home_care'), values, place(), ctx);
    expect(r.ok).toBe(false);
    expect(r.messages).toContainEqual({
      code: 'patient_id_nik',
      severity: 'error',
      field: 'patientId',
    });
    const fine = await checkEntry(
      program('home_care'),
      { ...values, patientId: 'HC-0123' },
      place(),
      ctx,
    );
    expect(fine.ok).toBe(true);
    expect(fine.record).toMatchObject({ patientId: 'HC-0123', date: '2025-10-01' });
  });

  it('checks an Emas spot through its definition', async () => {
    const values = {
      ...newEntryValues(program('emas')),
      name: 'Spot Kenanga',
      venue: 'TPQ',
      classes: '2',
      participants: '1.250',
    };
    const r = await checkEntry(program('emas'), values, place(), ctx);
    expect(r.messages).toEqual([]);
    expect(r.record).toEqual({
      program: 'emas',
      kode: BUJEL,
      rw: 8,
      rt: 2,
      ...IN_BUJEL,
      // "1.250" participants: a lone separator before three digits is thousands.
      values: {
        name: 'Spot Kenanga',
        venue: 'tpq',
        classes: 2,
        participants: 1250,
        status: 'aktif',
      },
      sourceRow: 0,
    } satisfies ImportedDefinedRecord);
    const other = await checkEntry(program('emas'), { ...values, venue: 'Musala' }, place(), ctx);
    expect((other.record as ImportedDefinedRecord).values.venue).toBe('lainnya');
    expect((other.record as ImportedDefinedRecord).newValues).toEqual({ venue: 'Musala' });
    expect(codes(other.messages)).toEqual(['category_new']);
  });
});

describe('duplicates of stored records', () => {
  it('a bank sampah of the same name in the same kelurahan is the import’s warning', async () => {
    const stored = { name: 'Bank Sampah  MELATI', kode: BUJEL } as ImportedRecords['bank_sampah'];
    const existingKeys = new Set([duplicateKey('bank_sampah', stored)]);
    const values = { ...newEntryValues(program('bank_sampah')), name: 'Bank Sampah Melati' };
    const r = await checkEntry(program('bank_sampah'), values, place(), { ...ctx, existingKeys });
    expect(r.ok).toBe(true);
    expect(r.messages).toEqual([{ code: 'duplicate_existing', severity: 'warning' }]);
    // Elsewhere it is another one.
    const there = await checkEntry(
      program('bank_sampah'),
      values,
      place({ kode: CAMPUREJO, ...IN_CAMPUREJO }),
      { ...ctx, existingKeys },
    );
    expect(there.messages).toEqual([]);
  });

  it('an Emas spot likewise, through its definition', async () => {
    const stored = {
      kode: BUJEL,
      values: { name: 'Spot Kenanga' },
    } as unknown as ImportedDefinedRecord;
    const existingKeys = new Set([definedDuplicateKey(program('emas'), stored)]);
    const values = { ...newEntryValues(program('emas')), name: 'spot kenanga' };
    const r = await checkEntry(program('emas'), values, place(), { ...ctx, existingKeys });
    expect(codes(r.messages)).toEqual(['duplicate_existing']);
  });
});
