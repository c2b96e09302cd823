import { describe, expect, it } from 'vitest';
import { duplicateKey, readImportFile, type ImportTarget } from './index';

const enc = (text: string) => new TextEncoder().encode(text);
const gazetteer = [
  { kode: '35.71.01.1005', nama: 'Sukorame', kode_kec: '35.71.01', nama_kec: 'Mojoroto' },
];
const melati = duplicateKey('bank_sampah', {
  name: 'Melati',
  kode: '35.71.01.1005',
} as Parameters<typeof duplicateKey<'bank_sampah'>>[1]);

describe('existingKeys as a function', () => {
  it('is asked once, for the target detected from the columns', async () => {
    const asked: ImportTarget[] = [];
    const report = await readImportFile(
      'e.csv',
      enc('nama;kelurahan\nMELATI;Sukorame\nMawar;Sukorame\n'),
      {
        gazetteer,
        existingKeys: async (target) => {
          asked.push(target);
          return new Set([melati]);
        },
      },
    );
    expect(asked).toEqual(['bank_sampah']);
    expect(report.records.map((r) => r.messages.map((m) => m.code))).toEqual([
      ['duplicate_existing'],
      [],
    ]);
  });

  it('is not asked when the columns name no target', async () => {
    let asked = 0;
    const report = await readImportFile('x.csv', enc('foo;bar\n1;2\n'), {
      gazetteer,
      existingKeys: async () => {
        asked++;
        return new Set();
      },
    });
    expect(report.fileMessages.map((m) => m.code)).toContain('program_unknown');
    expect(asked).toBe(0);
  });
});
