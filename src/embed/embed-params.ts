/**
 * The embed's configuration from its URL query: `program`, `metric`, `kelurahan`, `period`,
 * `compare`, `lang`.
 * Pure. Every parameter is checked against a closed list or a strict pattern; an unknown, malformed
 * or repeated value is ignored (the default stays), never thrown and never shown.
 */
import { isLocale, type Locale } from '../lib/i18n/translate';
import { PROGRAMS, type Program } from '../lib/model/records';
import { EMBED_PERIODS, type EmbedPeriod } from './data-contract';
import {
  DEFAULT_EMBED_METRIC,
  DEFAULT_METRIC_OF,
  EMBED_METRICS,
  isEmbedMetricId,
  type EmbedMetricId,
} from './embed-metrics';

export interface EmbedParams {
  program: Program | null;
  /**
   * A programme given as a definition (`program=emas`), syntax checked here; the embed shows it
   * only if the data file publishes it (else the defaults stay).
   */
  defined: string | null;
  metric: EmbedMetricId;
  /** Kelurahan code, syntax checked here; the embed also checks it exists in the data. */
  kode: string | null;
  period: EmbedPeriod;
  /**
   * `compare=2023` with `period=2024`: the change from 2023 to 2024. Only a year other than
   * `period`, only when `period` is a year, and only for public programmes' metrics (never a
   * Home Care one: a difference of two published counts could tell what suppression hides);
   * else null and the embed shows `period` alone.
   */
  compare: EmbedPeriod | null;
  /** Null: keep the language the page starts with (Bahasa Indonesia). */
  locale: Locale | null;
  /**
   * `server=`: a team server to read published figures from, as given (at most 300 characters);
   * src/embed/figures-source.ts decides whether it may be used.
   */
  server: string | null;
}

const KODE = /^35\.71\.0[1-3]\.1\d{3}$/;
/** The programme id syntax of the definition format. */
const DEFINED_ID = /^[a-z][a-z0-9_]{1,31}$/;

/** One value per name: a repeated parameter is ambiguous, so it counts as absent. */
function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  return values.length === 1 ? values[0] : null;
}

export function parseEmbedParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  const programText = single(query, 'program');
  const program = PROGRAMS.find((p) => p === programText) ?? null;
  const metricText = single(query, 'metric');
  let metric: EmbedMetricId = program ? DEFAULT_METRIC_OF[program] : DEFAULT_EMBED_METRIC;
  // A metric of another programme than the one asked for is ignored: the programme wins.
  if (isEmbedMetricId(metricText)) {
    const owner = EMBED_METRICS[metricText].program;
    if (program === null || owner === program) metric = metricText;
  }
  const kodeText = single(query, 'kelurahan');
  const periodText = single(query, 'period');
  const localeText = single(query, 'lang');
  const serverText = single(query, 'server');
  const compareText = single(query, 'compare');
  const defined =
    program === null && programText !== null && DEFINED_ID.test(programText) ? programText : null;
  const period = EMBED_PERIODS.find((p) => p === periodText) ?? 'all';
  const compare = EMBED_PERIODS.find((p) => p === compareText && p !== 'all') ?? null;
  const comparable =
    period !== 'all' &&
    compare !== period &&
    defined === null &&
    EMBED_METRICS[metric].program !== 'home_care';
  return {
    program: program ?? EMBED_METRICS[metric].program,
    defined,
    metric,
    kode: kodeText !== null && KODE.test(kodeText) ? kodeText : null,
    period,
    compare: comparable ? compare : null,
    locale: isLocale(localeText) ? localeText : null,
    server: serverText !== null && serverText.length <= 300 ? serverText : null,
  };
}
