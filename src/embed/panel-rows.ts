import type { Program } from '../lib/model/records';
import { translate, type Locale } from '../lib/i18n/translate';
import { formatMetric, formatPublished, type MetricUnit } from '../lib/explore/format-metric';
import type { EmbedKelurahanFigures, EmbedKelurahanInfo, PublicCount } from './data-contract';

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
  const u = (unit: MetricUnit, v: number | null) =>
    v === null ? t('format.noValue') : formatMetric(locale, unit, v);
  const hidden = (c: PublicCount) =>
    formatPublished(
      locale,
      'count',
      c.suppressed ? { kind: 'suppressed' } : { kind: 'value', value: c.value },
      minCount,
    );
  /** Residents within reach, labelled an estimate where the population is (absent: "–"). */
  const residents = (v: number | null | undefined, testId: string): PanelRow => ({
    label: t('embed.fig.residentsPct'),
    value:
      v == null
        ? t('format.noValue')
        : `${u('pct', v)}${info.populationIsEstimate ? ` (${t('embed.estimate')})` : ''}`,
    testId,
  });
  const bank: PanelRow[] = [
    {
      label: t('embed.fig.bankSampahCount'),
      value: u('count', f.bankSampah.count),
      testId: 'embed-fig-bank-count',
    },
    { label: t('embed.fig.bankSampahPer10k'), value: u('rate', f.bankSampah.per10k) },
    { label: t('embed.fig.coveredPct'), value: u('pct', f.bankSampah.coveredPct) },
    residents(f.bankSampah.residentsPct, 'embed-fig-bank-residents'),
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
    residents(f.prodamas.residentsPct, 'embed-fig-prodamas-residents'),
  ];
  const homeCare: PanelRow[] = [
    {
      label: t('embed.fig.homeCareVisits'),
      value: hidden(f.homeCare.visits),
      testId: 'embed-fig-visits',
    },
    {
      label: t('embed.fig.homeCarePatients'),
      value: hidden(f.homeCare.patients),
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
