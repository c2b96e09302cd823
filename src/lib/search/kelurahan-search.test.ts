import { describe, expect, it } from 'vitest';
import { foldName, searchKelurahan, type SearchEntry } from './kelurahan-search';

const entries: SearchEntry[] = [
  { kode: '35.71.01.1001', nama: 'Bandar Lor', nama_kec: 'Mojoroto' },
  { kode: '35.71.01.1002', nama: 'Bandar Kidul', nama_kec: 'Mojoroto' },
  { kode: '35.71.02.1005', nama: 'Kampung Dalem', nama_kec: 'Kota' },
  { kode: '35.71.03.1015', nama: 'Burengan', nama_kec: 'Pesantren' },
];

describe('searchKelurahan', () => {
  it('folds case, spaces and punctuation', () => {
    expect(foldName('Kampung  Dalem')).toBe(foldName('KAMPUNGDALEM'));
  });

  it('puts prefix matches before substring matches', () => {
    expect(searchKelurahan(entries, 'bandar').map((e) => e.nama)).toEqual([
      'Bandar Kidul',
      'Bandar Lor',
    ]);
    expect(searchKelurahan(entries, 'dal').map((e) => e.nama)).toEqual(['Kampung Dalem']);
    expect(searchKelurahan(entries, 'kampungdalem').map((e) => e.kode)).toEqual(['35.71.02.1005']);
  });

  it('finds by official code and lists all for an empty query', () => {
    expect(searchKelurahan(entries, '35.71.03').map((e) => e.nama)).toEqual(['Burengan']);
    expect(searchKelurahan(entries, '  ')).toHaveLength(4);
    expect(searchKelurahan(entries, 'zzz')).toEqual([]);
  });
});
