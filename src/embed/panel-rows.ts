import type { Program } from '../lib/model/records';
import { translate, type Locale } from '../lib/i18n/translate';
import type { EmbedKelurahanFigures, EmbedKelurahanInfo } from './data-contract';
import { formatCount, formatUnit } from './format';

export interface PanelRow {
  label: string;
  value: string;
  testId?: string;
}

/** The public figures of one kelurahan for the chosen programme (all programmes when null). */
export function panelRows(
  locale: Locale,
  program: Program | null,
  info: EmbedKelurahanInfo,
  f: EmbedKelurahanFigures,
  minCount: number,
): PanelRow[] {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const u = (unit: Parameters<typeof formatUnit>[1], v: number | null) =>
    v === null ? t('embed.noValue') : formatUnit(locale, unit, v);
  const bank: PanelRow[] = [
    { label: t('embed.fig.bankSampahCount'), value: u('count', f.bankSampah.count) },
    { label: t('embed.fig.bankSampahPer10k'), value: u('rate', f.bankSampah.per10k) },
    { label: t('embed.fig.coveredPct'), value: u('pct', f.bankSampah.coveredPct) },
  ];
  const prodamas: PanelRow[] = [
    { label: t('embed.fig.prodamasProjects'), value: u('count', f.prodamas.projects) },
    { label: t('embed.fig.prodamasBudget'), value: u('rupiah', f.prodamas.budgetRp) },
    { label: t('embed.fig.prodamasPerResident'), value: u('rupiah', f.prodamas.budgetPerResident) },
    {
      label: t('embed.fig.prodamasRt'),
      value: t('embed.fig.prodamasRtValue', {
        with: u('count', f.prodamas.rtWithProject),
        total: u('count', f.prodamas.rtCount),
        pct: u('pct', f.prodamas.rtSharePct),
      }),
    },
    { label: t('embed.fig.prodamasCompleted'), value: u('pct', f.prodamas.completedPct) },
    { label: t('embed.fig.coveredPct'), value: u('pct', f.prodamas.coveredPct) },
  ];
  const homeCare: PanelRow[] = [
    {
      label: t('embed.fig.homeCareVisits'),
      value: formatCount(locale, f.homeCare.visits, minCount),
      testId: 'embed-fig-visits',
    },
    {
      label: t('embed.fig.homeCarePatients'),
      value: formatCount(locale, f.homeCare.patients, minCount),
      testId: 'embed-fig-patients',
    },
  ];
  if (!f.homeCare.patients.suppressed && f.homeCare.patientsPer1000Elderly !== null)
    homeCare.push({
      label: t('embed.fig.homeCareRate'),
      value: u('rate', f.homeCare.patientsPer1000Elderly),
    });
  const population: PanelRow = {
    label: t('embed.fig.population'),
    value: `${u('count', info.population)}${info.populationIsEstimate ? ` (${t('embed.estimate')})` : ''}`,
  };
  if (program === 'bank_sampah') return bank;
  if (program === 'prodamas') return prodamas;
  if (program === 'home_care') return homeCare;
  return [
    {
      label: t('embed.fig.underserved'),
      value: `${u('score', f.underservedScore)} · ${t('embed.fig.rank', { rank: f.underservedRank })}`,
    },
    population,
    bank[0],
    prodamas[0],
    homeCare[1],
  ];
}
