/** Bahasa Indonesia messages of the change between two periods (issue 13 §4; merged into id.ts). */
export const periodsId = {
  'periods.title': 'Perubahan antar periode',
  'periods.toggle': 'Bandingkan dua periode',
  'periods.from': 'Dari',
  'periods.to': 'Ke',
  'periods.year': 'Tahun {year}',
  'periods.custom': 'Rentang tanggal…',
  'periods.start': 'Mulai',
  'periods.end': 'Sampai',
  'periods.onMap': 'Petakan perubahannya',
  'periods.computing': 'Menghitung kedua periode…',
  'periods.error': 'Perbandingan tidak dapat dihitung: {reason}',
  'periods.noYears': 'Belum ada data bertanggal untuk dibandingkan.',
  'periods.span': '{a} → {b}',
  'periods.summary':
    '{metric}, {span}: {better, plural, other {# kelurahan}} membaik, {worse, plural, other {#}} memburuk, {same, plural, other {#}} tetap.',
  'periods.points': '{value} poin',
  'periods.noChange': 'Tidak berubah',
  'periods.better': 'lebih baik',
  'periods.worse': 'lebih buruk',
  'periods.none': 'tidak berubah',
  'periods.sort.best': 'Paling membaik dulu',
  'periods.sort.worst': 'Paling memburuk dulu',
  'periods.caption': 'Perubahan {metric} per kelurahan, {order}',
  'periods.col.change': 'Perubahan',
  'periods.col.score': 'Indeks Δ',
  'periods.col.scoreLong': 'Perubahan skor indeks kurang terlayani (negatif = membaik)',
  'periods.col.rank': 'Peringkat',
  'periods.col.rankLong': 'Peringkat indeks di kedua periode (1 = paling kurang terlayani)',
  'periods.sites.title': 'Lokasi dibuka dan ditutup',
  'periods.sites.none': 'Tidak ada lokasi yang dibuka atau ditutup di antara kedua periode.',
  'periods.sites.opened': 'Dibuka ({count})',
  'periods.sites.closed': 'Ditutup ({count})',
  'periods.sites.undated': 'tanggal tidak diketahui',
  'periods.notes.title': 'Cara periode dihitung',
  'periods.notes.rules':
    'Keadaan pada akhir tiap periode: bank sampah dan lokasi lain yang sudah berdiri dan masih aktif saat itu (menurut tanggal tidak aktif, lalu riwayat status); kegiatan Prodamas pada tahun yang dicakup periode; kunjungan Home Care di dalam periode; program lain menurut kolom tanggalnya. Filter lain tetap berlaku.',
  'periods.notes.statusAsNow':
    '{count, plural, other {# lokasi}} tidak aktif tanpa tanggal tutup maupun riwayat: dianggap tidak aktif di kedua periode.',
  'periods.notes.undatedSites':
    '{count, plural, other {# lokasi}} tanpa tanggal berdiri: dianggap sudah ada sebelum kedua periode.',
  'periods.notes.undatedRecords':
    '{count, plural, other {# catatan}} tanpa tanggal tidak masuk periode mana pun.',
  'periods.notes.undatedPrograms':
    'Tanpa kolom tanggal, dihitung sama di kedua periode (perubahan 0): {programs}.',
  'periods.legend.title': 'Perubahan: {metric}',
  'periods.legend.note': 'Ungu = lebih baik, oranye = lebih buruk',
  'periods.tooltip': 'Perubahan {span}',
  'periods.report.title': 'Perubahan {span}',
  'periods.report.figure': 'Angka',
  'periods.report.intro':
    'Angka kelurahan ini pada akhir kedua periode yang dibandingkan di tab Peringkat.',
} as const;

export type PeriodsKey = keyof typeof periodsId;
