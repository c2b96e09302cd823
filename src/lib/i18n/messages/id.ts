/**
 * Bahasa Indonesia: the default language and the source of truth for message keys.
 * ICU MessageFormat syntax (intl-messageformat); `en.ts` must provide every key.
 */
export const id = {
  'app.title': 'Jangkau',
  'app.tagline': 'Jangkauan program publik Kota Kediri',
  'app.loading': 'Memuat peta…',
  'app.loadError': 'Data batas wilayah tidak dapat dimuat: {reason}',
  'lang.label': 'Bahasa',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',
  'map.label': 'Peta kelurahan Kota Kediri',
  'map.attribution':
    'Batas wilayah: Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah_boundaries (MIT)',
  'basemap.toggle': 'Peta dasar OpenStreetMap (daring)',
  'basemap.unavailable':
    'Peta dasar daring tidak dapat dimuat; peta tetap berfungsi tanpa peta dasar.',
  'picker.label': 'Cari kelurahan',
  'picker.placeholder': 'Ketik nama kelurahan…',
  'picker.noResults': 'Tidak ada kelurahan yang cocok',
  'picker.results': '{count, plural, =0 {Tidak ada hasil} other {# hasil}}',
  'kelurahan.panelTitle': 'Profil kelurahan',
  'kelurahan.name': 'Kelurahan',
  'kelurahan.kecamatan': 'Kecamatan',
  'kelurahan.code': 'Kode wilayah',
  'kelurahan.area': 'Luas',
  'kelurahan.areaValue': '{area} km²',
  'kelurahan.close': 'Tutup panel',
  'kelurahan.hint':
    'Arahkan ke kelurahan untuk melihat namanya; klik atau cari untuk membuka profilnya.',
  'kecamatan.prefix': 'Kec. {name}',
} as const;

export type MessageKey = keyof typeof id;
