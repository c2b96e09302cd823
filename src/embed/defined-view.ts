import { translate, type Locale } from '../lib/i18n/translate';
import { formatMetric, formatPublished, type MetricUnit } from '../lib/explore/format-metric';
import type { EmbedDefinedProgram, PublicCount } from './data-contract';
import type { EmbedValue } from './embed-metrics';
import type { PanelRow } from './panel-rows';

/**
 * How the embed maps and lists a published defined programme (Emas, E-SPTPD…): what it may show
 * is already decided by the data file (scripts/embed/defined-public.ts); this only chooses the
 * best figure there is — a site's covered share, else records per 10,000 residents, else the
 * (suppressed) count — and writes the panel rows.
 */
export interface DefinedEmbedMetric {
  better: 'higher';
  unit: MetricUnit;
  /** `covered` | `per10k` | `count`, for the titles. */
  figure: 'covered' | 'per10k' | 'count';
  value: (kode: string) => EmbedValue;
}

const count = (c: PublicCount): EmbedValue =>
  c.suppressed ? { kind: 'suppressed' } : { kind: 'value', value: c.value };
const of = (v: number | null): EmbedValue =>
  v === null ? { kind: 'none' } : { kind: 'value', value: v };

export function definedEmbedMetric(p: EmbedDefinedProgram): DefinedEmbedMetric {
  const rows = Object.values(p.kelurahan);
  const missing = { kind: 'none' } as const;
  if (rows.some((r) => r.coveredPct !== null))
    return {
      better: 'higher',
      unit: 'pct',
      figure: 'covered',
      value: (kode) => (p.kelurahan[kode] ? of(p.kelurahan[kode].coveredPct) : missing),
    };
  if (rows.some((r) => r.per10k !== null))
    return {
      better: 'higher',
      unit: 'rate',
      figure: 'per10k',
      value: (kode) => (p.kelurahan[kode] ? of(p.kelurahan[kode].per10k) : missing),
    };
  return {
    better: 'higher',
    unit: 'count',
    figure: 'count',
    value: (kode) => (p.kelurahan[kode] ? count(p.kelurahan[kode].count) : missing),
  };
}

/** The map's title for the programme's figure, e.g. "English Massive (Emas): luas terjangkau". */
export function definedMetricLabel(locale: Locale, p: EmbedDefinedProgram): string {
  const { figure } = definedEmbedMetric(p);
  return translate(locale, `embed.defined.metric.${figure}`, { program: p.names[locale] });
}

/** The footer note: what is left out of a programme that is not public points. */
export function definedNote(locale: Locale, p: EmbedDefinedProgram): string | null {
  if (p.privacy === 'public_points') return null;
  return translate(locale, `embed.defined.note.${p.privacy}`, { min: p.minCount ?? 5 });
}

/** The panel rows of one kelurahan: its count, and the rate, share and amount where published. */
export function definedPanelRows(locale: Locale, p: EmbedDefinedProgram, kode: string): PanelRow[] {
  const f = p.kelurahan[kode];
  if (!f) return [];
  const min = p.minCount ?? 5;
  const published = (unit: MetricUnit, c: PublicCount) =>
    formatPublished(
      locale,
      unit,
      c.suppressed ? { kind: 'suppressed' } : { kind: 'value', value: c.value },
      min,
    );
  const rows: PanelRow[] = [
    {
      label: translate(locale, 'embed.defined.fig.count'),
      value: published('count', f.count),
      testId: `embed-fig-${p.id}-count`,
    },
  ];
  if (f.per10k !== null)
    rows.push({
      label: translate(locale, 'embed.fig.bankSampahPer10k'),
      value: formatMetric(locale, 'rate', f.per10k),
    });
  if (f.coveredPct !== null) {
    rows.push({
      label: translate(locale, 'embed.fig.coveredPct'),
      value: formatMetric(locale, 'pct', f.coveredPct),
    });
    // Beside the area share; files written before residents within reach have none ("–").
    rows.push({
      label: translate(locale, 'embed.fig.residentsPct'),
      value:
        f.residentsPct == null
          ? translate(locale, 'format.noValue')
          : formatMetric(locale, 'pct', f.residentsPct),
      testId: `embed-fig-${p.id}-residents`,
    });
  }
  if (f.amountRp !== null)
    rows.push({
      label: translate(locale, 'embed.defined.fig.amount'),
      value: published('rupiah', f.amountRp),
    });
  return rows;
}
