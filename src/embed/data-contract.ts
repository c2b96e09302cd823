/**
 * The public embed data file `embed/data.json` (written by `npm run embed-data`, documented in
 * public/embed/README.md). Pure: the build script writes this shape, the embed reads it. Nothing in
 * it is personal: Home Care appears only as counts per kelurahan, small counts already replaced.
 */

export const EMBED_FORMAT = 'jangkau-embed';
export const EMBED_FORMAT_VERSION = 1;

export const EMBED_PERIODS = ['all', '2021', '2022', '2023', '2024', '2025'] as const;
export type EmbedPeriod = (typeof EMBED_PERIODS)[number];

/** A count that is either published or replaced because it is below the threshold. */
export type PublicCount =
  { value: number; suppressed?: undefined } | { value: null; suppressed: true };

interface EmbedBankSampah {
  /**
   * Active bank sampah located in the kelurahan: in a year, those open on its 31 December
   * (founded by then, status then as far as closing dates and history tell); in `all`, now.
   */
  count: number;
  per10k: number | null;
  /** Share of the area within 500 m of an active bank sampah, 0..100. */
  coveredPct: number;
  /**
   * Share of the residents within 500 m (50 m demand grid), 0..100; null without residents.
   * Absent in files and server figures written before it (shown as "–").
   */
  residentsPct?: number | null;
}

interface EmbedProdamas {
  projects: number;
  budgetRp: number;
  budgetPerResident: number | null;
  rtWithProject: number;
  rtCount: number;
  rtSharePct: number;
  completedPct: number | null;
  /** Share of the area within 120 m of a located project, 0..100. */
  coveredPct: number;
  /** Share of the residents within 120 m, 0..100; null without residents; absent before it. */
  residentsPct?: number | null;
}

/**
 * No catchment share of Home Care, of the area or of the residents: both are drawn from discs
 * around home locations, and a kelurahan with few patients would give their homes away.
 */
interface EmbedHomeCare {
  visits: PublicCount;
  patients: PublicCount;
  /** Null whenever `patients` is suppressed (a rate over a published population reveals it). */
  patientsPer1000: number | null;
  patientsPer1000Elderly: number | null;
}

export interface EmbedKelurahanFigures {
  /** Underserved index 0..100 without the Home Care component (see README). */
  underservedScore: number;
  underservedRank: number;
  bankSampah: EmbedBankSampah;
  prodamas: EmbedProdamas;
  homeCare: EmbedHomeCare;
}

interface EmbedPeriodFigures {
  city: { homeCare: Pick<EmbedHomeCare, 'visits' | 'patients'> };
  /** By kelurahan code. */
  kelurahan: Record<string, EmbedKelurahanFigures>;
}

export interface EmbedKelurahanInfo {
  kode: string;
  nama: string;
  population: number;
  elderly: number | null;
  populationIsEstimate: boolean;
}

interface EmbedBankSampahSite {
  name: string;
  kode: string;
  /** WGS84 degrees. */
  lng: number;
  lat: number;
  status: 'aktif' | 'tidak_aktif';
}

/**
 * A programme given as a definition (Emas, E-SPTPD, a user's own), published by its privacy
 * class (scripts/embed/defined-public.ts): only `public_points` programmes have rates,
 * catchment shares and points; the others have (suppressed) counts, aggregates also amounts.
 */
export interface EmbedDefinedProgram {
  id: string;
  names: { id: string; en: string };
  color: [number, number, number];
  archetype: 'site' | 'activity' | 'personal';
  privacy: 'public_points' | 'public_aggregates' | 'personal';
  /** Counts below this are suppressed; null for public points (nothing is). */
  minCount: number | null;
  /** By kelurahan code. */
  kelurahan: Record<string, EmbedDefinedFigures>;
  city: Omit<EmbedDefinedFigures, 'per10k'>;
  points: { kode: string; lng: number; lat: number; name: string | null }[];
}

interface EmbedDefinedFigures {
  count: PublicCount;
  per10k: number | null;
  coveredPct: number | null;
  /**
   * Share of the residents within the radius, 0..100: public points only, like `coveredPct`;
   * absent in files written before it.
   */
  residentsPct?: number | null;
  /** Sum of its rupiah field; null when it has none or is personal. */
  amountRp: PublicCount | null;
}

export interface EmbedData {
  format: typeof EMBED_FORMAT;
  version: typeof EMBED_FORMAT_VERSION;
  /** Shown wherever the data appears (demo data). */
  label: { id: string; en: string };
  generatedBy: string;
  /** Home Care counts below this are published as null + suppressed. */
  homeCareMinCount: number;
  periods: EmbedPeriod[];
  kelurahan: EmbedKelurahanInfo[];
  figures: Record<EmbedPeriod, EmbedPeriodFigures>;
  /** Public facilities only: no Home Care point and no Prodamas point is ever listed. */
  sites: { bank_sampah: EmbedBankSampahSite[] };
  /** Programmes given as definitions, with records; absent in files written before them. */
  programs?: EmbedDefinedProgram[];
}

class EmbedDataError extends Error {
  override name = 'EmbedDataError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the shape of a fetched data file once, at the boundary (format, version, every period and
 * kelurahan present), so the embed can trust the types afterwards.
 */
export function parseEmbedData(raw: unknown): EmbedData {
  if (!isObject(raw) || raw.format !== EMBED_FORMAT || raw.version !== EMBED_FORMAT_VERSION)
    throw new EmbedDataError('embed data: unknown format or version');
  if (!Array.isArray(raw.kelurahan) || !isObject(raw.figures) || !isObject(raw.sites))
    throw new EmbedDataError('embed data: kelurahan, figures or sites missing');
  const kodes = raw.kelurahan.map((k) => (isObject(k) ? k.kode : undefined));
  if (!kodes.every((k) => typeof k === 'string'))
    throw new EmbedDataError('embed data: a kelurahan has no code');
  for (const period of EMBED_PERIODS) {
    const figures = raw.figures[period];
    if (!isObject(figures) || !isObject(figures.kelurahan) || !isObject(figures.city))
      throw new EmbedDataError(`embed data: period ${period} missing`);
    const byKode = figures.kelurahan;
    if (!kodes.every((k) => isObject(byKode[k as string])))
      throw new EmbedDataError(`embed data: period ${period} lacks a kelurahan`);
  }
  if (raw.programs !== undefined) {
    const ok =
      Array.isArray(raw.programs) &&
      raw.programs.every(
        (p) =>
          isObject(p) &&
          typeof p.id === 'string' &&
          isObject(p.names) &&
          isObject(p.kelurahan) &&
          isObject(p.city) &&
          Array.isArray(p.points) &&
          kodes.every((k) => isObject((p.kelurahan as Record<string, unknown>)[k as string])),
      );
    if (!ok) throw new EmbedDataError('embed data: a programme is malformed');
  }
  return raw as unknown as EmbedData;
}
