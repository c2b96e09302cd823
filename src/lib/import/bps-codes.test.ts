import { describe, expect, it } from 'vitest';
import { BPS_TO_KEMENDAGRI } from './bps-codes';
import { createKelurahanMatcher, nameKey } from './kelurahan-match';
import { gazetteer } from '../../../tests/unit/import-helpers';

/** BPS MFD names (2014), as in bps-codes.ts' source: the join is re-checked against geodata. */
const BPS_NAMES: Record<string, string> = {
  '3571010001': 'POJOK',
  '3571010004': 'BANJARMLATI',
  '3571020006': 'SETONO PANDE',
  '3571020007': 'RINGIN ANOM',
  '3571030001': 'BLABAK',
  '3571030010': 'BANGSAL',
  '3571030015': 'JAMSAREN',
};

describe('BPS village codes of Kota Kediri', () => {
  it('has all 46 kelurahan, each once, in the same kecamatan', () => {
    expect(BPS_TO_KEMENDAGRI.size).toBe(46);
    expect(new Set(BPS_TO_KEMENDAGRI.values()).size).toBe(46);
    const kode = new Set(gazetteer.map((g) => g.kode));
    for (const [bps, kemendagri] of BPS_TO_KEMENDAGRI) {
      expect(kode.has(kemendagri), bps).toBe(true);
      expect(bps[6], bps).toBe('0');
      // BPS kecamatan 010/020/030 = Kemendagri 01/02/03.
      expect(bps.slice(4, 6), bps).toBe(kemendagri.slice(6, 8));
    }
    for (const [bps, name] of Object.entries(BPS_NAMES)) {
      const entry = gazetteer.find((g) => g.kode === BPS_TO_KEMENDAGRI.get(bps));
      expect(nameKey(entry?.nama ?? ''), bps).toBe(nameKey(name));
    }
  });

  it('tells the BPS form from the undotted Kemendagri form by the 7th digit', () => {
    const m = createKelurahanMatcher(gazetteer);
    const nama = (value: string) => {
      const r = m.match(value);
      return 'entry' in r ? [r.kind, r.entry.nama] : [r.kind];
    };
    expect(nama('3571030001')).toEqual(['bps', 'Blabak']);
    expect(nama('3571031001')).toEqual(['code', 'Bangsal']);
    expect(nama('35.71.030.001')).toEqual(['bps', 'Blabak']);
    expect(nama('3571030099')).toEqual(['bps_unknown']);
    expect(m.match('3275111001')).toEqual({ kind: 'other_region', region: '32.75' });
    expect(m.match('35.06.10.2003')).toEqual({ kind: 'other_region', region: '35.06' });
  });
});
