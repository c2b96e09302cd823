/** Pesan untuk program yang diberikan sebagai definisi (preset, program sendiri) di panel-panel. */
export const programsId = {
  'defined.fig.site':
    '{count, plural, =0 {tidak ada titik} other {# titik}} · {covered} wilayah terjangkau',
  'defined.fig.records': '{count, plural, =0 {tidak ada catatan} other {# catatan}}',
  'defined.fig.amount': '{count, plural, =0 {tidak ada catatan} other {# catatan}} · {amount}',
  'defined.coverage.records': '{count, plural, =0 {tidak ada catatan} other {# catatan}} tercatat',
  'defined.weights.hint': 'Komponen program lain muncul di sini setelah datanya diimpor.',
} as const;
export type ProgramsKey = keyof typeof programsId;
