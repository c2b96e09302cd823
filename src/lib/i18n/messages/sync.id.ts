/**
 * Bahasa Indonesia words of the team-server panel (issue 12): connecting, signing in, sync
 * status, conflicts and refused changes.
 */
export const syncId = {
  'sync.title': 'Server tim',
  'sync.intro':
    'Tanpa server, semua data hanya tersimpan di peramban ini. Hubungkan ke server tim untuk berbagi dan menyinkronkan catatan.',
  'sync.url': 'Alamat server',
  'sync.urlInvalid': 'Alamat harus berupa URL http:// atau https:// tanpa kueri.',
  'sync.connect': 'Hubungkan',
  'sync.disconnect': 'Putuskan',
  'sync.disconnectConfirm':
    '{pending, plural, =0 {Putuskan dari server ini?} other {# perubahan belum terkirim dan akan dilupakan. Tetap putuskan?}}',
  'sync.connectedTo': 'Terhubung ke {url}',
  'sync.username': 'Nama pengguna',
  'sync.password': 'Kata sandi',
  'sync.signIn': 'Masuk',
  'sync.signOut': 'Keluar',
  'sync.signInFailed': 'Gagal masuk: {reason}',
  'sync.reason.credentials': 'nama pengguna atau kata sandi salah',
  'sync.reason.locked': 'terlalu banyak percobaan, coba lagi nanti',
  'sync.reason.offline': 'server tidak menjawab',
  'sync.reason.other': 'server menolak ({code})',
  'sync.signedIn': 'Masuk sebagai {user} ({role})',
  'sync.kelurahan': 'Kelurahan: {list}',
  'sync.role.admin': 'admin',
  'sync.role.planner': 'perencana',
  'sync.role.facilitator': 'fasilitator',
  'sync.role.health': 'petugas kesehatan',
  'sync.upload': 'Unggah catatan lokal',
  'sync.uploadNote': 'Catatan yang dibuat sebelum terhubung hanya ada di sini sampai diunggah.',
  'sync.uploaded':
    '{count, plural, =0 {Tidak ada catatan lokal yang perlu diunggah.} other {# catatan masuk antrean unggah.}}',
  'sync.now': 'Sinkronkan sekarang',
  'sync.syncing': 'Menyinkronkan…',
  'sync.pending':
    '{count, plural, =0 {Semua perubahan sudah terkirim} other {# perubahan menunggu}}',
  'sync.offline': 'Luring, {count, plural, other {# menunggu}}',
  'sync.lastSynced': 'Terakhir disinkronkan: {time}',
  'sync.never': 'Belum pernah disinkronkan',
  'sync.failed': 'Sinkronisasi gagal: {reason}',
  'sync.signInAgain': 'Sesi berakhir: masuk lagi untuk menyinkronkan.',
  'sync.conflicts': '{count, plural, other {# konflik}} perlu diputuskan',
  'sync.conflictOf': '{program}: catatan {id}',
  'sync.mine': 'Versi saya',
  'sync.theirs': 'Versi server ({by}, {time})',
  'sync.deleted': '(dihapus)',
  'sync.keepMine': 'Pakai versi saya',
  'sync.keepTheirs': 'Pakai versi server',
  'sync.rejected': '{count, plural, other {# perubahan}} ditolak server',
  'sync.rejectedItem': '{program}: catatan {id} — {reason}',
  'sync.programDefinition': 'Definisi program',
  'sync.publishTitle': 'Angka publik',
  'sync.publishNote':
    'Menghitung angka per kelurahan dari catatan server untuk peta sematan publik. Jumlah Home Care yang kecil disembunyikan; tidak ada lokasi rumah atau identitas pasien yang diterbitkan.',
  'sync.publish': 'Terbitkan angka publik',
  'sync.publishing': 'Menerbitkan…',
  'sync.published': 'Diterbitkan {time}. Peta sematan dengan ?server={url} menampilkannya.',
  'sync.publishFailed': 'Gagal menerbitkan: {reason}',
  'sync.dismiss': 'Buang',
} as const;

export type SyncKey = keyof typeof syncId;
