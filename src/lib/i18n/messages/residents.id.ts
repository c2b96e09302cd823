/**
 * Bahasa Indonesia words of residents within reach (issue 13 §1): shown beside the area within
 * reach in the coverage panel, ranking, profile, report, embed and the planning tab.
 */
export const residentsId = {
  'residents.source.published':
    'Sumber warga: tabel penduduk per kelurahan, disebar merata di wilayahnya (grid 50 m).',
  'residents.source.estimate':
    'Sumber warga: estimasi (SP2020 kecamatan dibagi rata per kelurahan), disebar merata di wilayahnya (grid 50 m).',
  'residents.source.mixed':
    'Sumber warga: tabel penduduk, sebagian kelurahan estimasi; disebar merata di wilayahnya (grid 50 m).',
  'residents.source.points':
    'Sumber warga: {count} titik {program}{field, select, none {} other { (bobot: {field})}}; tiap titik dihitung di sel 50 m-nya.',
  'residents.demand': 'Tempat warga',
  'residents.demand.area': 'Penduduk kelurahan, disebar merata',
  'residents.demand.points': 'Titik {program}',
  'residents.demand.weighted': 'Titik {program}, bobot {field}',
  'coverage.residents': '{pct} warga terjangkau',
  'metric.bank_sampah_residents_pct': 'Bank sampah: % warga terjangkau',
  'metric.prodamas_residents_pct': 'Prodamas: % warga terjangkau',
  'metric.home_care_residents_pct': 'Home Care: % warga terjangkau',
  'defined.metric.residents_pct': '{program}: warga terjangkau',
  'profile.fig.reach': 'dalam {metres} m: {area} wilayah · {residents} warga',
  'profile.compare.m.bank_sampah_residents_pct': '% warga terjangkau',
  'profile.compare.m.prodamas_covered_pct': '% luas terjangkau',
  'profile.compare.m.prodamas_residents_pct': '% warga terjangkau',
  'profile.compare.m.home_care_residents_pct': '% warga terjangkau',
  'report.residentsValue': 'warga terjangkau {residents}',
  'report.reachValue': 'luas terjangkau {area} · warga terjangkau {residents}',
  'embed.fig.residentsPct': 'Warga terjangkau',
};

export type ResidentsKey = keyof typeof residentsId;
