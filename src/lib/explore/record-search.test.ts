import { describe, expect, it } from 'vitest';
import { foldText, parseRecordQuery, searchRecords, type SearchableRecord } from './record-search';

interface Row {
  name: string;
  rw: number | null;
  rt: number | null;
}
const rows: readonly Row[] = Object.freeze([
  { name: 'Bank Sampah Hijau Daun', rw: 3, rt: 5 },
  { name: 'Bank Sampah Sumber Rejeki', rw: 4, rt: 4 },
  { name: 'Paving jalan RT', rw: 13, rt: 1 },
  { name: 'Kunjungan HC-50D2CA', rw: null, rt: null },
]);
const fields = (r: Row): SearchableRecord => ({ text: [r.name], rw: r.rw, rt: r.rt });
const names = (q: string) => searchRecords(rows, parseRecordQuery(q), fields).map((r) => r.name);

describe('record search', () => {
  it('reads RW / RT in the usual spellings', () => {
    expect(parseRecordQuery('RW 03 rt.5 hijau')).toEqual({ rw: 3, rt: 5, words: ['hijau'] });
    expect(parseRecordQuery('rw3')).toEqual({ rw: 3, rt: null, words: [] });
    expect(parseRecordQuery('  ')).toEqual({ rw: null, rt: null, words: [] });
  });

  it('matches RW exactly, not as a prefix of RW 13', () => {
    expect(names('rw 3')).toEqual(['Bank Sampah Hijau Daun']);
    expect(names('RW 13')).toEqual(['Paving jalan RT']);
  });

  it('needs every word, ignoring case and accents', () => {
    expect(names('hijau DAUN')).toEqual(['Bank Sampah Hijau Daun']);
    expect(names('bank rejeki')).toEqual(['Bank Sampah Sumber Rejeki']);
    expect(names('bank kunjungan')).toEqual([]);
    expect(foldText('Péduli')).toBe('peduli');
  });

  it('finds a patient id and returns everything for an empty query', () => {
    expect(names('hc-50d2')).toEqual(['Kunjungan HC-50D2CA']);
    expect(names('')).toHaveLength(4);
  });
});
