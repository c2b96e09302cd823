import { PLACE_SYNONYMS } from './column-synonyms-place';
import type { FieldName } from './types';

export interface FieldSynonyms {
  /** Whole-header matches (header keys). */
  exact: string[];
  /** Header keys that contain one of these (as whole `_`-separated words) also match. */
  contains?: string[];
  /** Header keys whose first word is one of these match ("nama_pos", "NamaBankSampah"). */
  first?: string[];
  /** Header keys whose last word is one of these match ("bank_sampah_nama"). */
  last?: string[];
  /** Header keys containing one of these words never match by `contains`, `first` or `last`. */
  not?: string[];
}

/** Words that make a "nama …" header a person's or a region's name, not the site's. */
const NOT_SITE_NAME = [
  'kelurahan',
  'desa',
  'kel',
  'kecamatan',
  'kec',
  'kota',
  'kabupaten',
  'provinsi',
  'ketua',
  'pengelola',
  'pemilik',
  'petugas',
  'penanggung',
  'pj',
  'kontak',
  'contact',
  'pasien',
  'patient',
  'jalan',
  'kepala',
  'pimpinan',
  'direktur',
  'kader',
  'operator',
  'file',
];

/**
 * Synonyms in Indonesian and English; tried exact first for every field, then the word rules
 * (`contains`, `first`, `last`) field by field.
 */
export const SYNONYMS: Record<FieldName, FieldSynonyms> = {
  ...PLACE_SYNONYMS,
  name: {
    exact: [
      'nama',
      'name',
      'nama_bank_sampah',
      'bank_sampah',
      'nama_unit',
      'unit_name',
      'nama_bsu',
      // NAMOBJ ("nama objek") is the name attribute of BIG's topographic (RBI) layers.
      'namobj',
      'nama_objek',
      'nama_pos',
      'nama_kantor',
      // A list of kelurahan offices names them "Kantor Kelurahan …": a name, not a kelurahan.
      'kantor_kelurahan',
      'kantor_desa',
      'nama_lokasi',
      'nama_tempat',
      'nama_fasilitas',
    ],
    contains: ['nama_bank', 'bank_sampah'],
    first: ['nama', 'name', 'namobj'],
    last: ['nama', 'name'],
    not: NOT_SITE_NAME,
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
    // A birth date is personal data, never the visit date.
    not: ['lahir', 'birth', 'berdiri'],
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
    not: ['nama', 'name', 'nik', 'alamat', 'address', 'umur', 'usia', 'age', 'lahir', 'birth'],
  },
  service: {
    exact: ['layanan', 'jenis_layanan', 'service', 'tindakan', 'pelayanan', 'jenis_tindakan'],
    contains: ['layanan'],
  },
  personName: {
    exact: [
      'nama',
      'name',
      'nama_pasien',
      'patient_name',
      'nama_lengkap',
      'full_name',
      'nama_klien',
      'nama_sasaran',
      'nama_lansia',
      'nama_penerima',
    ],
    first: ['nama', 'name'],
    last: ['nama', 'name'],
    not: [...NOT_SITE_NAME.filter((w) => w !== 'pasien' && w !== 'patient'), 'perawat', 'dokter'],
  },
  birthDate: {
    exact: [
      'tanggal_lahir',
      'tgl_lahir',
      'tgllahir',
      'birth_date',
      'date_of_birth',
      'birthdate',
      'dob',
    ],
    contains: ['lahir', 'birth'],
    not: ['tempat'],
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
