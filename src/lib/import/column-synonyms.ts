import type { FieldName } from './types';

export interface FieldSynonyms {
  /** Whole-header matches (header keys). */
  exact: string[];
  /** Header keys that contain one of these (as whole `_`-separated words) also match. */
  contains?: string[];
  /** Header keys containing one of these words never match by containment. */
  not?: string[];
}

/** Synonyms in Indonesian and English; tried exact first for every field, then `contains`. */
export const SYNONYMS: Record<FieldName, FieldSynonyms> = {
  kode: {
    exact: [
      'kode',
      'kode_wilayah',
      'kode_kelurahan',
      'kode_kel',
      'kode_desa',
      'kd_kel',
      'kdkel',
      'code',
      'area_code',
      'kelurahan_code',
      'kode_kemendagri',
    ],
    contains: ['kode_wilayah', 'kode_kelurahan'],
  },
  kelurahan: {
    exact: [
      'kelurahan',
      'desa',
      'kel',
      'desa_kelurahan',
      'kelurahan_desa',
      'nama_kelurahan',
      'nama_kel',
      'nama_desa',
      'village',
      'kelurahan_name',
      'kel_desa',
    ],
  },
  kecamatan: { exact: ['kecamatan', 'kec', 'nama_kecamatan', 'district', 'subdistrict'] },
  rw: { exact: ['rw', 'no_rw', 'nomor_rw'] },
  rt: { exact: ['rt', 'no_rt', 'nomor_rt'] },
  rtrw: { exact: ['rt_rw', 'rtrw', 'rt_dan_rw'] },
  lat: {
    exact: [
      'lat',
      'lintang',
      'latitude',
      'y',
      'lat_y',
      'koordinat_y',
      'lat_dd',
      'gps_lat',
      'garis_lintang',
    ],
    contains: ['lintang', 'latitude'],
  },
  lng: {
    exact: [
      'lng',
      'lon',
      'long',
      'bujur',
      'longitude',
      'x',
      'lon_x',
      'lng_x',
      'koordinat_x',
      'gps_lng',
      'gps_lon',
      'garis_bujur',
    ],
    contains: ['bujur', 'longitude'],
  },
  coords: {
    exact: [
      'koordinat',
      'coordinates',
      'coordinate',
      'coords',
      'latlng',
      'lat_lng',
      'lat_long',
      'titik_koordinat',
      'lokasi_koordinat',
      'gps',
    ],
  },
  name: {
    exact: [
      'nama',
      'name',
      'nama_bank_sampah',
      'bank_sampah',
      'nama_unit',
      'unit_name',
      'nama_bsu',
    ],
    contains: ['nama_bank'],
  },
  address: {
    exact: ['alamat', 'address', 'alamat_lengkap', 'lokasi', 'jalan', 'street'],
    contains: ['alamat'],
  },
  type: { exact: ['jenis', 'tipe', 'type', 'kategori_bank_sampah', 'jenis_bank_sampah', 'kind'] },
  status: { exact: ['status', 'status_aktif', 'keaktifan', 'aktif', 'active'] },
  established: {
    exact: [
      'tanggal_berdiri',
      'berdiri',
      'tahun_berdiri',
      'established',
      'founded',
      'tgl_berdiri',
      'tanggal_pendirian',
      'sejak',
    ],
    contains: ['berdiri', 'established'],
  },
  members: {
    exact: ['nasabah', 'jumlah_nasabah', 'anggota', 'jumlah_anggota', 'members', 'member_count'],
    contains: ['nasabah', 'members'],
  },
  kgPerMonth: {
    exact: [
      'kg_per_bulan',
      'kg_bulan',
      'sampah_kg_bulan',
      'kg_per_month',
      'kg_month',
      'volume_kg_bulan',
      'tonase_kg_bulan',
    ],
    contains: ['kg'],
  },
  year: {
    exact: ['tahun', 'year', 'tahun_anggaran', 'ta', 'fiscal_year'],
    contains: ['tahun_anggaran'],
  },
  category: { exact: ['bidang', 'kategori', 'category', 'sektor', 'sector', 'field'] },
  title: {
    exact: [
      'kegiatan',
      'judul',
      'title',
      'nama_kegiatan',
      'judul_kegiatan',
      'activity',
      'uraian',
      'uraian_kegiatan',
      'project',
      'nama_proyek',
    ],
    contains: ['kegiatan'],
  },
  budgetRp: {
    exact: [
      'anggaran',
      'pagu',
      'nilai',
      'budget',
      'anggaran_rp',
      'budget_rp',
      'biaya',
      'nominal',
      'dana',
    ],
    contains: ['anggaran', 'budget', 'pagu'],
  },
  progress: {
    exact: ['progres', 'progress', 'realisasi_fisik', 'progres_fisik', 'persentase', 'capaian'],
    contains: ['progres', 'progress'],
  },
  date: {
    exact: ['tanggal', 'date', 'tgl', 'tanggal_kunjungan', 'tgl_kunjungan', 'visit_date', 'waktu'],
    contains: ['tanggal', 'tgl'],
  },
  patientId: {
    exact: [
      'id_pasien',
      'pasien',
      'kode_pasien',
      'patient_id',
      'patient',
      'no_pasien',
      'pseudonim',
      'pseudonym',
    ],
    contains: ['pasien', 'patient'],
    // "nama_pasien" is a name, never an id.
    not: ['nama', 'name', 'nik', 'alamat', 'address', 'umur', 'usia', 'age'],
  },
  service: {
    exact: ['layanan', 'jenis_layanan', 'service', 'tindakan', 'pelayanan', 'jenis_tindakan'],
    contains: ['layanan'],
  },
  group: {
    exact: ['kelompok', 'kelompok_pasien', 'kategori_pasien', 'patient_group', 'group', 'sasaran'],
    contains: ['kelompok'],
  },
  total: {
    exact: [
      'penduduk',
      'jumlah_penduduk',
      'total',
      'populasi',
      'population',
      'jiwa',
      'jumlah_jiwa',
      'total_population',
    ],
    contains: ['penduduk', 'population'],
  },
  elderly: {
    exact: ['lansia', 'jumlah_lansia', 'elderly', 'penduduk_lansia', 'usia_60'],
    contains: ['lansia', 'elderly'],
  },
  source: { exact: ['sumber', 'source', 'sumber_data', 'data_source'] },
  rtCount: { exact: ['jumlah_rt', 'rt_count', 'banyak_rt'] },
  rwCount: { exact: ['jumlah_rw', 'rw_count', 'banyak_rw'] },
};
