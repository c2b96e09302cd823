import { describe, expect, it } from 'vitest';
import {
  BackupFormatError,
  csvCell,
  parseBackup,
  recordsToCsv,
  recordsToGeoJson,
  serializeBackup,
  type Backup,
  type RecordsByTarget,
} from '../../src/lib/export/index';
import { checkRow, TABLE_SCHEMAS } from '../../src/lib/export/backup-schema';
import {
  readImportFile,
  type ImportTarget,
  type ImportedRecords,
} from '../../src/lib/import/index';
import { gazetteer, options, readFixture } from './import-helpers';

const names = new Map(gazetteer.map((g) => [g.kode, g.nama]));

/** Accepted records of a fixture, given the provenance storage would add. */
async function stored<T extends ImportTarget>(
  target: T,
  file: string,
): Promise<RecordsByTarget[T][]> {
  const report = await readImportFile(file, readFixture(file), options({ program: target }));
  return report.records
    .filter((r) => r.record !== undefined)
    .map((r) => ({
      ...(r.record as ImportedRecords[T]),
      id: `imp-1:${r.row}`,
      batchId: 'imp-1',
      sourceFile: file,
      createdAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-05-01T00:00:00.000Z',
    })) as unknown as RecordsByTarget[T][];
}

describe('CSV export', () => {
  it('guards formula-like text (OWASP) but never numbers', () => {
    expect(csvCell('=SUM(A1)', ',', true)).toBe("'=SUM(A1)");
    expect(csvCell('+62 812', ',', true)).toBe("'+62 812");
    expect(csvCell('@cmd', ',', true)).toBe("'@cmd");
    expect(csvCell('-7.8', ',', false)).toBe('-7.8');
    expect(csvCell('a,b', ',', true)).toBe('"a,b"');
    expect(csvCell('say "hi"\nbye', ',', true)).toBe('"say ""hi""\nbye"');
    expect(csvCell('a;b', ',', true)).toBe('a;b');
  });

  it('writes a stable header, CRLF lines and a BOM', async () => {
    const records = await stored('bank_sampah', 'bank-sampah-id.csv');
    const csv = recordsToCsv('bank_sampah', records, { names });
    expect(csv.startsWith('\ufeffid,nama,kode,kelurahan,rw,rt,alamat,lat,lng,jenis,status,')).toBe(
      true,
    );
    expect(csv.split('\r\n')).toHaveLength(records.length + 2);
    expect(csv).toContain(
      ',35.71.01.1005,Sukorame,2,1,Jl. Sukorame,-7.80165,111.977155,unit,aktif,2017-01-01,40,1250.75,',
    );
    expect(recordsToCsv('bank_sampah', [], { bom: false }).startsWith('id,')).toBe(true);
  });

  it('writes Indonesian Excel style with ";" and decimal commas', async () => {
    const records = await stored('bank_sampah', 'bank-sampah-id.csv');
    const csv = recordsToCsv('bank_sampah', records.slice(1, 2), { style: 'excel-id', bom: false });
    expect(csv.split('\r\n')[1]).toBe(
      'imp-1:3;Melati;35.71.01.1005;;2;1;Jl. Sukorame;-7,80165;111,977155;unit;aktif;2017-01-01;40;1250,75;imp-1;bank-sampah-id.csv;3;2024-05-01T00:00:00.000Z;2024-05-01T00:00:00.000Z',
    );
  });

  it('round-trips through the importer (HTML and quotes verbatim)', async () => {
    for (const [target, file] of [
      ['bank_sampah', 'bank-sampah-id.csv'],
      // New categories (issue 10): exported as the file's word, read back as the same category.
      ['bank_sampah', 'rumah-sakit.csv'],
      ['prodamas', 'prodamas-en.csv'],
      ['population', 'population.csv'],
    ] as const) {
      const records = await stored(target, file);
      const csv = recordsToCsv(target, records, { names });
      const again = await readImportFile(
        'export.csv',
        new TextEncoder().encode(csv),
        options({ program: target }),
      );
      const strip = (r: object) => {
        const { sourceRow: _s, ...rest } = r as { sourceRow: number };
        return rest;
      };
      const back = again.records.map((r) => strip(r.record ?? {}));
      const original = records.map((r) => {
        const { id: _i, batchId: _b, sourceFile: _f, createdAt: _c, updatedAt: _u, ...rest } = r;
        return strip(rest);
      });
      expect(back, target).toEqual(original);
    }
  });

  it('leaves Home Care home locations out unless asked', async () => {
    const records = await stored('home_care', 'home-care-id.csv');
    expect(recordsToCsv('home_care', records).split('\r\n')[0]).not.toContain('lat');
    const exact = recordsToCsv('home_care', records, { homeCareLocation: 'exact' });
    expect(exact.split('\r\n')[0]).toContain(',lat,lng,');
  });
});

describe('GeoJSON export', () => {
  it('writes points, null geometry without a location, kelurahan names', async () => {
    const records = await stored('bank_sampah', 'bank-sampah-id.csv');
    const fc = recordsToGeoJson('bank_sampah', records, { names });
    expect(fc.features).toHaveLength(records.length);
    expect(fc.features[1]).toMatchObject({
      id: 'imp-1:3',
      geometry: { type: 'Point', coordinates: [111.977155, -7.80165] },
      properties: {
        nama: 'Melati',
        kode: '35.71.01.1005',
        kelurahan: 'Sukorame',
        kg_per_bulan: 1250.75,
      },
    });
    const noPoint = fc.features.find((f) => f.properties.nama === 'Dewi Sekartaji');
    expect(noPoint?.geometry).toBeNull();
    expect(Object.keys(fc.features[0].properties)).not.toContain('lat');
  });

  it('omits Home Care geometry by default', async () => {
    const records = await stored('home_care', 'home-care-id.csv');
    expect(recordsToGeoJson('home_care', records).features.every((f) => f.geometry === null)).toBe(
      true,
    );
    const exact = recordsToGeoJson('home_care', records, { homeCareLocation: 'exact' });
    expect(exact.features[0].geometry).toEqual({
      type: 'Point',
      coordinates: [112.05653, -7.846732],
    });
  });
});

describe('backup', () => {
  async function backup(): Promise<Backup> {
    return {
      format: 'jangkau-backup',
      version: 1,
      exportedAt: '2024-05-01T00:00:00.000Z',
      schemaVersion: 3,
      tables: {
        bankSampah: await stored('bank_sampah', 'bank-sampah-id.csv'),
        prodamas: await stored('prodamas', 'prodamas-en.csv'),
        homeCare: await stored('home_care', 'home-care-id.csv'),
        population: await stored('population', 'population.csv'),
        batches: [
          {
            id: 'imp-1',
            program: 'bank_sampah',
            sourceFile: 'bank-sampah-id.csv',
            createdAt: '2024-05-01T00:00:00.000Z',
            rowCount: 13,
            kind: 'import',
          },
        ],
        meta: [{ key: 'settings', value: { radiusM: 500, nested: [0.1 + 0.2] } }],
      },
    };
  }

  it('restores exactly', async () => {
    const b = await backup();
    const text = serializeBackup(b);
    expect(parseBackup(text)).toEqual(b);
    expect(parseBackup(`\ufeff${text}`)).toEqual(b);
    expect(JSON.stringify(parseBackup(text))).toBe(JSON.stringify(b));
  });

  it.each([
    ['not JSON', (t: string) => t.slice(0, -5), 'not JSON'],
    ['another file', () => '{"type":"FeatureCollection"}', 'not a Jangkau backup'],
    [
      'a newer version',
      (t: string) => t.replace('"version":1', '"version":3'),
      'unsupported backup version 3',
    ],
  ])('rejects %s', async (_label, mutate, message) => {
    const text = serializeBackup(await backup());
    expect(() => parseBackup(mutate(text))).toThrow(message);
  });

  it('checks every field of every row and lists the problems', async () => {
    const b = await backup();
    const bad = structuredClone(b) as unknown as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    bad.tables.bankSampah[0].status = 'maybe';
    bad.tables.bankSampah[1].lat = 200;
    bad.tables.prodamas[0].extra = 1;
    bad.tables.homeCare[1].id = bad.tables.homeCare[0].id;
    delete bad.tables.population[0].kode;
    try {
      parseBackup(JSON.stringify(bad));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BackupFormatError);
      expect((e as BackupFormatError).problems).toEqual([
        'bankSampah[0]: bad status: "maybe"',
        'bankSampah[1]: bad lat: 200',
        'prodamas[0]: unknown field extra',
        `homeCare[1]: duplicate id ${b.tables.homeCare[0].id}`,
        'population[0]: missing kode',
      ]);
    }
  });
});

describe('backups of new categories', () => {
  it('accept the file’s own category word as text, and nothing else there', async () => {
    const [hospital] = await stored('bank_sampah', 'rumah-sakit.csv');
    expect(hospital).toMatchObject({ type: 'lainnya', newType: 'Rumah Sakit' });
    expect(checkRow(hospital, TABLE_SCHEMAS.bankSampah)).toBeNull();
    expect(checkRow({ ...hospital, newType: 7 }, TABLE_SCHEMAS.bankSampah)).toBe('bad newType: 7');
  });
});
