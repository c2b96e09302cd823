import { describe, expect, it } from 'vitest';
import { formatMessage, type ImportMessage } from '../import';
import type { ImportedDefinedRecord, ImportedRecords } from '../import/types';
import type { ProgramDefinition } from '../programs/definition';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import { gazetteer, options } from '../../../tests/unit/import-helpers';
import { checkEntry, type EntryContext, type EntryPlace } from './entry-check';
import { newEntryValues } from './entry-form';

/**
 * Issue 11 §1: a form checked with the import's rules and messages, and a form's stricter place
 * rules. Expected values are worked out by hand from the definitions and the validators.
 */
const program = (id: string) => SHIPPED_PROGRAMS.find((p) => p.id === id) as ProgramDefinition;
const { locate } = options();
const ctx: EntryContext = { gazetteer, locate, now: () => '2025-10-31T00:00:00.000Z' };

// Kemendagri codes of Kepmendagri 300.2.2-2138/2025 (geodata/kelurahan.geojson).
const BUJEL = '35.71.01.1006';
const CAMPUREJO = '35.71.01.1012';
// Near the middle of Bujel's and Campurejo's extents; `locate` (Turf over the boundary file,
// independent of the app's grid index) confirms each below before it is relied on.
const IN_BUJEL = { lng: 111.9896, lat: -7.7997 };
const IN_CAMPUREJO = { lng: 111.9831, lat: -7.8226 };

const place = (extra: Partial<EntryPlace> = {}): EntryPlace => ({
  kode: BUJEL,
  rw: '8',
  rt: '2',
  ...IN_BUJEL,
  ...extra,
});
const codes = (ms: readonly ImportMessage[]) => ms.map((m) => m.code);
const bankSampah = (values: Record<string, string>, p: EntryPlace = place()) =>
  checkEntry(
    program('bank_sampah'),
    { ...newEntryValues(program('bank_sampah')), ...values },
    p,
    ctx,
  );

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

describe('a form’s place rules', () => {
  it('a point outside the city is an error, said once', async () => {
    const r = await bankSampah({ name: 'Bank Sampah Jauh' }, place({ lng: 111.9, lat: -7.8 }));
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual([
      { code: 'outside_city', severity: 'error', params: { lng: 111.9, lat: -7.8 } },
    ]);
    // Without a kelurahan too (the import would call the whole "file" another town's).
    const alone = await bankSampah(
      { name: 'Bank Sampah Jauh' },
      place({ kode: null, lng: 111.9, lat: -7.8 }),
    );
    expect(alone.messages).toEqual(r.messages);
  });

  it('a point in Bujel with Campurejo chosen names both; kept only when confirmed', async () => {
    const r = await bankSampah({ name: 'Bank Sampah Tepi' }, place({ kode: CAMPUREJO }));
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual([
      {
        code: 'entry_point_other_kelurahan',
        severity: 'error',
        params: { chosen: 'Campurejo', located: 'Bujel', locatedKode: BUJEL },
      },
    ]);
    expect(r.pointKelurahan).toEqual({ kode: BUJEL, nama: 'Bujel' });
    const text = formatMessage(r.messages[0], 'id');
    expect(text).toContain('Bujel');
    expect(text).toContain('Campurejo');
    const kept = await bankSampah(
      { name: 'Bank Sampah Tepi' },
      place({ kode: CAMPUREJO, confirmOtherKelurahan: true }),
    );
    expect(kept.ok).toBe(true);
    expect(kept.messages.map((m) => [m.code, m.severity])).toEqual([
      ['entry_point_other_kelurahan', 'warning'],
    ]);
    expect(kept.record?.kode).toBe(CAMPUREJO);
  });

  it('a point alone decides the kelurahan; neither kelurahan nor point is an error', async () => {
    const r = await bankSampah({ name: 'Bank Sampah Titik' }, place({ kode: null }));
    expect(r.ok).toBe(true);
    expect(r.record?.kode).toBe(BUJEL);
    expect(r.messages).toEqual([
      { code: 'kelurahan_from_location', severity: 'info', params: { nama: 'Bujel' } },
    ]);
    const none = await bankSampah(
      { name: 'Bank Sampah Entah' },
      place({ kode: null, lng: null, lat: null }),
    );
    expect(none.ok).toBe(false);
    expect(none.messages).toEqual([{ code: 'no_kelurahan', severity: 'error' }]);
  });

  it('a kelurahan without a point is allowed; a site is told it has no catchment', async () => {
    const site = await bankSampah(
      { name: 'Bank Sampah Tanpa Titik' },
      place({ lng: null, lat: null }),
    );
    expect(site.ok).toBe(true);
    expect(site.messages).toEqual([{ code: 'entry_site_no_point', severity: 'warning' }]);
    expect(site.record).toMatchObject({ kode: BUJEL, lng: null, lat: null });
    const values = {
      year: '2024',
      category: 'ekonomi',
      title: 'Pelatihan',
      budgetRp: '5000000',
      progress: '100',
    };
    const activity = await checkEntry(
      program('prodamas'),
      values,
      place({ lng: null, lat: null }),
      ctx,
    );
    expect(activity.ok).toBe(true);
    expect(activity.messages).toEqual([]);
  });

  it('a GPS fix of 80 m is warned, naming the metres', async () => {
    const r = await bankSampah({ name: 'Bank Sampah GPS' }, place({ accuracyM: 80.4 }));
    expect(r.ok).toBe(true);
    expect(r.messages).toEqual([
      { code: 'entry_gps_inaccurate', severity: 'warning', params: { accuracyM: 80 } },
    ]);
    expect(formatMessage(r.messages[0], 'en')).toContain('80 m');
    const good = await bankSampah({ name: 'Bank Sampah GPS' }, place({ accuracyM: 50 }));
    expect(good.messages).toEqual([]);
  });

  it('a typed point that cannot be used is an error, not silently dropped', async () => {
    const r = await bankSampah({ name: 'Bank Sampah Nol' }, place({ lng: 0, lat: 0 }));
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual([{ code: 'zero_location', severity: 'error' }]);
  });
});

describe('messages in both languages', () => {
  it('are worded, and differ, in Indonesian and English', async () => {
    const results = await Promise.all([
      bankSampah({ name: '' }),
      bankSampah({ name: '<b>x</b>' }),
      bankSampah({ name: 'A' }, place({ kode: CAMPUREJO })),
      bankSampah({ name: 'A' }, place({ accuracyM: 80 })),
      bankSampah({ name: 'A' }, place({ lng: 111.9, lat: -7.8 })),
      bankSampah({ name: 'A' }, place({ lng: null, lat: null })),
      checkEntry(program('emas'), { name: 'S', status: 'rusak' }, place(), ctx),
    ]);
    const all = results.flatMap((r) => r.messages);
    expect(all).toHaveLength(7);
    for (const m of all) {
      const [id, en] = [formatMessage(m, 'id'), formatMessage(m, 'en')];
      expect(id.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(id).not.toBe(en);
      // Every placeholder was filled.
      expect(`${id} ${en}`).not.toMatch(/\{\w+\}/);
    }
  });
});
