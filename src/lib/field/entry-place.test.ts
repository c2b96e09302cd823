import { describe, expect, it } from 'vitest';
import { formatMessage } from '../import';
import {
  BUJEL,
  CAMPUREJO,
  bankSampah,
  ctx,
  place,
  program,
} from '../../../tests/unit/entry-helpers';
import { checkEntry } from './entry-check';

/**
 * Issue 11 §1: a form's place rules, stricter than an import's, and its messages in both
 * languages. Expected values are worked out by hand.
 */
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
