import { describe, expect, it } from 'vitest';
import { createKelurahanMatcher } from './kelurahan-match';
import { gazetteer } from '../../../tests/unit/import-helpers';

describe('kelurahan matching', () => {
  const m = createKelurahanMatcher(gazetteer);
  const name = (v: string, kec?: string) => {
    const r = m.match(v, kec);
    return 'entry' in r ? [r.kind, r.entry.nama] : [r.kind];
  };

  it.each([
    ['Kel. Banjar Melati', 'exact', 'Banjarmlati'],
    ['BANJARMLATI', 'exact', 'Banjarmlati'],
    ['Kampungdalem', 'exact', 'Kampung Dalem'],
    ['Ngeletih', 'exact', 'Ngletih'],
    ['Kelurahan Setono Gedong', 'exact', 'Setonogedong'],
    ['desa pojok', 'exact', 'Pojok'],
    ['Singonegharan', 'exact', 'Singonegaran'],
    ['35.71.01.1004', 'code', 'Pojok'],
    ['3571011004', 'code', 'Pojok'],
    ['Sukoramee', 'fuzzy', 'Sukorame'],
    ['Bujal', 'fuzzy', 'Bujel'],
  ])('%s', (value, kind, nama) => {
    expect(name(value)).toEqual([kind, nama]);
  });

  it('keeps Banjaran and Banaran apart and refuses ambiguous or unknown names', () => {
    expect(name('Banjaran')).toEqual(['exact', 'Banjaran']);
    expect(name('Banaran')).toEqual(['exact', 'Banaran']);
    expect(m.match('Bandar').kind).toBe('ambiguous');
    expect(m.match('Bence').kind).toBe('none');
    expect(m.match('35.71.09.9999').kind).toBe('unknown_code');
  });

  it("places no other town's kelurahan in Kediri", () => {
    // Kota Bekasi's Pondok Melati is not Banjarmlati; Mustika Jaya is nothing here; Kota Madiun's
    // Mojorejo is 2 edits from Mojoroto in 8 letters (one edit per five letters is allowed).
    for (const other of ['Pondok Melati', 'Mustika Jaya', 'Jatimulya', 'Mojorejo', 'Bintara'])
      expect(m.match(other).kind, other).toBe('none');
    // A kecamatan that is not ours: a near name is another village, not a typo…
    expect(m.match('Sukoramee', 'Gurah').kind).toBe('none');
    // …while one typo in our own kecamatan still narrows the search.
    expect(name('Sukoramee', 'Kec. Mojorto')).toEqual(['fuzzy', 'Sukorame']);
    expect(m.isCityKecamatan('Kecamatan Pesantren')).toBe(true);
    expect(m.isCityKecamatan('Kota Kediri')).toBe(true);
    expect(m.isCityKecamatan('Pondok Melati')).toBe(false);
  });
});
