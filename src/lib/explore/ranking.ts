import { csvCell } from '../export/csv';
import type { KelurahanCoverage } from '../coverage/result';
import { metricDef, type MetricId } from './metric-catalog';

/** One kelurahan in the ranking table. */
export interface RankingRow {
  kode: string;
  nama: string;
  /** Value of the chosen metric; null when the kelurahan has no data for it. */
  metric: number | null;
  /** Underserved score, 0..100. */
  score: number;
  /** Points each component adds to the score by component id (they sum to `score`). */
  contribution: Record<string, number>;
}

export interface RankedRow extends RankingRow {
  /** 1..n, the position in the current order. */
  rank: number;
}

/** A sortable column: the name, the chosen metric, the score or one score component (its id). */
export type SortKey = 'nama' | 'metric' | 'score' | `component:${string}`;

/** The sort key of an index component's column. */
export const componentKey = (id: string): SortKey => `component:${id}`;
export type SortDirection = 'ascending' | 'descending';

/** The table rows for `metric` (non-finite metric values become null). */
export function rankingRows(
  kelurahan: readonly KelurahanCoverage[],
  metric: MetricId,
): RankingRow[] {
  return kelurahan.map((k) => {
    const value = metricDef(metric).value(k);
    return {
      kode: k.kode,
      nama: k.nama,
      metric: value !== null && Number.isFinite(value) ? value : null,
      score: k.underserved.score,
      contribution: { ...k.underserved.contribution },
    };
  });
}

function valueOf(row: RankingRow, key: Exclude<SortKey, 'nama'>): number | null {
  if (key === 'metric') return row.metric;
  if (key === 'score') return row.score;
  return row.contribution[key.slice('component:'.length)] ?? 0;
}

const byKode = (a: RankingRow, b: RankingRow) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0);

/**
 * Sorts rows by `key` and numbers them 1..n. Missing values (null) go last in either direction;
 * equal values are ordered by kelurahan code, ascending, in either direction, so the order never
 * depends on the input order. Names compare case-insensitively (Indonesian collation).
 */
export function sortRanking(
  rows: readonly RankingRow[],
  key: SortKey,
  direction: SortDirection,
): RankedRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: RankingRow, b: RankingRow): number => {
    if (key === 'nama') {
      const c = a.nama.localeCompare(b.nama, 'id', { sensitivity: 'base' });
      return c !== 0 ? sign * c : byKode(a, b);
    }
    const va = valueOf(a, key);
    const vb = valueOf(b, key);
    if (va === null || vb === null) {
      if (va === null && vb === null) return byKode(a, b);
      return va === null ? 1 : -1;
    }
    return va !== vb ? sign * (va - vb) : byKode(a, b);
  };
  return [...rows].sort(compare).map((row, i) => ({ ...row, rank: i + 1 }));
}

/** Header texts of the ranking CSV, in the UI language (the caller translates them). */
export interface RankingCsvHeaders {
  rank: string;
  kode: string;
  nama: string;
  /** Omitted column when null (the chosen metric is the score itself). */
  metric: string | null;
  score: string;
  /** One column per index component, in this order: its id and its heading. */
  components: readonly { id: string; header: string }[];
}

/** A number with at most 4 decimals, decimal point, no grouping: the same in every locale. */
function plainNumber(value: number | null): string {
  if (value === null) return '';
  const rounded = Math.round(value * 10_000) / 10_000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * The ranked rows as RFC 4180 CSV (comma, decimal point, CRLF, UTF-8 BOM for Excel). Numbers are
 * locale-independent; the header row is whatever language the caller passes. Text cells go
 * through the export's formula-injection guard.
 */
export function rankingToCsv(rows: readonly RankedRow[], headers: RankingCsvHeaders): string {
  const cell = (text: string, guard = true) => csvCell(text, ',', guard);
  const head = [
    headers.rank,
    headers.kode,
    headers.nama,
    ...(headers.metric === null ? [] : [headers.metric]),
    headers.score,
    ...headers.components.map((c) => c.header),
  ];
  const lines = [head.map((h) => cell(h)).join(',')];
  for (const r of rows) {
    lines.push(
      [
        String(r.rank),
        cell(r.kode),
        cell(r.nama),
        ...(headers.metric === null ? [] : [plainNumber(r.metric)]),
        plainNumber(r.score),
        ...headers.components.map((c) => plainNumber(r.contribution[c.id] ?? 0)),
      ].join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
