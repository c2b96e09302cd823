import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatMessage, readImportFile, type ImportReport } from '../../src/lib/import/index';
import { deepFreeze, options, readFixture } from './import-helpers';

/**
 * Issue 10 §6: files the way other offices send them. Fixtures are small, made-up rows; their
 * points are interior points of the kelurahan polygons in geodata/kelurahan.geojson.
 */
const read = (name: string, extra: Parameters<typeof options>[0] = {}) =>
  readImportFile(name, deepFreeze(readFixture(name)), options(extra));
const codes = (r: ImportReport) => r.fileMessages.map((m) => m.code);
const rowCodes = (r: ImportReport) => r.records.map((x) => x.messages.map((m) => m.code));

describe('an unknown optional category is a new category, not a rejected row', () => {
  it('imports the hospital list (Nama, Jenis, longitude, latitude) of issue 10', async () => {
    const r = await read('rumah-sakit.csv');
    expect(r.program).toBe('bank_sampah');
    expect([r.rows, r.accepted, r.rejected, r.canWrite]).toEqual([9, 9, 0, true]);
    const first = r.records[0];
    expect(first.kode).toBe('35.71.01.1004');
    expect(first.record).toMatchObject({ type: 'lainnya', newType: 'Rumah Sakit' });
    expect(first.messages.map((m) => m.code)).toEqual(['kelurahan_from_location', 'category_new']);
    expect(r.records.map((x) => (x.record as { newType?: string }).newType)).toEqual([
      ...Array(5).fill('Rumah Sakit'),
      'Rumah Sakit Ibu dan Anak',
      'Rumah Sakit Ibu dan Anak',
      'Klinik Utama',
      'Rumah Sakit Khusus',
    ]);
    expect(formatMessage(first.messages[1], 'en')).toBe(
      'Type: "Rumah Sakit" is not a known category; kept as a new category (grouped as "other") until merged into a known one.',
    );
  });

  it('keeps a known type known, and an unknown Home Care group as a new group', async () => {
    const csv = 'tanggal;id pasien;kelurahan;kelompok\n12/01/2024;HC-1;Pojok;Pasca stroke\n';
    const r = await readImportFile('g.csv', new TextEncoder().encode(csv), options());
    expect(r.records[0].record).toMatchObject({ group: 'lainnya', newGroup: 'Pasca stroke' });
    expect(r.records[0].status).toBe('warning');
  });
});

describe('projected coordinates', () => {
  // Expected WGS84 points: the fixture's metres were computed from these interior points with
  // Snyder's transverse Mercator series (USGS PP 1395, eqs. 8-9…8-10; WGS84, k0 = 0.9996,
  // central meridian 111° E, false northing 10,000 km), independently of proj4.
  const expected: Record<string, [number, number]> = {
    '35.71.02.1002': [112.014345, -7.808886], // Balowerti
    '35.71.01.1004': [111.966391, -7.813231], // Pojok
    '35.71.03.1003': [112.025368, -7.832933], // Tosaren
    '35.71.01.1008': [111.9983, -7.780969], // Mrican
    '35.71.03.1002': [112.034861, -7.842708], // Pakunden
  };
  const near = (r: ImportReport) =>
    r.records.every((x) => {
      const [lng, lat] = expected[x.kode ?? ''];
      // Metres were rounded to 1 cm: 1e-6° (11 cm) is a generous bound.
      return Math.abs((x.lng ?? 0) - lng) < 1e-6 && Math.abs((x.lat ?? 0) - lat) < 1e-6;
    });

  it('reprojects a GeoJSON whose crs member names UTM 49S', async () => {
    const r = await read('kantor-kelurahan-utm49s.geojson', { program: 'bank_sampah' });
    expect(r.fileMessages[0]).toEqual({
      code: 'crs_reprojected',
      severity: 'info',
      params: { crs: 'UTM 49S (EPSG:32749)' },
    });
    expect(r.records.map((x) => x.kode)).toEqual([
      '35.71.02.1002',
      '35.71.01.1004',
      '35.71.03.1003',
    ]);
    expect(near(r)).toBe(true);
  });

  it('finds the UTM zone of X;Y metres with decimal commas and says which', async () => {
    const r = await read('kantor-kelurahan-xy.csv', { program: 'bank_sampah' });
    expect(r.fileMessages.find((m) => m.code === 'utm_zone_guessed')?.params).toEqual({
      crs: 'UTM 49S (EPSG:32749)',
    });
    expect(r.records.map((x) => x.kode)).toEqual([
      '35.71.01.1008',
      '35.71.03.1002',
      '35.71.01.1004',
    ]);
    expect(near(r)).toBe(true);
    expect(r.accepted).toBe(3);
  });

  it('refuses metres that no Indonesian UTM zone places in the city, and unknown CRSs', async () => {
    const r = await read('metres-nowhere.csv', { program: 'bank_sampah' });
    expect([r.canWrite, r.accepted]).toEqual([false, 0]);
    expect(codes(r)).toContain('projected_not_in_city');
    const geo = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:2056' } },
      features: [{ type: 'Feature', properties: { nama: 'X' }, geometry: null }],
    });
    const bad = await readImportFile('ch.geojson', new TextEncoder().encode(geo), options());
    expect(bad.fileMessages.at(-1)).toMatchObject({
      code: 'crs_unsupported',
      params: { crs: 'EPSG:2056' },
    });
    expect(bad.canWrite).toBe(false);
  });
});

describe('coordinates that lost their decimal point', () => {
  it('restores the one position that lands in the city, and refuses the rest', async () => {
    const r = await read('lost-decimal.csv');
    expect(r.records[0]).toMatchObject({ kode: '35.71.01.1004', lng: 111.966391, lat: -7.813231 });
    expect(r.records[0].messages.map((m) => formatMessage(m, 'en'))).toEqual([
      'Latitude: "-78132310" lost its decimal point; read as -7.813231.',
      'Longitude: "1119663910" lost its decimal point; read as 111.966391.',
      'Kelurahan taken from the location: Pojok.',
    ]);
    // Decimal point and minus both lost: restored, then the sign fixed (Kediri is south).
    expect(r.records[1]).toMatchObject({ kode: '35.71.03.1001', lng: 112.036532, lat: -7.827842 });
    expect(rowCodes(r)[1]).toEqual([
      'decimal_point_fixed',
      'decimal_point_fixed',
      'lat_sign_fixed',
      'kelurahan_from_location',
    ]);
    // -8.5622, 116.426104 (issue 10's example) lies ~450 km east: no position lands here.
    expect(formatMessage(r.records[2].messages[0], 'en')).toBe(
      'Coordinates "-85622000, 1164261040" look as if they lost their decimal point, but no position of it places them in Kota Kediri; location ignored.',
    );
    expect(r.records[2].status).toBe('error');
    expect([r.accepted, r.rejected]).toEqual([2, 1]);
  });
});

describe('BPS and Kemendagri village codes, and RT/RW in addresses', () => {
  it('reads both code forms and the RT/RW inside the address', async () => {
    const r = await read('bank-sampah-bps.csv');
    // BPS 3571030001 is Blabak; Kemendagri 3571031001 (7th digit 1) is Bangsal.
    expect(r.records.map((x) => x.kode)).toEqual([
      '35.71.03.1006',
      '35.71.03.1001',
      '35.71.03.1001',
      null,
    ]);
    expect(formatMessage(r.records[0].messages[0], 'en')).toBe(
      'BPS village code 3571030001 read as Kemendagri code 35.71.03.1006 (Blabak).',
    );
    expect(rowCodes(r)[3]).toEqual(['kode_bps_unknown', 'rtrw_from_address']);
    for (const x of r.records.slice(0, 3)) expect(x.record).toMatchObject({ rt: 2, rw: 5 });
  });
});

describe('RT/RW in a Prodamas location text', () => {
  it('is read when the file has no RT/RW columns', async () => {
    const csv =
      'tahun;bidang;kegiatan;anggaran;progres;kelurahan;lokasi\n' +
      '2024;infrastruktur;Paving;50000000;100;Pojok;RT.003 RW.002 dekat masjid\n';
    const r = await readImportFile('p.csv', new TextEncoder().encode(csv), options());
    expect(r.program).toBe('prodamas');
    expect(r.records[0].record).toMatchObject({ rt: 3, rw: 2, kode: '35.71.01.1004' });
    expect(formatMessage(r.records[0].messages[0], 'id')).toBe('RT 3 / RW 2 diambil dari alamat.');
  });
});

describe('a file about another city', () => {
  it('gets one file message when all codes are another kab/kota’s', async () => {
    const r = await read('bekasi.csv');
    expect([r.rows, r.accepted, r.rejected, r.canWrite, r.records.length]).toEqual([
      3,
      0,
      3,
      false,
      0,
    ]);
    expect(r.fileMessages.filter((m) => m.severity === 'error')).toEqual([
      { code: 'file_other_region', severity: 'error', params: { regions: '32.75' } },
    ]);
  });

  it('gets one file message when every kecamatan is another town’s, even if names match ours', async () => {
    // Kota Blitar (BPS MFD 2014): Pakunden is in Kec. Sukorejo, Ngadirejo in Kec. Kepanjenkidul.
    const csv = 'nama,kelurahan,kecamatan\nBS A,Pakunden,Sukorejo\nBS B,Ngadirejo,Kepanjenkidul\n';
    const r = await readImportFile('blitar.csv', new TextEncoder().encode(csv), options());
    expect(r.fileMessages.filter((m) => m.severity === 'error')).toEqual([
      {
        code: 'file_other_kecamatan',
        severity: 'error',
        params: { values: 'Sukorejo, Kepanjenkidul' },
      },
    ]);
    expect(r.accepted).toBe(0);
  });

  it('reads "Kota Kediri" in a kecamatan column as Kecamatan Kota', async () => {
    const csv = 'nama,kelurahan,kecamatan\nBS A,Semampir,Kota Kediri\nBS B,Pojok,Kota Kediri\n';
    const r = await readImportFile('k.csv', new TextEncoder().encode(csv), options());
    expect(rowCodes(r)).toEqual([[], ['kecamatan_mismatch']]);
    expect(r.accepted).toBe(2);
  });

  it('gets one file message when every point is outside and no kelurahan is ours', async () => {
    const r = await read('outside-points.csv');
    expect(r.fileMessages.filter((m) => m.severity === 'error')).toEqual([
      { code: 'file_outside_city', severity: 'error', params: { points: 3 } },
    ]);
    expect([r.accepted, r.canWrite]).toEqual([0, false]);
  });
});

describe('a Home Care list with names but no id and no service', () => {
  const key = new Uint8Array(32).map((_, i) => i + 1);
  // Independent HMAC (node:crypto, not Web Crypto) over the input the rule defines: normalised
  // name, kelurahan code, ISO birth date, joined by U+001F.
  const id = (input: string) =>
    `ps-${createHmac('sha256', key).update(input, 'utf8').digest('hex').slice(0, 16)}`;

  it('derives pseudonymous ids, stores no name, and counts the visits as unspecified', async () => {
    const r = await read('home-care-names.csv', { pseudonymKey: key });
    expect(codes(r)).toEqual([
      'program_detected',
      'column_defaulted',
      'column_defaulted',
      'pseudonym_derived',
    ]);
    expect(r.fileMessages[1]).toMatchObject({ field: 'service', params: { value: 'unspecified' } });
    const ids = r.records.map((x) => (x.record as { patientId?: string } | undefined)?.patientId);
    const siti = id('siti aminah\u001f35.71.01.1004\u001f1950-04-12');
    expect(ids).toEqual([
      siti,
      siti, // "SITI  AMINAH", same birth date: the same person
      id('siti aminah\u001f35.71.01.1004\u001f'),
      id('budi santoso\u001f35.71.01.1006\u001f1945-01-01'),
      undefined, // no name: nothing to derive from
    ]);
    expect(rowCodes(r)[4]).toEqual(['required']);
    expect(r.records[0].record).toMatchObject({ service: 'unspecified', group: 'lainnya' });
    const text = JSON.stringify(r);
    for (const secret of ['Siti', 'SITI', 'Aminah', 'Budi', 'Santoso', '1950', '1945'])
      expect(text).not.toContain(secret);
  });

  it('is refused for lacking a patient id when no key is given', async () => {
    const r = await read('home-care-names.csv');
    expect(r.fileMessages.at(-1)).toMatchObject({
      code: 'missing_columns',
      params: { fields: 'patientId' },
    });
  });
});
