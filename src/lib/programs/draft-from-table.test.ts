import { describe, expect, it } from 'vitest';
import { readCsv } from '../import/csv';
import { readGeoJson } from '../import/geojson';
import { draftFromTable, safeLabel, slugKey } from './draft-from-table';

const draft = (lines: string[]) => draftFromTable(readCsv(lines.join('\n')));
const byColumn = (d: ReturnType<typeof draft>) =>
  Object.fromEntries(d.fields.map((f) => [f.column, f]));

describe('a draft definition from a file', () => {
  it('a puskesmas list: place columns are not fields, the name is `name`, Jenis a category', () => {
    const d = draft([
      'Nama Puskesmas;Jenis;Alamat;Kelurahan;X;Y',
      'Puskesmas Balowerti;Induk;Jl. Balowerti 2;Balowerti;112.0150;-7.8170',
      'Puskesmas Pesantren I;Induk;Jl. Pesantren 1;Pesantren;112.0330;-7.8260',
      'Puskesmas Ngletih;Pembantu;Jl. Ngletih 5;Ngletih;112.0400;-7.8400',
      'Puskesmas Campurejo;Pembantu;Jl. Campurejo 9;Campurejo;111.9800;-7.7900',
    ]);
    expect(d.location).toEqual(
      expect.arrayContaining([
        { column: 'Alamat', role: 'address' },
        { column: 'Kelurahan', role: 'kelurahan' },
        { column: 'X', role: 'lng' },
        { column: 'Y', role: 'lat' },
      ]),
    );
    expect(d.location).toHaveLength(4);
    expect(d.geometry).toBe(false);
    expect(d.fields.map((f) => f.field)).toEqual([
      {
        key: 'name',
        names: { id: 'Nama Puskesmas', en: 'Nama Puskesmas' },
        kind: 'text',
        required: true,
        columns: ['Nama Puskesmas'],
      },
      {
        key: 'jenis',
        names: { id: 'Jenis', en: 'Jenis' },
        kind: 'category',
        required: false,
        values: [
          { key: 'induk', names: { id: 'Induk', en: 'Induk' } },
          { key: 'pembantu', names: { id: 'Pembantu', en: 'Pembantu' } },
        ],
        columns: ['Jenis'],
      },
    ]);
    expect(d.archetype).toBe('site');
    expect(d.active).toBeUndefined();
    expect(d.rows).toBe(4);
  });

  it('a loan list: amounts are rupiah, dates dates, a status with its active word', () => {
    const d = draft([
      'Nama Usaha;Jenis Usaha;Tanggal Akad;Nilai Pinjaman;Tenor (bulan);Status;Kode Kelurahan;RT;RW',
      'Warung Bu Sri;Kuliner;12/03/2024;Rp 5.000.000;12;Lunas;35.71.01.1001;2;5',
      'Bengkel Jaya;Jasa;1 Februari 2024;Rp 10.000.000;24;Berjalan;35.71.01.1002;1;1',
      'Sambel Pecel;Kuliner;2024-05-20;Rp 2.500.000;6;Berjalan;35.71.02.1003;3;2',
    ]);
    const f = byColumn(d);
    expect(d.location.map((l) => l.role).sort()).toEqual(['kode', 'rt', 'rw']);
    expect(f['Nama Usaha'].field.key).toBe('name');
    expect(f['Jenis Usaha'].field).toMatchObject({ key: 'jenis_usaha', kind: 'category' });
    expect(f['Jenis Usaha'].field.values?.map((v) => v.key)).toEqual(['kuliner', 'jasa']);
    expect(f['Tanggal Akad'].field).toMatchObject({ key: 'tanggal_akad', kind: 'date' });
    expect(f['Nilai Pinjaman'].field).toMatchObject({ key: 'nilai_pinjaman', kind: 'rupiah' });
    expect(f['Tenor (bulan)'].field).toMatchObject({ key: 'tenor_bulan', kind: 'number' });
    expect(f.Status.field).toMatchObject({ key: 'status', kind: 'status' });
    expect(f.Status.field.values?.map((v) => v.key)).toEqual(['lunas', 'berjalan']);
    expect(d.active).toEqual({ field: 'status', values: ['berjalan'] });
    expect(d.archetype).toBe('activity');
  });

  it('hostile headers: markup and formulas become plain keys and labels, blanks and twins apart', () => {
    const d = draft([
      '<img src=x onerror=alert(1)>;=cmd|calc;;Jenis;Jenis;Kelurahan',
      'a;1;;x;p;Pojok',
      'b;2;;x;q;Pojok',
    ]);
    expect(d.fields.map((f) => [f.column, f.field.key, f.field.names.id, f.include])).toEqual([
      [
        '<img src=x onerror=alert(1)>',
        'img_src_x_onerror_alert_1',
        '<img src=x onerror=alert(1)>',
        true,
      ],
      ['=cmd|calc', 'cmd_calc', 'cmd|calc', true],
      // An empty header is named by its position (the reader's "kolom 3"); no cells: left out.
      ['kolom 3', 'kolom_3', 'kolom 3', false],
      ['Jenis', 'jenis', 'Jenis', true],
      ['Jenis (2)', 'jenis_2', 'Jenis (2)', true],
    ]);
    expect(d.fields[1].field.kind).toBe('number');
    // Two rows, one value twice: a category; two different values: text.
    expect(d.fields[3].field.kind).toBe('category');
    expect(d.fields[4].field.kind).toBe('text');
  });

  it('two headers with the same words get two keys; identifiers with a leading zero are text', () => {
    const d = draft(['Jenis Usaha,jenis_usaha,Telepon', 'a,b,0812345', 'c,d,0813999']);
    expect(d.fields.map((f) => f.field.key)).toEqual(['jenis_usaha', 'jenis_usaha_2', 'telepon']);
    expect(d.fields[2].field.kind).toBe('text');
  });

  it('more than 20 distinct values is text, not a category', () => {
    const rows = Array.from({ length: 42 }, (_, i) => `Kampung ${i % 21}`);
    const d = draft(['Kampung', ...rows]);
    expect(d.fields[0].distinct).toBe(21);
    expect(d.fields[0].field.kind).toBe('text');
  });

  it('a GeoJSON of points: the geometry is the location, the properties the fields', () => {
    const d = draftFromTable(
      readGeoJson(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [112.01, -7.82] },
              properties: { NAMOBJ: 'Pos A', REMARK: 'Pos' },
            },
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [112.02, -7.83] },
              properties: { NAMOBJ: 'Pos B', REMARK: 'Pos' },
            },
          ],
        }),
      ),
    );
    expect(d.geometry).toBe(true);
    expect(d.location).toEqual([]);
    expect(d.fields.map((f) => [f.field.key, f.field.kind])).toEqual([
      ['name', 'text'],
      ['remark', 'category'],
    ]);
  });

  it('slugs and labels', () => {
    expect(slugKey('2024 Anggaran', 'kolom')).toBe('kolom_2024_anggaran');
    expect(slugKey('!!!', 'kolom')).toBe('kolom');
    expect(slugKey('x'.repeat(50), 'k')).toHaveLength(40);
    expect(safeLabel('=HYPERLINK("http://x")', 'k')).toBe('HYPERLINK("http://x")');
    expect(safeLabel('a\tb\nc', 'k')).toBe('a b c');
    expect(safeLabel('  ', 'Kolom 2')).toBe('Kolom 2');
  });
});
