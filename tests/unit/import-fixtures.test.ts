import { describe, expect, it } from 'vitest';
import { readImportFile, type ImportReport, type RowStatus } from '../../src/lib/import/index';
import { options, readFixture } from './import-helpers';

/** Hand-written expectation for one row: status, kode and message codes in order. */
type Expect = [row: number, status: RowStatus, kode: string | null, codes: string[]];

function summary(report: ImportReport): Expect[] {
  return report.records.map((r) => [r.row, r.status, r.kode, r.messages.map((m) => m.code)]);
}

async function run(name: string, extra = {}) {
  return readImportFile(name, readFixture(name), options(extra));
}

describe('bank-sampah-id.csv (BOM, CRLF, ";", decimal commas, DMS, name variants)', async () => {
  const report = await run('bank-sampah-id.csv');

  it('detects the programme and the Indonesian columns', () => {
    expect(report.program).toBe('bank_sampah');
    expect(report.format).toBe('csv');
    expect(report.mapping.used).toEqual({
      kelurahan: 'kelurahan',
      rt: 'rt',
      rw: 'rw',
      lat: 'lintang',
      lng: 'bujur',
      name: 'nama',
      address: 'alamat',
      type: 'jenis',
      status: 'status',
      established: 'tanggal berdiri',
      members: 'jumlah nasabah',
      kgPerMonth: 'sampah (kg/bulan)',
    });
    expect(report.unmappedColumns).toEqual(['keterangan']);
  });

  it('reports every row as expected', () => {
    const k = (s: string) => `35.71.${s}`;
    expect(summary(report)).toEqual([
      [2, 'ok', k('01.1004'), []],
      [3, 'ok', k('01.1005'), []],
      [4, 'warning', k('01.1006'), ['swapped_latlng']],
      [5, 'warning', k('01.1011'), ['date_year_only']],
      [6, 'warning', k('02.1004'), ['outside_city']],
      [7, 'warning', k('02.1017'), ['kelurahan_fuzzy']],
      [8, 'warning', k('03.1015'), ['kelurahan_mismatch']],
      [9, 'warning', k('01.1003'), ['markup_text', 'markup_text']],
      [10, 'ok', k('01.1012'), []],
      [11, 'error', k('01.1009'), ['required']],
      [12, 'error', null, ['kelurahan_unknown']],
      [13, 'warning', k('01.1004'), ['duplicate']],
      [14, 'warning', k('03.1010'), ['lat_sign_fixed']],
      [15, 'warning', k('02.1005'), ['date_year_only']],
      // Row 16 is blank; row 17 has no kelurahan, the point decides (info only).
      [17, 'ok', k('02.1016'), ['kelurahan_from_location']],
      [18, 'error', k('03.1004'), ['number_invalid']],
    ]);
    expect([report.rows, report.accepted, report.rejected, report.warnings]).toEqual([
      16, 13, 3, 9,
    ]);
    expect(report.canWrite).toBe(true);
  });

  it('converts DMS, decimal commas and thousand dots', () => {
    const r2 = report.records[0];
    // 7°48'47.7"S = -(7 + 48/60 + 47.7/3600); 111°57'59"E = 111 + 57/60 + 59/3600.
    expect(r2.lat).toBeCloseTo(-(7 + 48 / 60 + 47.7 / 3600), 9);
    expect(r2.lng).toBeCloseTo(111 + 57 / 60 + 59 / 3600, 9);
    expect(r2.record).toMatchObject({
      name: 'Sri Wilis',
      rt: 3,
      rw: 5,
      established: '2012-03-12',
      members: 85,
      kgPerMonth: 120.5,
      sourceRow: 2,
    });
    expect(report.records[1].record).toMatchObject({
      kgPerMonth: 1250.75,
      established: '2017-01-01',
    });
  });

  it('fixes swapped and sign-less coordinates', () => {
    expect(report.records[2]).toMatchObject({ lng: 111.986036, lat: -7.798797 });
    expect(report.records[12]).toMatchObject({ lng: 112.05653, lat: -7.846732 });
  });

  it('keeps an outside point, flagged, and a row without coordinates', () => {
    expect(report.records[4]).toMatchObject({ lng: 112.3, lat: -7.7 });
    expect(report.records[3]).toMatchObject({ lng: null, lat: null, status: 'warning' });
    expect(report.records[3].record).toMatchObject({ kode: '35.71.01.1011', lng: null, lat: null });
  });

  it('stores HTML and script verbatim', () => {
    expect(report.records[7].record).toMatchObject({
      name: "<script>alert('xss')</script>",
      address: '<img src=x onerror=alert(1)>',
    });
  });

  it('gives rejected rows no record', () => {
    for (const r of report.records) expect(r.record === undefined).toBe(r.status === 'error');
  });
});

describe('prodamas-en.csv (English headers, quoted rupiah, codes without dots)', async () => {
  const report = await run('prodamas-en.csv');

  it('reports every row as expected', () => {
    expect(report.program).toBe('prodamas');
    expect(summary(report)).toEqual([
      [2, 'ok', '35.71.03.1004', []],
      [3, 'ok', '35.71.01.1010', []],
      [4, 'warning', '35.71.02.1001', ['kode_name_mismatch']],
      [5, 'error', '35.71.03.1015', ['markup_text', 'progress_invalid']],
      [6, 'ok', '35.71.03.1002', []],
      [7, 'error', null, ['kelurahan_unknown']],
      [8, 'error', '35.71.03.1001', ['out_of_range']],
      [9, 'warning', '35.71.03.1004', ['duplicate']],
      [10, 'ok', '35.71.03.1003', []],
    ]);
  });

  it('reads budgets, categories and progress', () => {
    const rec = (row: number) => report.records.find((r) => r.row === row)?.record;
    expect(rec(2)).toMatchObject({
      budgetRp: 100_000_000,
      progress: 100,
      category: 'infrastruktur',
    });
    expect(rec(2)).toMatchObject({ title: 'Paving road, RT 39', rt: 39, rw: 9, lng: null });
    expect(rec(3)).toMatchObject({ budgetRp: 25_000_000, progress: 50, category: 'sosial_budaya' });
    expect(rec(6)).toMatchObject({ budgetRp: 1234567.89, progress: 100, category: 'kesehatan' });
    expect(rec(10)).toMatchObject({ budgetRp: 3_000_000, title: 'Buku "tulis" =SUM(A1)' });
  });
});

describe('home-care-id.csv', async () => {
  const report = await run('home-care-id.csv');

  it('reports every row as expected', () => {
    expect(report.program).toBe('home_care');
    expect(summary(report)).toEqual([
      [2, 'ok', '35.71.03.1010', []],
      [3, 'ok', '35.71.03.1010', []],
      [4, 'error', '35.71.03.1007', ['date_invalid']],
      [5, 'error', '35.71.03.1007', ['patient_id_nik']],
      [6, 'warning', '35.71.03.1013', ['default_used']],
      [7, 'warning', '35.71.03.1010', ['duplicate']],
      [8, 'error', '35.71.03.1009', ['enum_invalid']],
      [9, 'warning', '35.71.03.1008', ['date_us_order']],
    ]);
    expect(report.records[0].record).toMatchObject({
      date: '2024-01-12',
      patientId: 'HC-0001',
      service: 'perawatan_luka',
      group: 'lansia',
    });
    expect(report.records[4].record).toMatchObject({ service: 'gawat_darurat', group: 'lainnya' });
  });

  it('warns about future visit dates against the injected clock', async () => {
    const early = await run('home-care-id.csv', { now: () => '2024-01-12T12:00:00Z' });
    expect(early.records[1].messages.map((m) => m.code)).toEqual(['date_future']);
  });
});

describe('home-care.xlsx (title row, Excel serial dates, numeric cells)', async () => {
  const report = await run('home-care.xlsx');

  it('numbers rows as Excel does and reads every cell type', () => {
    expect(report.format).toBe('xlsx');
    expect(summary(report)).toEqual([
      [3, 'ok', '35.71.01.1003', []],
      [4, 'ok', '35.71.01.1003', []],
      [6, 'warning', '35.71.01.1014', ['swapped_latlng']],
      [7, 'error', '35.71.01.1014', ['date_invalid']],
    ]);
    // Excel serial 45303 = 2024-01-01 + 11 days.
    expect(report.records[0].record).toMatchObject({
      date: '2024-01-12',
      rt: 2,
      rw: 1,
      lat: -7.835643,
    });
    expect(report.records[1].record).toMatchObject({
      date: '2024-01-12',
      service: 'perawatan_luka',
    });
    expect(report.records[2].record).toMatchObject({ date: '2024-01-19', group: 'disabilitas' });
  });
});

describe('bank-sampah.geojson', async () => {
  const report = await run('bank-sampah.geojson');

  it('takes points from geometry, swaps and flags them', () => {
    expect(report.format).toBe('geojson');
    expect(report.fileMessages.map((m) => m.code)).toEqual([
      'program_detected',
      'column_defaulted',
    ]);
    expect(summary(report)).toEqual([
      [1, 'ok', '35.71.01.1005', []],
      [2, 'warning', '35.71.01.1006', ['swapped_latlng', 'kelurahan_from_location']],
      [3, 'ok', '35.71.01.1011', []],
      [4, 'warning', '35.71.01.1007', ['geometry_not_point']],
      [5, 'warning', '35.71.01.1009', ['outside_city']],
    ]);
    expect(report.records[1]).toMatchObject({ lng: 111.986036, lat: -7.798797 });
    expect(report.records[0].record).toMatchObject({ members: 40, type: 'unit' });
  });
});

describe('population.csv', async () => {
  const report = await run('population.csv');

  it('reports every row as expected', () => {
    expect(summary(report)).toEqual([
      [2, 'ok', '35.71.01.1005', []],
      [3, 'ok', '35.71.01.1006', []],
      [4, 'error', '35.71.01.1011', ['elderly_exceeds_total']],
      [5, 'error', '35.71.01.1005', ['duplicate_population']],
      [6, 'warning', '35.71.01.1004', ['default_used']],
    ]);
    expect(report.records[0].record).toMatchObject({ total: 7326, isEstimate: false, year: 2014 });
  });
});
