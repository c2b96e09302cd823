import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
  formatMessage,
  MAX_IMPORT_BYTES,
  readImportFile,
  type ImportReport,
} from '../../src/lib/import/index';
import { options, readFixture } from './import-helpers';

// The whole pipeline (file bytes → report) over the bad files in tests/fixtures/import/; the
// modules' own tests sit beside them in src/lib/import/.

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
