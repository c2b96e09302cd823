import { PROGRAM_FORMAT, PROGRAM_FORMAT_VERSION, type ProgramDefinition } from './definition';

/**
 * The three programmes Jangkau has always mapped, as definitions. Every record of any programme
 * also has its kelurahan, RT/RW and location (the import finds those for all of them), so the
 * fields here are each programme's own. Radii, weights and their sources are those of
 * src/lib/coverage/README.md; `builtin.test.ts` holds them to the engine's constants.
 */
const HEAD = {
  format: PROGRAM_FORMAT,
  version: PROGRAM_FORMAT_VERSION,
  origin: 'builtin',
} as const;

const BANK_SAMPAH: ProgramDefinition = {
  ...HEAD,
  id: 'bank_sampah',
  names: { id: 'Bank sampah', en: 'Bank sampah (waste banks)' },
  description: {
    id: 'Bank sampah unit, sekolah, pasar dan induk: tempat warga menabung sampah terpilah.',
    en: 'Unit, school, market and main waste banks, where residents deposit sorted waste.',
  },
  archetype: 'site',
  privacy: 'public_points',
  fields: [
    { key: 'name', names: { id: 'Nama', en: 'Name' }, kind: 'text', required: true },
    { key: 'address', names: { id: 'Alamat', en: 'Address' }, kind: 'text', required: false },
    {
      key: 'type',
      names: { id: 'Jenis', en: 'Type' },
      kind: 'category',
      required: false,
      values: [
        { key: 'unit', names: { id: 'Unit', en: 'Unit' } },
        { key: 'sekolah', names: { id: 'Sekolah', en: 'School' } },
        { key: 'pasar', names: { id: 'Pasar', en: 'Market' } },
        { key: 'induk', names: { id: 'Induk', en: 'Main bank' } },
        // A type the list does not know: the file's own word is kept beside it (`newType`).
        { key: 'lainnya', names: { id: 'Lainnya', en: 'Other' } },
      ],
    },
    {
      key: 'status',
      names: { id: 'Status', en: 'Status' },
      kind: 'status',
      required: false,
      values: [
        { key: 'aktif', names: { id: 'Aktif', en: 'Active' } },
        { key: 'tidak_aktif', names: { id: 'Tidak aktif', en: 'Inactive' } },
      ],
    },
    { key: 'established', names: { id: 'Berdiri', en: 'Founded' }, kind: 'date', required: false },
    { key: 'members', names: { id: 'Nasabah', en: 'Members' }, kind: 'number', required: false },
    {
      key: 'kgPerMonth',
      names: { id: 'Sampah (kg/bulan)', en: 'Waste (kg/month)' },
      kind: 'number',
      required: false,
    },
  ],
  active: { field: 'status', values: ['aktif'] },
  radius: {
    defaultM: 500,
    source: {
      id: 'Perkiraan jangkauan jalan kaki 500 m (300–800 m); studi GIS Kebagusan: rata-rata jangkauan nasabah terjauh 569 m.',
      en: 'Estimated walking reach 500 m (300–800 m); the Kebagusan GIS study measured an average farthest member reach of 569 m.',
    },
  },
  index: [
    {
      id: 'bank_sampah_catchment',
      names: { id: 'Jangkauan bank sampah', en: 'Bank sampah catchment' },
      metric: 'covered_pct',
      weight: 1,
    },
  ],
  color: [0, 114, 178],
};

const PRODAMAS: ProgramDefinition = {
  ...HEAD,
  id: 'prodamas',
  names: { id: 'Prodamas Plus', en: 'Prodamas Plus' },
  description: {
    id: 'Program Pemberdayaan Masyarakat: Rp 100 juta per RT per tahun untuk kegiatan usulan warga.',
    en: 'Community empowerment programme: Rp 100 million per RT a year for projects residents propose.',
  },
  archetype: 'activity',
  privacy: 'public_points',
  fields: [
    { key: 'year', names: { id: 'Tahun', en: 'Year' }, kind: 'number', required: true },
    {
      key: 'category',
      names: { id: 'Bidang', en: 'Field' },
      kind: 'category',
      required: true,
      values: [
        { key: 'infrastruktur', names: { id: 'Infrastruktur', en: 'Infrastructure' } },
        { key: 'ekonomi', names: { id: 'Ekonomi', en: 'Economy' } },
        { key: 'sosial_budaya', names: { id: 'Sosial budaya', en: 'Social and cultural' } },
        { key: 'pendidikan', names: { id: 'Pendidikan', en: 'Education' } },
        { key: 'kesehatan', names: { id: 'Kesehatan', en: 'Health' } },
        { key: 'kepemudaan', names: { id: 'Kepemudaan', en: 'Youth' } },
      ],
    },
    { key: 'title', names: { id: 'Kegiatan', en: 'Project' }, kind: 'text', required: true },
    { key: 'budgetRp', names: { id: 'Anggaran', en: 'Budget' }, kind: 'rupiah', required: true },
    {
      key: 'progress',
      names: { id: 'Progres (%)', en: 'Progress (%)' },
      kind: 'number',
      required: false,
    },
  ],
  radius: {
    defaultM: 120,
    source: {
      id: 'Turunan: 67,2 km² kota dibagi 1.478 RT = 0,045 km² per RT, luas lingkaran berjari-jari ≈ 120 m.',
      en: 'Derived: the city’s 67.2 km² over 1,478 RT is 0.045 km² per RT, the area of a disc of radius ≈ 120 m.',
    },
  },
  index: [
    {
      id: 'prodamas_rt_reach',
      names: { id: 'RT dengan kegiatan Prodamas', en: 'RTs with a Prodamas project' },
      metric: 'rt_share_pct',
      weight: 0.5,
    },
    {
      id: 'prodamas_budget',
      names: { id: 'Anggaran Prodamas per warga', en: 'Prodamas budget per resident' },
      metric: 'amount_per_resident',
      field: 'budgetRp',
      weight: 0.5,
    },
  ],
  color: [230, 159, 0],
};

const HOME_CARE: ProgramDefinition = {
  ...HEAD,
  id: 'home_care',
  names: { id: 'Home Care Peduli', en: 'Home Care Peduli' },
  description: {
    id: 'Kunjungan perawatan ke rumah warga lansia, disabilitas dan tirah baring.',
    en: 'Care visits to the homes of elderly, disabled and bedridden residents.',
  },
  archetype: 'personal',
  privacy: 'personal',
  fields: [
    { key: 'date', names: { id: 'Tanggal', en: 'Date' }, kind: 'date', required: true },
    {
      key: 'patientId',
      names: { id: 'ID pasien', en: 'Patient id' },
      kind: 'text',
      required: true,
    },
    {
      key: 'service',
      names: { id: 'Layanan', en: 'Service' },
      kind: 'category',
      required: false,
      values: [
        { key: 'perawatan_luka', names: { id: 'Perawatan luka', en: 'Wound care' } },
        { key: 'fisioterapi', names: { id: 'Fisioterapi', en: 'Physiotherapy' } },
        { key: 'ganti_kateter_ngt', names: { id: 'Ganti kateter/NGT', en: 'Catheter/NGT change' } },
        { key: 'gawat_darurat', names: { id: 'Gawat darurat', en: 'Emergency' } },
        { key: 'pemeriksaan', names: { id: 'Pemeriksaan', en: 'Check-up' } },
        { key: 'unspecified', names: { id: 'Tidak disebut', en: 'Not specified' } },
      ],
    },
    {
      key: 'group',
      names: { id: 'Kelompok', en: 'Group' },
      kind: 'category',
      required: false,
      values: [
        { key: 'lansia', names: { id: 'Lansia', en: 'Elderly' } },
        { key: 'disabilitas', names: { id: 'Disabilitas', en: 'Disabled' } },
        { key: 'bedridden', names: { id: 'Tirah baring', en: 'Bedridden' } },
        { key: 'lainnya', names: { id: 'Lainnya', en: 'Other' } },
      ],
    },
  ],
  radius: {
    defaultM: 500,
    source: {
      id: 'SNI 03-1733-2004: jangkauan kesehatan lingkungan (posyandu) 500 m; layanan sendiri melayani seluruh kota dari RSUD Gambiran.',
      en: 'SNI 03-1733-2004 neighbourhood health reach (posyandu) 500 m; the service itself covers the whole city from RSUD Gambiran.',
    },
  },
  index: [
    {
      id: 'home_care_reach',
      names: { id: 'Pasien Home Care per warga', en: 'Home Care patients per resident' },
      metric: 'persons_per_1k',
      field: 'patientId',
      weight: 1,
    },
  ],
  color: [51, 34, 136],
};

export const BUILT_IN_PROGRAMS: readonly ProgramDefinition[] = [BANK_SAMPAH, PRODAMAS, HOME_CARE];
