import { describe, expect, it } from 'vitest';
import { checkImportTable, duplicateKey, readImportFile, type ImportReport } from './index';
import { readTable } from './read-table';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import { deepFreeze, gazetteer, options, readFixture } from '../../../tests/unit/import-helpers';

const enc = (text: string) => new TextEncoder().encode(text);
const codes = (r: ImportReport) => r.fileMessages.map((m) => m.code);

describe('hostile and personal content', () => {
  it('never maps a patient name to the patient id, and warns about personal columns', async () => {
    const csv = enc(
      'tanggal;nama pasien;NIK;kelurahan;layanan\n12/01/2024;Siti;3571010101800001;Pojok;kontrol\n',
    );
    const report = await readImportFile('hc.csv', csv, options({ program: 'home_care' }));
    expect(report.mapping.used.patientId).toBeUndefined();
    expect(codes(report)).toEqual(['missing_columns']);
    const withId = enc(
      'tanggal;nama pasien;id pasien;kelurahan;layanan\n12/01/2024;Siti;HC-9;Pojok;kontrol\n',
    );
    const ok = await readImportFile('hc.csv', withId, options());
    expect(codes(ok)).toContain('personal_columns');
    expect(ok.records[0].record).toMatchObject({ patientId: 'HC-9' });
    expect(JSON.stringify(ok.records[0].record)).not.toContain('Siti');
  });

  it('does not resolve prototype keys as values', async () => {
    const csv = enc('nama;kelurahan;status;jenis\nconstructor;toString;constructor;__proto__\n');
    const report = await readImportFile('p.csv', csv, options());
    // The type is an open category (issue 10): "__proto__" is kept as the file's own word, as text.
    expect(report.records[0].messages.map((m) => m.code)).toEqual([
      'kelurahan_unknown',
      'category_new',
      'enum_invalid',
    ]);
  });
});

describe('column mapping', () => {
  const csv = enc('a\tb\tc\nMelati\tSukorame\tx\n');

  it('detects a tab separator and accepts an override mapping', async () => {
    const report = await readImportFile(
      't.tsv',
      csv,
      options({ program: 'bank_sampah', mapping: { name: 'a', kelurahan: 'b' } }),
    );
    expect(report.mapping.detected).toEqual({});
    expect(report.mapping.used).toEqual({ name: 'a', kelurahan: 'b' });
    expect(report.unmappedColumns).toEqual(['c']);
    expect(report.records[0]).toMatchObject({ status: 'ok', kode: '35.71.01.1005' });
  });

  it('rejects a mapping to a column the file lacks, and unmaps with ""', async () => {
    const bad = await readImportFile(
      't.tsv',
      csv,
      options({ program: 'bank_sampah', mapping: { name: 'zzz' } }),
    );
    expect(codes(bad)).toEqual(['mapping_unknown_column']);
    const file = enc('nama,kelurahan,lintang,bujur\nMelati,Sukorame,1,2\n');
    const unmapped = await readImportFile(
      'u.csv',
      file,
      options({ mapping: { lat: '', lng: '' } }),
    );
    expect(unmapped.records[0]).toMatchObject({ status: 'ok', lng: null, lat: null });
  });
});

describe('purity, progress and duplicates against stored data', () => {
  it('leaves its inputs untouched (deep-frozen options, bytes compared)', async () => {
    const bytes = readFixture('bank-sampah-id.csv');
    const copy = bytes.slice();
    const opts = deepFreeze(options({ gazetteer: deepFreeze(gazetteer.map((g) => ({ ...g }))) }));
    const a = await readImportFile('b.csv', bytes, opts);
    const b = await readImportFile('b.csv', bytes, opts);
    expect(bytes).toEqual(copy);
    expect(a).toEqual(b);
  });

  it('reports progress from 0 to 1, never backwards', async () => {
    const lines = ['nama,kelurahan'];
    for (let i = 0; i < 5000; i++) lines.push(`Unit ${i},Pojok`);
    const seen: number[] = [];
    await readImportFile(
      'p.csv',
      enc(lines.join('\n')),
      options({ onProgress: (f) => seen.push(f) }),
    );
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
  });

  it('flags rows already stored via existingKeys', async () => {
    const existing = new Set([
      duplicateKey('bank_sampah', {
        name: 'Melati',
        kode: '35.71.01.1005',
      } as Parameters<typeof duplicateKey<'bank_sampah'>>[1]),
    ]);
    const report = await readImportFile(
      'e.csv',
      enc('nama;kelurahan\nMELATI;Sukorame\n'),
      options({ existingKeys: existing }),
    );
    expect(report.records[0].messages.map((m) => m.code)).toEqual(['duplicate_existing']);
  });
});

describe('checkImportTable', () => {
  it('is what readImportFile does after reading: the same report from the same table', async () => {
    // A Windows-1252 file, so the reader's own file message must lead the report either way.
    for (const name of ['bank-sampah-id.csv', 'cp1252.csv', 'emas-spots.csv']) {
      const bytes = readFixture(name);
      const read = await readTable(name, bytes);
      if (!read.ok) throw new Error(`${name} unreadable`);
      const emas = SHIPPED_PROGRAMS.find((d) => d.id === 'emas');
      const opts = options(
        name.startsWith('emas') ? { definition: emas } : { program: 'bank_sampah' },
      );
      const fromFile = await readImportFile(name, bytes, opts);
      const fromTable = await checkImportTable(name, read.format, read.table, opts);
      const sniffed = read.fileMessages.filter((m) => !read.table.fileMessages.includes(m));
      expect({ ...fromTable, fileMessages: [...sniffed, ...fromTable.fileMessages] }).toEqual(
        fromFile,
      );
      expect(fromFile.accepted).toBeGreaterThan(0);
    }
  });
});
