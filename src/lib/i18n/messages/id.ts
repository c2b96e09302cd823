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
  'sidebar.label': 'Panel alat',
  'tab.data': 'Data',
  'data.title': 'Data program',
  'data.loading': 'Membuka basis data di peramban…',
  'data.error': 'Basis data peramban tidak dapat dibuka: {reason}',
  'data.storedHere':
    'Semua data tersimpan hanya di peramban ini (IndexedDB) dan tidak dikirim ke mana pun.',
  'data.counts':
    '{bank} bank sampah · {prodamas} kegiatan Prodamas Plus · {visits} kunjungan Home Care',
  'program.bank_sampah': 'Bank sampah',
  'program.prodamas': 'Prodamas Plus',
  'program.home_care': 'Home Care Peduli',
  'program.population': 'Penduduk',
  'demo.badge': 'Data contoh',
  'demo.label': 'Data contoh — bukan data resmi Pemkot Kediri',
  'demo.loadedNote':
    'Peta ini memakai data contoh yang dibuat mengikuti angka resmi yang dipublikasikan. Nama, lokasi, kegiatan dan pasien adalah rekaan.',
  'demo.clear': 'Hapus data contoh',
  'demo.restore': 'Pulihkan data contoh',
  'demo.clearedNote': 'Data contoh telah dihapus. Anda dapat memulihkannya kapan saja.',
  'batches.title': 'Riwayat impor',
  'batches.empty': 'Belum ada impor.',
  'batches.rows': '{count, plural, other {# baris}}',
  'batches.undo': 'Batalkan',
  'batches.undoLabel': 'Batalkan impor {file}',
  'batches.undone': 'dibatalkan',
  'batches.demo': 'contoh',
  'backup.title': 'Cadangan',
  'backup.download': 'Unduh cadangan lengkap',
  'backup.restore': 'Pulihkan dari cadangan…',
  'backup.restored': 'Cadangan dipulihkan.',
  'backup.invalid': 'File cadangan tidak dapat dipakai; basis data tidak diubah.',
  'backup.confirm': 'Memulihkan cadangan akan mengganti SEMUA data di peramban ini. Lanjutkan?',
  'error.detail': 'Rincian teknis',
} as const;

export type MessageKey = keyof typeof id;
