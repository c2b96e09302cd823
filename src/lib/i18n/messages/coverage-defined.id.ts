/** Pesan untuk program yang diberikan sebagai definisi (preset, program sendiri) di panel-panel. */
export const coverageDefinedId = {
  'tooltip.program': 'Program',
  'layers.definedPoints': 'Titik {program}',
  'defined.filter.min': 'paling sedikit',
  'defined.filter.max': 'paling banyak',
  'defined.metric.covered_pct': '{program}: luas terjangkau',
  'defined.metric.count': '{program}: jumlah',
  'defined.metric.per10k': '{program} per 10.000 warga',
  'defined.metric.rt_share_pct': '{program}: RT yang terjangkau',
  'defined.merge.title': 'Kategori baru di {field}',
  'defined.merge.keep': 'Simpan sebagai kategori baru',
  'defined.merge.into': 'Gabungkan ke «{value}»',
  'defined.fig.site':
    '{count, plural, =0 {tidak ada titik} other {# titik}} · {covered} wilayah terjangkau · {residents} warga terjangkau',
  'defined.fig.records': '{count, plural, =0 {tidak ada catatan} other {# catatan}}',
  'defined.fig.amount': '{count, plural, =0 {tidak ada catatan} other {# catatan}} · {amount}',
  'defined.coverage.records': '{count, plural, =0 {tidak ada catatan} other {# catatan}} tercatat',
  'defined.weights.hint': 'Komponen program lain muncul di sini setelah datanya diimpor.',
  'embed.defined.metric.covered': '{program}: luas terjangkau',
  'embed.defined.metric.per10k': '{program} per 10.000 warga',
  'embed.defined.metric.count': '{program}: jumlah per kelurahan',
  'embed.defined.fig.count': 'Jumlah',
  'embed.defined.fig.amount': 'Jumlah nilai',
  'embed.defined.note.public_aggregates':
    'Data rahasia: hanya jumlah per kelurahan, tanpa titik; jumlah di bawah {min} disembunyikan.',
  'embed.defined.note.personal':
    'Data pribadi: hanya jumlah per kelurahan, tanpa titik dan nilai; jumlah di bawah {min} disembunyikan.',
} as const;
export type CoverageDefinedKey = keyof typeof coverageDefinedId;
