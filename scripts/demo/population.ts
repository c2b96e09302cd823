import type { KelurahanPlan } from './rt-plan.ts';
import { SP2020_KEC } from './rt-plan.ts';
import { apportion } from './prng.ts';

/** Kepmendagri 2025 (Dukcapil) city population: the headline the estimate is scaled to. */
export const POPULATION_2025 = 301_424;
const POPULATION_YEAR = 2025;
/** Share aged 60+ (facts §7: 10–12 %). */
const ELDERLY_SHARE = 0.11;
const POPULATION_SOURCE =
  'estimasi (metode: penduduk SP2020 per kecamatan dibagi ke kelurahan menurut jumlah RT, ' +
  'diskalakan ke 301.424 jiwa Kepmendagri 2025; lansia 60+ = 11 %)';

export interface PopulationRow {
  year: number;
  kode: string;
  total: number;
  elderly: number;
  rtCount: number;
  rwCount: number;
  source: string;
  isEstimate: true;
}

/**
 * Facts §7: pop_kel = pop_kec × RT_kel / RT_kec. Kecamatan totals are the SP2020 shares of the
 * 2025 headline (largest remainder, so the city adds up to exactly 301,424).
 */
export function buildPopulation(plans: readonly KelurahanPlan[]): PopulationRow[] {
  const kecs = Object.keys(SP2020_KEC);
  const kec2025 = apportion(
    POPULATION_2025,
    kecs.map((k) => SP2020_KEC[k]),
  );
  const rows: PopulationRow[] = [];
  kecs.forEach((kec, i) => {
    const kel = plans.filter((p) => p.kodeKec === kec);
    const totals = apportion(
      kec2025[i],
      kel.map((p) => p.rtCount),
    );
    kel.forEach((p, j) =>
      rows.push({
        year: POPULATION_YEAR,
        kode: p.kode,
        total: totals[j],
        elderly: Math.round(totals[j] * ELDERLY_SHARE),
        rtCount: p.rtCount,
        rwCount: p.rws.length,
        source: POPULATION_SOURCE,
        isEstimate: true,
      }),
    );
  });
  return rows.sort((a, b) => a.kode.localeCompare(b.kode));
}
