import type { DemoPlace } from './rows.ts';
import { pointInRw, randomRt, type KelurahanPlan } from './rt-plan.ts';
import type { Rng } from './prng.ts';

/** "121 peserta, Rp 2 M disbursed", ~early 2022, "belum genap satu tahun" (facts §2). */
export const KURNIA_LOANS = 121;
export const KURNIA_TOTAL_RP = 2_000_000_000;
/** UMKM ceiling (facts §2, loan terms). */
export const KURNIA_MAX_RP = 25_000_000;
/** Launched early 2021 (announced 29 Dec 2020); the snapshot is ~early 2022. */
export const KURNIA_FROM = '2021-01-11';
export const KURNIA_TO = '2022-02-28';
/** Amounts in steps of Rp 500,000 [E]: loans are granted in round figures. */
const STEP_RP = 500_000;
const MIN_RP = 3_000_000;

type Business = 'kuliner' | 'kerajinan' | 'dagang' | 'jasa' | 'lainnya';
/** Growth in food and drink, crafts and basic needs (facts §2, usaha mikro 2020–2021) [E]. */
const BUSINESS_WEIGHTS: [Business, number][] = [
  ['kuliner', 40],
  ['dagang', 25],
  ['kerajinan', 15],
  ['jasa', 15],
  ['lainnya', 5],
];

/** A Kurnia loan in the preset's fields; the location is the business (its "denah lokasi usaha"). */
export interface KurniaRow extends DemoPlace {
  rt: number;
  borrower: 'umkm';
  business: Business;
  amountRp: number;
  start: string;
  status: 'berjalan';
}

/**
 * 121 UMKM loans adding up to exactly Rp 2 miliar, each ≤ Rp 25 juta, in the two published bands
 * (below Rp 10 juta, Rp 10–25 juta), disbursed Jan 2021 – Feb 2022, spread by population. All
 * are running: the 3-year loans of that snapshot had not fallen due.
 */
export function buildKurnia(plans: readonly KelurahanPlan[], rng: Rng): KurniaRow[] {
  const max = KURNIA_MAX_RP / STEP_RP;
  const min = MIN_RP / STEP_RP;
  // Units of Rp 500,000: a quarter below Rp 10 juta, the rest Rp 10–25 juta, then nudged one step
  // at a time (within the bounds) until the sum is exact.
  const units = Array.from({ length: KURNIA_LOANS }, () =>
    rng.chance(0.25) ? rng.int(min, 19) : rng.int(20, max),
  );
  const target = KURNIA_TOTAL_RP / STEP_RP;
  for (let guard = 0; guard < 100_000; guard++) {
    const diff = target - units.reduce((a, b) => a + b, 0);
    if (diff === 0) break;
    const i = rng.int(0, units.length - 1);
    if (diff > 0 && units[i] < max) units[i]++;
    else if (diff < 0 && units[i] > min) units[i]--;
  }
  const dates = Array.from({ length: KURNIA_LOANS }, () => randomDate(KURNIA_FROM, KURNIA_TO, rng));
  dates.sort();
  const weights = plans.map((p) => p.rtCount);
  return units.map((u, i) => {
    const plan = plans[rng.weightedIndex(weights)];
    const { rw, rt } = randomRt(plan, rng);
    const [lng, lat] = pointInRw(plan, rw, rng);
    return {
      kode: plan.kode,
      rw: rw.rw,
      rt,
      lng,
      lat,
      borrower: 'umkm',
      business: BUSINESS_WEIGHTS[rng.weightedIndex(BUSINESS_WEIGHTS.map((b) => b[1]))][0],
      amountRp: u * STEP_RP,
      start: dates[i],
      status: 'berjalan',
    };
  });
}

/** A uniform date in [from, to], ISO `YYYY-MM-DD`. */
function randomDate(from: string, to: string, rng: Rng): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const day = rng.int(0, Math.round((b - a) / 86_400_000));
  return new Date(a + day * 86_400_000).toISOString().slice(0, 10);
}
