/** Bank sampah names: the published ones with their kelurahan, and pools for invented ones. */

export interface Named {
  name: string;
  kode: string;
  /** Partner of the ITS / Heriot-Watt e-Bank Sampah project 2022–2024: still active. */
  partner: boolean;
  establishedYear?: number;
  members?: number;
  place?: string;
}
/** Units named in public sources with their kelurahan (facts §2). */
export const NAMED: Named[] = [
  {
    name: 'Sri Wilis',
    kode: '35.71.01.1004',
    partner: true,
    establishedYear: 2012,
    place: 'Perum Wilis Indah II',
  },
  { name: 'Sekar Arum', kode: '35.71.01.1004', partner: true },
  { name: 'Melati', kode: '35.71.01.1005', partner: true },
  { name: 'Hijau Daun', kode: '35.71.01.1006', partner: true },
  { name: 'Sumber Rejeki', kode: '35.71.01.1001', partner: true },
  { name: 'Ridhlo Berkah', kode: '35.71.01.1002', partner: true },
  {
    name: 'Dewi Sekartaji',
    kode: '35.71.01.1011',
    partner: true,
    establishedYear: 2014,
    members: 85,
  },
  { name: 'Teratai', kode: '35.71.02.1004', partner: true },
  { name: 'Makmur Mulyo', kode: '35.71.02.1017', partner: true },
  { name: 'Berseri', kode: '35.71.03.1015', partner: true },
  { name: 'Srikandi', kode: '35.71.01.1012', partner: false },
  { name: 'Dahlia', kode: '35.71.03.1006', partner: false },
  { name: 'Pesantren Jaya', kode: '35.71.03.1013', partner: false },
  { name: 'Bintang Tani', kode: '35.71.03.1004', partner: false },
  { name: 'Harapan Sejahtera', kode: '35.71.02.1016', partner: false },
  { name: 'Kusuma', kode: '35.71.02.1003', partner: false },
  { name: 'Tamansari', kode: '35.71.02.1013', partner: false },
];

export const FIRST = [
  'Sekar',
  'Sumber',
  'Mekar',
  'Tunas',
  'Guyub',
  'Rukun',
  'Sido',
  'Ngudi',
  'Tirta',
  'Bumi',
  'Mutiara',
  'Cahaya',
  'Bina',
  'Karya',
  'Lestari',
  'Gemah',
  'Sri',
  'Maju',
];
export const SECOND = [
  'Asri',
  'Mulyo',
  'Rejeki',
  'Makmur',
  'Sejahtera',
  'Mandiri',
  'Bersih',
  'Jaya',
  'Barokah',
  'Sentosa',
  'Indah',
  'Bersatu',
  'Hijau',
  'Rahayu',
  'Lestari',
];
export const FLOWERS = [
  'Mawar',
  'Anggrek',
  'Kenanga',
  'Cempaka',
  'Seruni',
  'Flamboyan',
  'Bougenville',
  'Wijaya Kusuma',
  'Kamboja',
  'Kemuning',
  'Asoka',
  'Edelweis',
  'Sedap Malam',
  'Matahari',
];
