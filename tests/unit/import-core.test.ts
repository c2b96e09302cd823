import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
  duplicateKey,
  formatMessage,
  MAX_IMPORT_BYTES,
  MESSAGES,
  readImportFile,
  type ImportReport,
} from '../../src/lib/import/index';
import { createKelurahanMatcher } from '../../src/lib/import/kelurahan-match';
import { deepFreeze, gazetteer, options, readFixture } from './import-helpers';

const enc = (text: string) => new TextEncoder().encode(text);
const codes = (r: ImportReport) => r.fileMessages.map((m) => m.code);

describe('bad input gets a clear message and nothing to write', () => {
  it.each([
    ['empty.csv', ['file_empty']],
    ['whitespace.csv', ['file_empty']],
    ['header-only.csv', ['no_data_rows']],
    ['broken-quotes.csv', ['csv_broken_quotes']],
    ['unknown-columns.csv', ['program_unknown']],
    ['binary-junk.csv', ['file_unsupported']],
    ['random-bytes.bin', ['file_binary']],
    ['legacy.xls', ['xls_legacy']],
    ['not-geojson.json', ['geojson_invalid']],
    ['not-a-spreadsheet.xlsx', ['xlsx_unreadable']],
    ['zip-bomb.xlsx', ['xlsx_unreadable']],
  ])('%s', async (name, expected) => {
    const report = await readImportFile(name, readFixture(name), options());
    expect(codes(report)).toEqual(expected);
    expect(report.canWrite).toBe(false);
    expect(report.accepted).toBe(0);
    expect(report.fileMessages.every((m) => formatMessage(m, 'en').length > 10)).toBe(true);
  });

  it('names the row where an unclosed quote starts', async () => {
    const report = await readImportFile('b.csv', readFixture('broken-quotes.csv'), options());
    expect(report.fileMessages[0].params).toEqual({ row: 3 });
  });

  it('refuses every-row-invalid files as a whole', async () => {
    const report = await readImportFile('a.csv', readFixture('all-invalid.csv'), options());
    expect(codes(report)).toContain('all_rows_invalid');
    expect([report.rows, report.accepted, report.rejected, report.canWrite]).toEqual([
      3,
      0,
      3,
      false,
    ]);
  });

  it('refuses a 50 MB file by size, before parsing', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const report = await readImportFile('big.csv', big, options());
    expect(codes(report)).toEqual(['file_too_large']);
    expect(report.fileMessages[0].params).toEqual({ sizeMb: 50, limitMb: 20 });
    expect(checkFileSize('big.csv', big.length)?.canWrite).toBe(false);
    expect(checkFileSize('ok.csv', MAX_IMPORT_BYTES)).toBeNull();
  });

  it('reads Windows-1252 text with a warning', async () => {
    const report = await readImportFile('c.csv', readFixture('cp1252.csv'), options());
    expect(codes(report)[0]).toBe('encoding_fallback');
    expect(report.records[0].record).toMatchObject({ name: 'Café Sampah', kode: '35.71.02.1008' });
  });

  it('reports missing required columns', async () => {
    const csv = enc('nama;status\nMelati;aktif\n');
    const report = await readImportFile('m.csv', csv, options({ program: 'bank_sampah' }));
    expect(codes(report)).toEqual(['missing_columns']);
    expect(formatMessage(report.fileMessages[0], 'id')).toBe(
      'Kolom wajib tidak ditemukan: Kelurahan.',
    );
  });
});

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
    expect(report.records[0].messages.map((m) => m.code)).toEqual([
      'kelurahan_unknown',
      'enum_invalid',
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
});

describe('messages', () => {
  it('has Indonesian and English text with the same parameters for every code', () => {
    for (const [code, text] of Object.entries(MESSAGES)) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(params(text.id), code).toEqual(params(text.en));
      expect(text.id, code).not.toBe('');
    }
  });

  it('fills parameters and field labels in both languages', () => {
    const msg = { code: 'required', severity: 'error', field: 'patientId' } as const;
    expect(formatMessage(msg, 'id')).toBe('ID pasien kosong.');
    expect(formatMessage(msg, 'en')).toBe('Patient id is empty.');
  });
});
