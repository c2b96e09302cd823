import type { ColumnMapping, FieldName, ImportTarget } from './types';
import { normaliseWords } from './values';

/** Header key: `normaliseWords` with underscores ("Jumlah Nasabah (orang)" → "jumlah_nasabah_orang"). */
export function headerKey(header: string): string {
  return normaliseWords(header).replace(/ /g, '_');
}

interface FieldSynonyms {
  /** Whole-header matches (header keys). */
  exact: string[];
  /** Header keys that contain one of these (as whole `_`-separated words) also match. */
  contains?: string[];
}

/** Synonyms in Indonesian and English; tried exact first for every field, then `contains`. */
const SYNONYMS: Record<FieldName, FieldSynonyms> = {
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

/** Fields shared by every target. */
const COMMON: FieldName[] = [
  'kode',
  'kelurahan',
  'kecamatan',
  'rw',
  'rt',
  'rtrw',
  'lat',
  'lng',
  'coords',
];

/** Fields each target reads, in report order. */
export const TARGET_FIELDS: Record<ImportTarget, FieldName[]> = {
  bank_sampah: [
    ...COMMON,
    'name',
    'address',
    'type',
    'status',
    'established',
    'members',
    'kgPerMonth',
  ],
  prodamas: [...COMMON, 'year', 'category', 'title', 'budgetRp', 'progress'],
  home_care: [...COMMON, 'date', 'patientId', 'service', 'group'],
  population: [
    'kode',
    'kelurahan',
    'kecamatan',
    'year',
    'total',
    'elderly',
    'source',
    'rtCount',
    'rwCount',
  ],
};

/** Fields that point to one target when detecting the programme from headers. */
const SIGNATURE: Record<ImportTarget, FieldName[]> = {
  bank_sampah: ['name', 'type', 'status', 'established', 'members', 'kgPerMonth'],
  prodamas: ['category', 'title', 'budgetRp', 'progress'],
  home_care: ['date', 'patientId', 'service', 'group'],
  population: ['total', 'elderly', 'rtCount', 'rwCount'],
};

/** Maps headers to fields for one target: exact synonyms first, then word containment. */
export function detectMapping(headers: readonly string[], target: ImportTarget): ColumnMapping {
  const fields = TARGET_FIELDS[target];
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const i = keys.findIndex((k, idx) => !used.has(idx) && SYNONYMS[field].exact.includes(k));
    if (i >= 0) {
      mapping[field] = headers[i];
      used.add(i);
    }
  }
  for (const field of fields) {
    if (mapping[field] !== undefined) continue;
    const words = SYNONYMS[field].contains ?? [];
    const i = keys.findIndex(
      (k, idx) => !used.has(idx) && words.some((w) => `_${k}_`.includes(`_${w}_`)),
    );
    if (i >= 0) {
      mapping[field] = headers[i];
      used.add(i);
    }
  }
  return mapping;
}

/**
 * The target whose signature fields the headers match best, or null when none or a tie. Population
 * needs its own signature; programmes also win ties against it.
 */
export function detectTarget(headers: readonly string[]): ImportTarget | null {
  let best: ImportTarget | null = null;
  let bestScore = 0;
  let tie = false;
  for (const target of Object.keys(SIGNATURE) as ImportTarget[]) {
    const mapping = detectMapping(headers, target);
    const score = SIGNATURE[target].filter((f) => mapping[f] !== undefined).length;
    if (score > bestScore) [best, bestScore, tie] = [target, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/** Makes headers unique ("nama", "nama (2)") and names blank ones by position ("kolom 3"). */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() === '' ? `kolom ${i + 1}` : h.trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
