import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PROGRAM_FORMAT, type ProgramDefinition } from '../programs/definition';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import {
  definedDuplicateKey,
  formatMessage,
  readImportFile,
  type ImportedDefinedRecord,
  type ImportOptions,
  type ImportReport,
} from './index';

const enc = (text: string) => new TextEncoder().encode(text);
const gazetteer = [
  { kode: '35.71.01.1004', nama: 'Pojok', kode_kec: '35.71.01', nama_kec: 'Mojoroto' },
  { kode: '35.71.01.1006', nama: 'Bujel', kode_kec: '35.71.01', nama_kec: 'Mojoroto' },
];
const emas = SHIPPED_PROGRAMS.find((p) => p.id === 'emas') as ProgramDefinition;
const kurnia = SHIPPED_PROGRAMS.find((p) => p.id === 'kurnia') as ProgramDefinition;
const check = (csv: string, definition: ProgramDefinition, extra: Partial<ImportOptions> = {}) =>
  readImportFile('t.csv', enc(csv), { gazetteer, definition, ...extra });
const values = (r: ImportReport) =>
  r.records.map((x) => (x.record as ImportedDefinedRecord | undefined)?.values ?? null);
const rowCodes = (r: ImportReport) => r.records.map((x) => x.messages.map((m) => m.code));

/** A personal service as a user would define it: visits to elderly residents. */
const visits: ProgramDefinition = {
  format: PROGRAM_FORMAT,
  version: 1,
  id: 'posyandu_lansia',
  origin: 'custom',
  names: { id: 'Kunjungan lansia', en: 'Elderly visits' },
  archetype: 'personal',
  privacy: 'personal',
  fields: [
    { key: 'personId', names: { id: 'ID lansia', en: 'Elder id' }, kind: 'text', required: true },
    {
      key: 'date',
      names: { id: 'Tanggal kunjungan', en: 'Visit date' },
      kind: 'date',
      required: true,
    },
  ],
  index: [
    {
      id: 'lansia_reach',
      names: { id: 'Lansia dikunjungi', en: 'Elders visited' },
      metric: 'persons_per_1k',
      field: 'personId',
      weight: 1,
    },
  ],
  color: [0, 0, 0],
};
const KEY = Uint8Array.from({ length: 16 }, (_, i) => i);
/** `ps-` + the first 16 hex digits of HMAC-SHA-256, computed here with Node's own crypto. */
const pseudonym = (name: string, kode: string, birth: string) =>
  `ps-${createHmac('sha256', Buffer.from(KEY))
    .update([name, kode, birth].join('\u001f'))
    .digest('hex')
    .slice(0, 16)}`;

describe('a personal programme never stores a name', () => {
  const csv =
    'Nama Lansia;Tanggal Lahir;Tanggal Kunjungan;Kelurahan\nSiti  UJI;01/02/1950;12/01/2024;Pojok\n';

  it('derives the person id from name, kelurahan and birth date, and reads the birth date for that only', async () => {
    const r = await check(csv, visits, { pseudonymKey: KEY });
    expect(r.accepted).toBe(1);
    // Normalised name "siti uji", Pojok's code, the birth date as ISO.
    expect(values(r)).toEqual([
      { personId: pseudonym('siti uji', '35.71.01.1004', '1950-02-01'), date: '2024-01-12' },
    ]);
    expect(r.fileMessages.map((m) => m.code)).toContain('pseudonym_derived');
    expect(JSON.stringify(r)).not.toMatch(/siti|1950/i);
  });

  it('treats a person column whose header is a name as a name, not an id', async () => {
    const named = {
      ...visits,
      fields: [{ ...visits.fields[0], names: { id: 'Nama', en: 'Name' } }, visits.fields[1]],
    };
    const r = await check('Nama;Tanggal Kunjungan;Kelurahan\nAni Uji;12/01/2024;Bujel\n', named, {
      pseudonymKey: KEY,
    });
    expect(values(r)).toEqual([
      { personId: pseudonym('ani uji', '35.71.01.1006', ''), date: '2024-01-12' },
    ]);
  });

  it('refuses a names-only file without a key, naming the missing column in both languages', async () => {
    const r = await check(csv, visits);
    expect(r.canWrite).toBe(false);
    const missing = r.fileMessages.find((m) => m.code === 'missing_columns');
    expect(missing && formatMessage(missing, 'en')).toBe('Required columns not found: Elder id.');
    expect(missing && formatMessage(missing, 'id')).toBe('Kolom wajib tidak ditemukan: ID lansia.');
  });

  it('rejects an NIK-shaped id', async () => {
    const r = await check(
      'ID Lansia;Tanggal Kunjungan;Kelurahan\n3571010101500001;12/01/2024;Pojok\nL-7;12/01/2024;Pojok\n',
      visits,
    );
    expect(rowCodes(r)).toEqual([['person_id_nik'], []]);
    expect(formatMessage(r.records[0].messages[0], 'en')).toBe(
      'Elder id looks like an NIK; use a pseudonymous id, not the NIK.',
    );
    expect(values(r)[1]).toEqual({ personId: 'L-7', date: '2024-01-12' });
  });
});

describe('statuses and categories of a definition', () => {
  it('gives a blank status the first active value (warned) and rejects an unknown one', async () => {
    const r = await check(
      'Nama Spot;Status;Kelurahan\nA;;Pojok\nB;Closed;Pojok\nC;bubar;Pojok\n',
      emas,
    );
    expect(values(r).map((v) => v?.status ?? null)).toEqual(['aktif', 'tutup', null]);
    expect(rowCodes(r)).toEqual([['default_used'], [], ['enum_invalid']]);
    expect(formatMessage(r.records[0].messages[0], 'id')).toBe('Status kosong; diisi "Aktif".');
  });

  it('leaves a blank optional category null, with no message', async () => {
    const r = await check('Nama Spot;Tempat;Kelurahan\nA;;Pojok\n', emas);
    expect(values(r)).toEqual([
      { name: 'A', venue: null, classes: null, participants: null, status: 'aktif' },
    ]);
    expect(rowCodes(r)).toEqual([[]]);
  });
});

describe('columns of a definition', () => {
  it('finds a name as the built-ins do (NamaSpot, NAMOBJ) and never a birth date as a date', async () => {
    const r = await check('NamaSpot;Kelurahan\nA;Pojok\n', emas);
    expect(r.fieldMapping?.used).toEqual({ name: 'NamaSpot' });
    const rbi = await check('NAMOBJ;Nama Kelurahan\nA;Pojok\n', emas);
    expect(rbi.fieldMapping?.used).toEqual({ name: 'NAMOBJ' });
    expect(rbi.mapping.used).toEqual({ kelurahan: 'Nama Kelurahan' });
    const loans = await check(
      'Plafon;Tanggal Lahir Peminjam;Kelurahan\n5 jt;01/01/1970;Pojok\n',
      kurnia,
    );
    // The disbursal date is required: a birth date must not stand in for it, nor be a borrower.
    expect(loans.fieldMapping?.used).toEqual({ amountRp: 'Plafon' });
    expect(loans.fileMessages.find((m) => m.code === 'missing_columns')?.params).toEqual({
      fields: 'start',
    });
  });

  it('never reads a person’s name as a category (Nama Peminjam is not the borrower)', async () => {
    const r = await check(
      'Nama Peminjam;Plafon;Tanggal Cair;Kelurahan\nSiti Uji;5 jt;01/02/2023;Pojok\n',
      kurnia,
    );
    expect(r.fieldMapping?.used).toEqual({ amountRp: 'Plafon', start: 'Tanggal Cair' });
    expect(r.fileMessages.map((m) => m.code)).toEqual(['personal_columns', 'unknown_columns']);
    expect(JSON.stringify(r.records)).not.toContain('Siti');
  });

  it('finds a preset’s fields by their columns phrases', async () => {
    const r = await check(
      'Nilai Pinjaman;Tanggal Pencairan;Jenis Peminjam;Bidang Usaha;Kelurahan\n25 jt;01/02/2023;koperasi;jasa;Pojok\n',
      kurnia,
    );
    expect(r.fieldMapping?.used).toEqual({
      amountRp: 'Nilai Pinjaman',
      start: 'Tanggal Pencairan',
      borrower: 'Jenis Peminjam',
      business: 'Bidang Usaha',
    });
    expect(values(r)).toEqual([
      {
        borrower: 'koperasi',
        business: 'jasa',
        amountRp: 25_000_000,
        start: '2023-02-01',
        status: null,
      },
    ]);
  });

  it('takes the user’s field mapping over the detected one', async () => {
    const r = await check('Nama Spot;Judul;Kelurahan\nA;Spot B;Pojok\n', emas, {
      fieldMapping: { name: 'Judul' },
    });
    expect(r.fieldMapping?.detected).toEqual({ name: 'Nama Spot' });
    expect(values(r)[0]?.name).toBe('Spot B');
    const bad = await check('Nama Spot;Kelurahan\nA;Pojok\n', emas, {
      fieldMapping: { name: 'X' },
    });
    expect(bad.fileMessages.map((m) => m.code)).toEqual(['mapping_unknown_column']);
  });
});

describe('duplicates of a definition', () => {
  it('flags a loan entered twice (every value the same), not a second loan', async () => {
    const r = await check(
      'Plafon;Tanggal Cair;Kelurahan\n5 jt;01/02/2023;Pojok\nRp 5.000.000;2023-02-01;Pojok\n6 jt;01/02/2023;Pojok\n',
      kurnia,
    );
    expect(rowCodes(r)).toEqual([[], ['duplicate'], []]);
  });

  it('checks against stored keys, asking for them once with the definition', async () => {
    const stored = definedDuplicateKey(emas, {
      kode: '35.71.01.1004',
      values: { name: 'Spot Melati' },
    } as unknown as ImportedDefinedRecord);
    const asked: string[] = [];
    const r = await check('Nama Spot;Kelurahan\nspot melati;Pojok\nLain;Pojok\n', emas, {
      existingDefinedKeys: async (d) => {
        asked.push(d.id);
        return new Set([stored]);
      },
      // Keys of a built-in target's records are never asked for a definition's file.
      existingKeys: async () => {
        asked.push('built-in');
        return new Set();
      },
    });
    expect(asked).toEqual(['emas']);
    expect(rowCodes(r)).toEqual([['duplicate_existing'], []]);
  });
});
