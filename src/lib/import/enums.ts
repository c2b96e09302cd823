import type {
  BankSampahStatus,
  BankSampahType,
  HomeCareGroup,
  HomeCareService,
  ProdamasCategory,
} from '../model/records';
import { synonyms } from './row-checker';

/** Words accepted for each enum value, Indonesian and English (normalised on lookup). */
export const BANK_SAMPAH_TYPE_WORDS = synonyms<BankSampahType>({
  unit: [
    'bsu',
    'bank sampah unit',
    'komunitas',
    'masyarakat',
    'community',
    'warga',
    'rw',
    'rt',
    'kelompok',
  ],
  sekolah: ['school', 'bank sampah sekolah', 'sd', 'smp', 'sma', 'smk', 'madrasah', 'kampus'],
  pasar: ['market', 'bank sampah pasar'],
  induk: ['bsi', 'bank sampah induk', 'central', 'main', 'pusat', 'hub'],
  lainnya: ['lain lain', 'lain', 'other', 'others'],
});

export const BANK_SAMPAH_STATUS_WORDS = synonyms<BankSampahStatus>({
  aktif: ['active', 'ya', 'y', 'yes', '1', 'true', 'berjalan', 'beroperasi'],
  tidak_aktif: [
    'tidak aktif',
    'nonaktif',
    'non aktif',
    'inactive',
    'not active',
    'tidak',
    'no',
    'n',
    '0',
    'false',
    'mati',
    'vakum',
    'pasif',
    'tutup',
    'closed',
  ],
});

export const PRODAMAS_CATEGORY_WORDS = synonyms<ProdamasCategory>({
  infrastruktur: ['infrastructure', 'fisik', 'sarana prasarana', 'sarpras', 'pembangunan'],
  ekonomi: ['economy', 'economic', 'ekonomi kerakyatan', 'umkm', 'pemberdayaan ekonomi'],
  sosial_budaya: [
    'sosbud',
    'sosial',
    'budaya',
    'social',
    'culture',
    'social culture',
    'sociocultural',
    'socio cultural',
    'sosial dan budaya',
    'social and culture',
    'social and cultural',
  ],
  pendidikan: ['education', 'edukasi'],
  kesehatan: ['health', 'healthcare'],
  kepemudaan: ['pemuda', 'youth', 'karang taruna'],
});

export const HOME_CARE_SERVICE_WORDS = synonyms<HomeCareService>({
  perawatan_luka: ['rawat luka', 'luka', 'wound care', 'wound', 'wound dressing', 'ganti perban'],
  fisioterapi: ['fisio', 'physiotherapy', 'physio', 'terapi fisik', 'physical therapy'],
  ganti_kateter_ngt: [
    'ganti kateter',
    'kateter',
    'ganti ngt',
    'ngt',
    'ganti selang',
    'catheter',
    'catheter change',
    'ngt change',
    'catheter ngt change',
    'catheter ngt',
    'kateter ngt',
    'ganti kateter ngt',
    'ganti kateter dan ngt',
    'catheter and ngt change',
  ],
  gawat_darurat: ['darurat', 'emergency', 'igd', 'ugd', 'kegawatdaruratan', 'gadar'],
  pemeriksaan: [
    'periksa',
    'cek kesehatan',
    'check up',
    'checkup',
    'kontrol',
    'pemeriksaan kesehatan',
    'check',
  ],
  unspecified: ['tidak disebut', 'tidak diketahui', 'belum diisi', 'unknown', 'not specified'],
});

export const HOME_CARE_GROUP_WORDS = synonyms<HomeCareGroup>({
  lansia: ['lanjut usia', 'elderly', 'older', 'older person', 'manula', 'senior'],
  disabilitas: ['difabel', 'disability', 'disabled', 'penyandang disabilitas'],
  bedridden: ['bed ridden', 'tirah baring', 'terbaring', 'bed bound', 'bedbound'],
  lainnya: ['lain lain', 'lain', 'other', 'others', 'umum'],
});

/** Progress words; numbers are handled by the validator. */
export const PROGRESS_WORDS = synonyms<'0' | '50' | '100'>({
  '0': ['belum', 'belum mulai', 'not started', 'none'],
  '50': ['proses', 'berjalan', 'dalam proses', 'in progress', 'ongoing', 'sebagian'],
  '100': ['selesai', 'done', 'complete', 'completed', 'finished', 'tuntas'],
});
