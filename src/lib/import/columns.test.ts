import { describe, expect, it } from 'vitest';
import { detectMapping, detectTarget, headerKey } from './columns';

describe('header keys', () => {
  it.each([
    ['NamaBankSampah', 'nama_bank_sampah'],
    ['IDPasien', 'id_pasien'],
    ['NAMOBJ', 'namobj'],
    ['nama_lokasi_3R/bank_sampah', 'nama_lokasi_3r_bank_sampah'],
    ['desa/kel', 'desa_kel'],
    ['Jumlah Nasabah (orang)', 'jumlah_nasabah_orang'],
  ])('%s → %s', (header, key) => expect(headerKey(header)).toBe(key));
});

describe('columns found by their words', () => {
  it.each([
    ['nama_unit_bank_sampah'],
    ['NamaBankSampah'],
    ['Nama Pos'],
    ['Nama Kantor'],
    ['NAMOBJ'],
    ['nama_lokasi_3R/bank_sampah'],
    ['bank_sampah_nama'],
    ['Nama'],
  ])('"%s" is the name of a bank sampah', (header) => {
    expect(detectMapping([header, 'kelurahan'], 'bank_sampah').name).toBe(header);
  });

  it('never takes a kelurahan or a person for the site name', () => {
    const m = detectMapping(
      ['nama_ketua', 'kemendagri_nama_desa_kelurahan', 'NamaBankSampah'],
      'bank_sampah',
    );
    expect(m).toEqual({
      kelurahan: 'kemendagri_nama_desa_kelurahan',
      name: 'NamaBankSampah',
    });
    expect(detectMapping(['nama_ketua', 'desa'], 'bank_sampah').name).toBeUndefined();
    expect(detectMapping(['Kantor Kelurahan', 'X', 'Y'], 'bank_sampah')).toEqual({
      name: 'Kantor Kelurahan',
      lng: 'X',
      lat: 'Y',
    });
  });

  it('finds kelurahan, code and coordinates by their words', () => {
    expect(
      detectMapping(
        ['Nama', 'desa/kel', 'kode_desa_bps', 'longititude', 'lattitude'],
        'bank_sampah',
      ),
    ).toEqual({
      name: 'Nama',
      kelurahan: 'desa/kel',
      kode: 'kode_desa_bps',
      lng: 'longititude',
      lat: 'lattitude',
    });
    expect(detectMapping(['Nama Pos', 'BT', 'LS'], 'bank_sampah')).toEqual({
      name: 'Nama Pos',
      lng: 'BT',
      lat: 'LS',
    });
    expect(detectMapping(['NAMOBJ', 'X', 'Y'], 'bank_sampah')).toEqual({
      name: 'NAMOBJ',
      lng: 'X',
      lat: 'Y',
    });
    // A kecamatan code or a postal code is not a kelurahan code.
    expect(
      detectMapping(['nama', 'kode_kecamatan', 'kode_pos'], 'bank_sampah').kode,
    ).toBeUndefined();
  });

  it('reads the hospital list of issue 10 as a bank-sampah-shaped site list', () => {
    const headers = ['Nama', 'Jenis', 'longitude', 'latitude'];
    expect(detectTarget(headers)).toBe('bank_sampah');
    expect(detectMapping(headers, 'bank_sampah')).toEqual({
      name: 'Nama',
      type: 'Jenis',
      lng: 'longitude',
      lat: 'latitude',
    });
  });

  it('maps a Home Care name and birth date only when there is no patient id', () => {
    const noId = ['Tanggal Kunjungan', 'Nama Pasien', 'Tgl Lahir', 'Kelurahan'];
    expect(detectTarget(noId)).toBe('home_care');
    expect(detectMapping(noId, 'home_care')).toEqual({
      date: 'Tanggal Kunjungan',
      personName: 'Nama Pasien',
      birthDate: 'Tgl Lahir',
      kelurahan: 'Kelurahan',
    });
    const withId = detectMapping([...noId, 'ID Pasien'], 'home_care');
    expect(withId.patientId).toBe('ID Pasien');
    expect(withId.personName).toBeUndefined();
    expect(withId.birthDate).toBeUndefined();
  });
});
