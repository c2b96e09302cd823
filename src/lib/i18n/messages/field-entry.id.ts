/**
 * Bahasa Indonesia words of field entry (issue 11): the form's place fields and choices, and the
 * hints and notes the pure form core (`src/lib/field`) hands out in both languages. No ICU
 * syntax beyond plain `{name}` placeholders: the core fills `{fields}` itself.
 */
export const fieldEntryId = {
  'entry.place.kelurahan': 'Kelurahan',
  'entry.place.rw': 'RW',
  'entry.place.rt': 'RT',
  'entry.place.lng': 'Bujur (BT, mis. 112.0123)',
  'entry.place.lat': 'Lintang (LS, negatif, mis. -7.8123)',
  'entry.place.accuracy': 'Akurasi GPS: {metres} m',
  'entry.place.useLocated': 'Pakai {name}',
  'entry.place.keepChosen': 'Tetap {name}',
  'entry.select.none': '— pilih —',
  'entry.required': 'wajib',
  'entry.person.label': 'ID samaran',
  'entry.hint.person':
    'ID samaran (mis. HC-0123) yang dipakai tim untuk orang ini. Jangan tulis nama atau NIK.',
  'entry.hint.rupiah': 'Rupiah: angka saja (1250000) atau "Rp 1.250.000".',
  'entry.hint.open':
    'Pilih dari daftar, atau tulis yang baru: disimpan apa adanya sebagai kategori baru.',
  'entry.progress.0': 'Belum mulai (0 %)',
  'entry.progress.50': 'Berjalan (50 %)',
  'entry.progress.100': 'Selesai (100 %)',
  'entry.note.personalPlace':
    'Lokasi persis hanya disimpan dan ditampilkan di peramban ini; tampilan publik paling banyak menunjukkan jumlah per kelurahan.',
  'entry.note.noPersonalData':
    'Formulir ini tidak menanyakan nama, NIK, alamat atau nomor telepon.',
  'entry.note.leftOut':
    'Isian yang tampak seperti data pribadi tidak ada di formulir dan tidak diisi: {fields}.',
  'entry.note.sitePoint':
    'Titik lokasi menentukan lingkaran jangkauan; tanpa titik, data hanya dihitung untuk kelurahannya.',
} as const;

export type FieldEntryKey = keyof typeof fieldEntryId;
