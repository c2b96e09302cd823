import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatMessage,
  readImportFile,
  type ImportedDefinedRecord,
  type ImportReport,
} from '../../src/lib/import/index';
import type { ProgramDefinition } from '../../src/lib/programs/definition';
import { checkCustomProgram, SHIPPED_PROGRAMS } from '../../src/lib/programs/registry';
import { deepFreeze, fixture, options, readFixture } from './import-helpers';

/**
 * Issue 10 §6 (last bullet) and the import half of §1/§3/§4: files imported through a programme
 * definition. Every expectation below is worked out by hand from the fixture rows and the
 * definitions (src/lib/programs/presets.ts), not from running the import.
 */
const preset = (id: string) => SHIPPED_PROGRAMS.find((p) => p.id === id) as ProgramDefinition;
const read = (name: string, definition: ProgramDefinition) =>
  readImportFile(name, deepFreeze(readFixture(name)), options({ definition }));
const values = (r: ImportReport) =>
  r.records.map((x) => (x.record as ImportedDefinedRecord | undefined)?.values ?? null);
const rowCodes = (r: ImportReport) => r.records.map((x) => x.messages.map((m) => m.code));
const counts = (r: ImportReport) => [r.rows, r.accepted, r.rejected, r.warnings, r.canWrite];

describe('Emas spots (a site preset)', () => {
  it('merges a new venue into a listed one when the user says so (the mapping editor)', async () => {
    const merged = await readImportFile(
      'emas-spots.csv',
      deepFreeze(readFixture('emas-spots.csv')),
      options({
        definition: preset('emas'),
        // "musala" in any case or spacing is the word; a merge into an unlisted key is ignored.
        valueMerges: { venue: { ' MUSALA ': 'tpq' }, status: { x: 'nope' } },
      }),
    );
    const row = merged.records[2];
    expect((row.record as ImportedDefinedRecord).values.venue).toBe('tpq');
    expect((row.record as ImportedDefinedRecord).newValues).toBeUndefined();
    expect(row.messages.map((m) => m.code)).toEqual([]);
  });

  it('finds the Indonesian headers, reads counts with thousand dots and keeps a new venue', async () => {
    const r = await read('emas-spots.csv', preset('emas'));
    expect(r.program).toBeNull();
    expect(r.definitionId).toBe('emas');
    expect(r.fieldMapping?.used).toEqual({
      name: 'Nama Spot',
      venue: 'Tempat',
      classes: 'Kelas',
      participants: 'Peserta',
    });
    expect(r.mapping.used).toEqual({ kelurahan: 'Kelurahan' });
    // Rows 2, 3, 4, 6, 7 accepted (4, 6, 7 warned); row 5 has no spot name.
    expect(counts(r)).toEqual([6, 5, 1, 3, true]);
    // No status column: every spot is of the first active value, said once for the file.
    expect(formatMessage(r.fileMessages[0], 'en')).toBe(
      'No Status column; every row is set to "Active".',
    );
    expect(r.records.map((x) => x.kode)).toEqual([
      '35.71.01.1004', // Pojok
      '35.71.01.1006', // Bujel
      '35.71.01.1008', // Mrican
      '35.71.03.1003', // Tosaren
      '35.71.03.1002', // Pakunden
      '35.71.01.1004', // Pojok
    ]);
    expect(values(r)).toEqual([
      { name: 'Spot Melati', venue: 'pos_kamling', classes: 2, participants: 25, status: 'aktif' },
      { name: 'Spot Al-Ikhlas', venue: 'tpq', classes: 1, participants: 18, status: 'aktif' },
      // "Musala" is no listed venue: kept, grouped under `lainnya`.
      { name: 'Spot Kenanga', venue: 'lainnya', classes: 1, participants: 12, status: 'aktif' },
      null,
      // Hostile text stays text, verbatim; "rumah ketua rt" is the name of `rumah_rt`; "1.250" = 1250.
      {
        name: 'Spot <script>alert(1)</script>',
        venue: 'rumah_rt',
        classes: 3,
        participants: 1250,
        status: 'aktif',
      },
      // The key itself ("pos_kamling") is a value's word too.
      { name: 'SPOT  melati', venue: 'pos_kamling', classes: 1, participants: 20, status: 'aktif' },
    ]);
    expect((r.records[2].record as ImportedDefinedRecord).newValues).toEqual({ venue: 'Musala' });
    expect(rowCodes(r)).toEqual([
      [],
      [],
      ['category_new'],
      ['required'],
      ['markup_text'],
      ['duplicate'],
    ]);
    const en = (row: number) => r.records[row].messages.map((m) => formatMessage(m, 'en'));
    expect(en(2)).toEqual([
      'Venue: "Musala" is not a known category; kept as a new category (grouped as "other") until merged into a known one.',
    ]);
    expect(r.records[3].messages.map((m) => formatMessage(m, 'id'))).toEqual(['Nama spot kosong.']);
    expect(en(4)).toEqual([
      'Spot name holds HTML/script-like text; it is stored verbatim as plain text.',
    ]);
    // Same kelurahan, same name but for case and spacing: a likely duplicate of row 2.
    expect(r.records[5].messages[0].params).toEqual({ row: 2 });
    expect(r.records[0].record).toMatchObject({ program: 'emas', sourceRow: 2, rt: null });
  });
});

describe('Kurnia loans (an activity preset with amounts)', () => {
  it('reads "Rp 25.000.000", "100 jt", "25 jt" and "1,25 jt"; a bad status rejects its row', async () => {
    const r = await read('kurnia-loans.csv', preset('kurnia'));
    // Rows 2, 3, 4, 6 accepted (4 warned); 5 has no amount, 7 an unknown status.
    expect(counts(r)).toEqual([6, 4, 2, 1, true]);
    expect(values(r)).toEqual([
      {
        borrower: 'umkm',
        business: 'kuliner',
        amountRp: 25_000_000,
        start: '2022-03-12',
        status: 'berjalan',
      },
      {
        borrower: 'koperasi',
        business: 'kerajinan',
        amountRp: 100_000_000,
        start: '2022-04-01',
        status: 'lunas',
      },
      {
        borrower: 'umkm',
        business: 'lainnya',
        amountRp: 25_000_000,
        start: '2022-05-09',
        status: 'berjalan',
      },
      null,
      // "Dagang" is the key of Perdagangan; a blank optional status with no `active` is null.
      {
        borrower: 'umkm',
        business: 'dagang',
        amountRp: 1_250_000,
        start: '2022-06-15',
        status: null,
      },
      null,
    ]);
    expect(rowCodes(r)).toEqual([[], [], ['category_new'], ['required'], [], ['enum_invalid']]);
    expect(formatMessage(r.records[3].messages[0], 'en')).toBe('Loan amount is empty.');
    const status = r.records[5].messages[0];
    expect(formatMessage(status, 'en')).toBe(
      'Status: "Selesai" is not recognised (choices: Running, Repaid, In default).',
    );
    expect(formatMessage(status, 'id')).toBe(
      'Status: "Selesai" tidak dikenal (pilihan: Berjalan, Lunas, Macet).',
    );
  });

  it('never reads a borrower name column of this personal-class programme', async () => {
    const r = await read('kurnia-loans.csv', preset('kurnia'));
    expect(r.fileMessages.map((m) => m.code)).toEqual(['personal_columns', 'unknown_columns']);
    expect(r.fileMessages[0].params).toEqual({ columns: 'Nama Peminjam' });
    expect(JSON.stringify(r.records)).not.toContain('Siti Uji');
  });
});

describe('E-SPTPD tax objects (an activity preset, required category)', () => {
  it('matches tax types by either language, reads RT/RW in the address, rejects an unknown tax type', async () => {
    const r = await read('e-sptpd.csv', preset('e_sptpd'));
    expect(counts(r)).toEqual([4, 3, 1, 0, true]);
    expect(r.mapping.used).toEqual({ kelurahan: 'Kelurahan', address: 'Alamat' });
    expect(values(r)).toEqual([
      {
        name: 'Hotel Uji Kediri',
        taxType: 'hotel',
        period: '2024-01-31',
        taxRp: 12_500_000,
        filing: 'daring',
      },
      // "parking" is the English name of `parkir`; "1.500.000" is grouped thousands.
      {
        name: 'Parkir Uji Pasar',
        taxType: 'parkir',
        period: '2024-02-29',
        taxRp: 1_500_000,
        filing: 'manual',
      },
      null,
      // "RESTORAN" in capitals; "Rp 3.000.000,-" with its dash.
      {
        name: 'Resto Uji',
        taxType: 'restoran',
        period: '2024-03-31',
        taxRp: 3_000_000,
        filing: 'daring',
      },
    ]);
    expect(r.records[0].record).toMatchObject({ kode: '35.71.02.1002', rt: 2, rw: 5 });
    expect(rowCodes(r)).toEqual([['rtrw_from_address'], [], ['enum_invalid'], []]);
    expect(formatMessage(r.records[2].messages[0], 'en')).toBe(
      'Tax type: "Karaoke" is not recognised (choices: Hotel, Restaurant, Entertainment, Parking, Groundwater, Street lighting (non-PLN)).',
    );
  });
});

describe('a custom "Puskesmas" definition (UTM 49S metres)', () => {
  const definition = () => {
    const checked = checkCustomProgram(
      JSON.parse(readFileSync(fixture('puskesmas.definition.json'), 'utf8')),
    );
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    return checked.definition;
  };

  it('reprojects X/Y through the projected-coordinates path and places each centre', async () => {
    const r = await read('puskesmas.csv', definition());
    expect(counts(r)).toEqual([3, 3, 0, 1, true]);
    expect(r.fileMessages.find((m) => m.code === 'utm_zone_guessed')?.params).toEqual({
      crs: 'UTM 49S (EPSG:32749)',
    });
    // The fixture's metres are those of kantor-kelurahan-xy.csv, computed from these interior
    // points with Snyder's series (see import-real-files.test.ts), independently of proj4.
    const expected: [string, number, number][] = [
      ['35.71.01.1008', 111.9983, -7.780969], // Mrican
      ['35.71.03.1002', 112.034861, -7.842708], // Pakunden
      ['35.71.01.1004', 111.966391, -7.813231], // Pojok
    ];
    r.records.forEach((x, i) => {
      expect(x.kode).toBe(expected[i][0]);
      expect(Math.abs((x.lng ?? 0) - expected[i][1])).toBeLessThan(1e-6);
      expect(Math.abs((x.lat ?? 0) - expected[i][2])).toBeLessThan(1e-6);
    });
    expect(values(r)).toEqual([
      { name: 'Puskesmas Uji Mrican', address: 'Jl. Uji 3, RT 01 RW 02', care: 'rawat_inap' },
      { name: 'Puskesmas Uji Pakunden', address: 'Jl. Uji 4', care: 'non_rawat_inap' },
      // No "other" value to group "Pustu" under: null, with the word kept.
      { name: 'Puskesmas Uji Pojok', address: 'Jl. Uji 5', care: null },
    ]);
    expect(r.records[0].record).toMatchObject({ rt: 1, rw: 2 });
    expect((r.records[2].record as ImportedDefinedRecord).newValues).toEqual({ care: 'Pustu' });
    expect(formatMessage(r.records[2].messages[1], 'id')).toBe(
      'Jenis: "Pustu" bukan kategori yang dikenal; disimpan sebagai kategori baru sampai digabung ke kategori yang ada.',
    );
  });

  it('reads a GeoJSON whose crs member names UTM 49S, the name from NAMOBJ', async () => {
    const r = await read('kantor-kelurahan-utm49s.geojson', definition());
    expect(r.fileMessages[0].code).toBe('crs_reprojected');
    expect(r.fieldMapping?.used).toEqual({ name: 'NAMOBJ' });
    // Balowerti, Pojok, Tosaren: the points of import-real-files.test.ts.
    expect(r.records.map((x) => x.kode)).toEqual([
      '35.71.02.1002',
      '35.71.01.1004',
      '35.71.03.1003',
    ]);
    expect(values(r)[0]).toEqual({ name: 'Kantor Kelurahan Balowerti', address: null, care: null });
  });
});
