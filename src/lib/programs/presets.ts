import { PROGRAM_FORMAT, PROGRAM_FORMAT_VERSION, type ProgramDefinition } from './definition';

/**
 * The other three of Kota Kediri's six smart-city quick wins, ready to receive data. Facts are
 * as published (../shared/domain/quickwins-facts.md, sources named); radii and weights marked
 * "perkiraan"/"estimate" are ours, with the reasoning.
 */
const HEAD = { format: PROGRAM_FORMAT, version: PROGRAM_FORMAT_VERSION, origin: 'preset' } as const;

/** Values of a category or status field from `[key, Bahasa Indonesia, English]` rows. */
const valuesOf = (values: [key: string, id: string, en: string][]) =>
  values.map(([key, id, en]) => ({ key, names: { id, en } }));

const EMAS: ProgramDefinition = {
  ...HEAD,
  id: 'emas',
  names: { id: 'English Massive (Emas)', en: 'English Massive (Emas)' },
  description: {
    id: 'Kursus bahasa Inggris gratis di tingkat RT/RW untuk segala usia; satuannya spot (kelompok belajar).',
    en: 'Free English classes at RT/RW level for all ages; the unit is a spot (study group).',
  },
  archetype: 'site',
  privacy: 'public_points',
  fields: [
    {
      key: 'name',
      names: { id: 'Nama spot', en: 'Spot name' },
      kind: 'text',
      required: true,
      columns: ['spot', 'pokjar', 'kelompok belajar'],
    },
    {
      key: 'venue',
      names: { id: 'Tempat', en: 'Venue' },
      kind: 'category',
      required: false,
      columns: ['tempat belajar', 'lokasi belajar'],
      values: valuesOf([
        ['pos_kamling', 'Pos kamling', 'Neighbourhood watch post'],
        ['tpq', 'TPQ', 'Qur’an school (TPQ)'],
        ['warung', 'Warung kopi', 'Coffee stall'],
        ['balai_warga', 'Balai warga', 'Residents’ hall'],
        ['rumah_rt', 'Rumah ketua RT', 'RT head’s house'],
        ['paud', 'PAUD', 'Pre-school (PAUD)'],
        ['lembaga', 'Lembaga', 'Institution'],
        ['lainnya', 'Lainnya', 'Other'],
      ]),
    },
    { key: 'classes', names: { id: 'Kelas', en: 'Classes' }, kind: 'number', required: false },
    {
      key: 'participants',
      names: { id: 'Peserta', en: 'Participants' },
      kind: 'number',
      required: false,
    },
    {
      key: 'status',
      names: { id: 'Status', en: 'Status' },
      kind: 'status',
      required: false,
      values: valuesOf([
        ['aktif', 'Aktif', 'Active'],
        ['tutup', 'Tutup', 'Closed'],
      ]),
    },
  ],
  active: { field: 'status', values: ['aktif'] },
  radius: {
    defaultM: 250,
    source: {
      id: 'Perkiraan: satu spot per RW yang diinginkan (2017); 67,2 km² dibagi ±330 RW = 0,20 km² per RW, lingkaran berjari-jari ≈ 250 m.',
      en: 'Estimate: one spot per RW was the aim (2017); 67.2 km² over ~330 RW is 0.20 km² per RW, a disc of radius ≈ 250 m.',
    },
  },
  index: [
    {
      id: 'emas_catchment',
      names: { id: 'Jangkauan spot Emas', en: 'Emas spot catchment' },
      metric: 'covered_pct',
      weight: 0.5,
    },
  ],
  color: [0, 158, 115],
  facts: [
    {
      text: {
        id: '154 spot, 247 kelas, 3.260 peserta per 3 Desember 2024.',
        en: '154 spots, 247 classes, 3,260 participants as of 3 December 2024.',
      },
      source:
        'https://jatim.times.co.id/news/berita/E0BynnSWx/Kota-Kediri-Catatkan-Dua-Rekor-MURI-di-Bidang-Pendidikan',
    },
    {
      text: {
        id: 'Setiap kelurahan punya sedikitnya satu spot (2017; ditegaskan lagi November 2023).',
        en: 'Every kelurahan has at least one spot (2017; said again in November 2023).',
      },
      source: 'https://kharismafm.com/pemkot-kediri-jabarkan-serangkaian-program-dan-inovasi/',
    },
    {
      text: {
        id: 'Biaya Rp 80.000 per anak per bulan (APBD).',
        en: 'Rp 80,000 per child per month (city budget).',
      },
      source:
        'https://lenteratoday.com/post/item/148381/Program-Kursus-Bahasa-Inggris-Gratis-Emas-Lima-Gram-Pemkot-Kediri-Masuk-45-Top-Inovasi-Pelayanan-Publik',
    },
  ],
};

const KURNIA: ProgramDefinition = {
  ...HEAD,
  id: 'kurnia',
  names: { id: 'Kurnia', en: 'Kurnia (low-interest credit)' },
  description: {
    id: 'Kredit Usaha Melayani Warga: pinjaman modal kerja bunga 2% per tahun untuk UMKM dan koperasi.',
    en: 'Working-capital loans at 2 % a year for micro and small businesses and cooperatives.',
  },
  archetype: 'activity',
  // Borrowers are people and their finances: the public sees suppressed counts per kelurahan.
  privacy: 'personal',
  fields: [
    {
      key: 'borrower',
      names: { id: 'Peminjam', en: 'Borrower' },
      kind: 'category',
      required: false,
      columns: ['jenis peminjam', 'kategori peminjam'],
      values: valuesOf([
        ['umkm', 'UMKM', 'Micro/small business'],
        ['koperasi', 'Koperasi', 'Cooperative'],
      ]),
    },
    {
      key: 'business',
      names: { id: 'Jenis usaha', en: 'Business type' },
      kind: 'category',
      required: false,
      columns: ['bidang usaha', 'sektor usaha'],
      values: valuesOf([
        ['kuliner', 'Kuliner', 'Food and drink'],
        ['kerajinan', 'Kerajinan', 'Crafts'],
        ['dagang', 'Perdagangan', 'Trade'],
        ['jasa', 'Jasa', 'Services'],
        ['lainnya', 'Lainnya', 'Other'],
      ]),
    },
    {
      key: 'amountRp',
      names: { id: 'Plafon', en: 'Loan amount' },
      kind: 'rupiah',
      required: true,
      // Phrases only: a lone "pinjaman" would also take "Tanggal Pinjaman".
      columns: ['nilai pinjaman', 'jumlah pinjaman', 'besar pinjaman', 'plafon pinjaman'],
    },
    {
      key: 'start',
      names: { id: 'Tanggal cair', en: 'Disbursed' },
      kind: 'date',
      required: true,
      columns: ['tanggal pencairan', 'tgl pencairan', 'tgl cair', 'tanggal pinjaman'],
    },
    {
      key: 'status',
      names: { id: 'Status', en: 'Status' },
      kind: 'status',
      required: false,
      values: valuesOf([
        ['berjalan', 'Berjalan', 'Running'],
        ['lunas', 'Lunas', 'Repaid'],
        ['macet', 'Macet', 'In default'],
      ]),
    },
  ],
  index: [
    {
      id: 'kurnia_amount',
      names: { id: 'Kredit Kurnia per warga', en: 'Kurnia credit per resident' },
      metric: 'amount_per_resident',
      field: 'amountRp',
      weight: 0.25,
    },
  ],
  color: [86, 180, 233],
  facts: [
    {
      text: {
        id: 'Bunga 2% per tahun, tenor 3 tahun; UMKM sampai Rp 25 juta, koperasi sampai Rp 100 juta.',
        en: '2 % a year over 3 years; businesses up to Rp 25 million, cooperatives up to Rp 100 million.',
      },
      source:
        'https://lenteratoday.com/post/item/33698/Terdampak-Covid-19-Pemkot-Kediri-Tawarkan-Pinjaman-Dana-Bergulir-Bunga-2-pada-Koperasi-UMKM',
    },
    {
      text: {
        id: '121 peserta, Rp 2 miliar tersalurkan (awal 2022).',
        en: '121 borrowers, Rp 2 billion disbursed (early 2022).',
      },
      source:
        'https://jatim.antaranews.com/amp/berita/567681/pemkot-kediri-realisasi-pencairan-kredit-kurnia-tembus-rp2-miliar',
    },
    {
      text: {
        id: 'Rp 4 miliar terserap dari Rp 9 miliar yang tersedia (30 September 2022).',
        en: 'Rp 4 billion taken up of Rp 9 billion available (30 September 2022).',
      },
      source:
        'https://satunurani.com/ekonomi/dinas-koperasi-usaha-mikro-dan-tenaga-kerja-kota-kediri-rintis-wira-usaha-baru',
    },
  ],
};

const E_SPTPD: ProgramDefinition = {
  ...HEAD,
  id: 'e_sptpd',
  names: { id: 'E-SPTPD', en: 'E-SPTPD (local-tax self-assessment)' },
  description: {
    id: 'Objek pajak daerah yang melapor sendiri secara daring: hotel, restoran, hiburan, parkir.',
    en: 'Local-tax objects that file their own returns online: hotels, restaurants, entertainment, parking.',
  },
  archetype: 'activity',
  // Tax data is confidential: aggregates per kelurahan only, small counts suppressed.
  privacy: 'public_aggregates',
  fields: [
    {
      key: 'name',
      names: { id: 'Nama objek', en: 'Tax object' },
      kind: 'text',
      required: true,
      columns: ['nama usaha', 'nama tempat usaha'],
    },
    {
      key: 'taxType',
      names: { id: 'Jenis pajak', en: 'Tax type' },
      kind: 'category',
      required: true,
      columns: ['jenis objek pajak'],
      values: valuesOf([
        ['hotel', 'Hotel', 'Hotel'],
        ['restoran', 'Restoran', 'Restaurant'],
        ['hiburan', 'Hiburan', 'Entertainment'],
        ['parkir', 'Parkir', 'Parking'],
        ['air_tanah', 'Air tanah', 'Groundwater'],
        ['ppj', 'Penerangan jalan (non-PLN)', 'Street lighting (non-PLN)'],
      ]),
    },
    { key: 'period', names: { id: 'Masa pajak', en: 'Tax period' }, kind: 'date', required: false },
    {
      key: 'taxRp',
      names: { id: 'Pajak terutang', en: 'Tax due' },
      kind: 'rupiah',
      required: false,
    },
    {
      key: 'filing',
      names: { id: 'Pelaporan', en: 'Filing' },
      kind: 'status',
      required: false,
      values: valuesOf([
        ['daring', 'Daring', 'Online'],
        ['manual', 'Manual', 'On paper'],
      ]),
    },
  ],
  // Registered tax objects are revenue, not a service to residents: in the index only if a
  // planner gives them weight.
  index: [
    {
      id: 'e_sptpd_objects',
      names: { id: 'Objek pajak per warga', en: 'Tax objects per resident' },
      metric: 'count_per_10k',
      weight: 0,
    },
  ],
  color: [204, 121, 167],
  facts: [
    {
      text: {
        id: 'Restoran dengan penjualan ≤ Rp 5 juta per bulan bukan objek pajak (Perda 4/2020).',
        en: 'A restaurant selling ≤ Rp 5 million a month is not a tax object (Perda 4/2020).',
      },
      source: 'https://pasal.id/peraturan/perda/perda-kota-kediri-no-4-tahun-2020',
    },
    {
      text: {
        id: 'Target pajak parkir Rp 1,6 miliar (2023); Rp 1,5 miliar terkumpul per 31 Oktober 2023.',
        en: 'Parking tax target Rp 1.6 billion (2023); Rp 1.5 billion collected by 31 October 2023.',
      },
      source:
        'https://jatim.jpnn.com/jatim-terkini/25394/pemkot-kediri-targetkan-pajak-parkir-2024-sebesar-rp16-miliar-optimis-tercapai',
    },
  ],
};

export const PRESET_PROGRAMS: readonly ProgramDefinition[] = [EMAS, KURNIA, E_SPTPD];
