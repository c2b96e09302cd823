import type { PopulationInput } from './input';
import type { CityGeometry } from './city';

/** Residents per kelurahan, with where the figure came from. */
export interface KelurahanPopulation {
  total: number;
  /** Residents aged 60+, null when unknown. */
  elderly: number | null;
  /** RT count from the population table, null when unknown. */
  rtCount: number | null;
  isEstimate: boolean;
  source: string;
}

/** Sensus Penduduk 2020 per kecamatan (BPS), for the equal-share fallback. */
const SP2020_BY_KECAMATAN: Record<string, number> = {
  '35.71.01': 114_553,
  '35.71.02': 84_291,
  '35.71.03': 87_952,
};

/**
 * Population per kelurahan (city order): the newest row per kode from `rows`; a kelurahan without
 * one gets an equal share of its kecamatan's SP2020 total (an estimate, flagged as such; sharing by
 * area is avoided on purpose, see kediri-facts §7).
 */
export function resolvePopulation(
  city: CityGeometry,
  rows: readonly PopulationInput[],
): KelurahanPopulation[] {
  const newest = new Map<string, PopulationInput>();
  for (const r of rows) {
    const prev = newest.get(r.kode);
    if (!prev || r.year > prev.year) newest.set(r.kode, r);
  }
  const perKec = new Map<string, number>();
  for (const kode of city.kodes) {
    const kec = kode.slice(0, 8);
    perKec.set(kec, (perKec.get(kec) ?? 0) + 1);
  }
  return city.kodes.map((kode) => {
    const r = newest.get(kode);
    if (r && r.total > 0) {
      return {
        total: r.total,
        elderly: r.elderly ?? null,
        rtCount: r.rtCount ?? null,
        isEstimate: r.isEstimate,
        source: r.source,
      };
    }
    const kec = kode.slice(0, 8);
    const total = Math.round((SP2020_BY_KECAMATAN[kec] ?? 0) / (perKec.get(kec) ?? 1));
    return {
      total,
      elderly: null,
      rtCount: null,
      isEstimate: true,
      source: 'estimasi: SP2020 kecamatan / jumlah kelurahan',
    };
  });
}

/** Where the residents figures come from: the population table, the labelled estimate, or both. */
export type ResidentsSource = 'published' | 'estimate' | 'mixed';

/** `published` when no kelurahan is estimated, `estimate` when all are, else `mixed`. */
export function residentsSourceOf(
  population: readonly Pick<KelurahanPopulation, 'isEstimate'>[],
): ResidentsSource {
  const estimates = population.filter((p) => p.isEstimate).length;
  if (estimates === 0) return 'published';
  return estimates === population.length ? 'estimate' : 'mixed';
}
