import type { ResidentsKey } from './residents.id';

/** English words of residents within reach; every key of residents.id.ts is required. */
export const residentsEn: Record<ResidentsKey, string> = {
  'residents.source.published':
    'Residents: the population table per kelurahan, spread evenly over its area (50 m grid).',
  'residents.source.estimate':
    'Residents: estimate (SP2020 kecamatan shared equally among its kelurahan), spread evenly over each area (50 m grid).',
  'residents.source.mixed':
    'Residents: the population table, some kelurahan estimated; spread evenly over each area (50 m grid).',
  'residents.source.points':
    'Residents: {count} {program} points{field, select, none {} other { (weight: {field})}}; each counted in its 50 m cell.',
  'residents.demand': 'Where residents are',
  'residents.demand.area': 'Kelurahan population, spread evenly',
  'residents.demand.points': '{program} points',
  'residents.demand.weighted': '{program} points, weight {field}',
  'coverage.residents': '{pct} of residents within reach',
  'metric.bank_sampah_residents_pct': 'Waste banks: % of residents within reach',
  'metric.prodamas_residents_pct': 'Prodamas: % of residents within reach',
  'metric.home_care_residents_pct': 'Home Care: % of residents within reach',
  'defined.metric.residents_pct': '{program}: residents within reach',
  'profile.fig.reach': 'within {metres} m: {area} of area · {residents} of residents',
  'profile.compare.m.bank_sampah_residents_pct': '% of residents reached',
  'profile.compare.m.prodamas_covered_pct': '% of area reached',
  'profile.compare.m.prodamas_residents_pct': '% of residents reached',
  'profile.compare.m.home_care_residents_pct': '% of residents reached',
  'report.residentsValue': 'residents within reach {residents}',
  'report.reachValue': 'area within reach {area} · residents within reach {residents}',
  'embed.fig.residentsPct': 'Residents within reach',
};
