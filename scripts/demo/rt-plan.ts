import type { KelurahanFeature, LngLat } from '../../src/lib/model/kelurahan.ts';
import { pointNear, spreadPoints } from './geo.ts';
import { apportion, type Rng } from './prng.ts';

/** RT in Kota Kediri (statement Feb 2025, facts §1). */
export const RT_TOTAL = 1478;
/** Sensus Penduduk 2020 by kecamatan (facts §1). */
export const SP2020_KEC: Record<string, number> = {
  '35.71.01': 114_553,
  '35.71.02': 84_291,
  '35.71.03': 87_952,
};
const SP2020_TOTAL = 286_796;
/** Published 2014 populations (Puskesmas Sukorame profile, facts §1), Mojoroto only. */
const POP_2014: Record<string, number> = {
  '35.71.01.1011': 15_824, // Mojoroto
  '35.71.01.1001': 12_789, // Bandar Lor
  '35.71.01.1004': 9_374, // Pojok
  '35.71.01.1005': 7_326, // Sukorame
  '35.71.01.1006': 7_093, // Bujel
};
/** City 2014 (Dispendukcapil, 279,245) → SP2020 growth, applied to the 2014 figures. */
const GROWTH_2014_2020 = SP2020_TOTAL / 279_245;
/**
 * RT named in published award lists (facts §1): the demo must contain them. Jamsaren and
 * Ngampel number RT across the kelurahan, Burengan restarts in every RW.
 */
export const PUBLISHED_RTS = [
  { kode: '35.71.03.1004', rw: 9, rt: 39, numbering: 'running' }, // Jamsaren
  { kode: '35.71.01.1010', rw: 4, rt: 24, numbering: 'running' }, // Ngampel
  { kode: '35.71.03.1015', rw: 11, rt: 1, numbering: 'per-rw' }, // Burengan
] as const;
const PERSONS_PER_RT = SP2020_TOTAL / RT_TOTAL;

export interface RwPlan {
  rw: number;
  rts: number[];
  /** A point inside the kelurahan the RW's homes cluster around. */
  center: LngLat;
  radiusM: number;
}

export interface KelurahanPlan {
  feature: KelurahanFeature;
  kode: string;
  nama: string;
  kodeKec: string;
  /** Hidden "true" SP2020-basis population used only to spread RTs; never published. */
  latentPop: number;
  rtCount: number;
  rws: RwPlan[];
  numbering: 'running' | 'per-rw';
}

/**
 * Spreads the 1,478 RT over the 46 kelurahan and groups them into RW. The RT share follows a
 * latent population: the published 2014 figures where they exist, otherwise √area with noise
 * (population does not scale with area: facts §7), inside each kecamatan's SP2020 total.
 */
export function planRts(features: readonly KelurahanFeature[], rng: Rng): KelurahanPlan[] {
  const latent = new Map<string, number>();
  for (const kec of Object.keys(SP2020_KEC)) {
    const fs = features.filter((f) => f.properties.kode_kec === kec);
    let rest = SP2020_KEC[kec];
    const free: KelurahanFeature[] = [];
    for (const f of fs) {
      const known = POP_2014[f.properties.kode];
      if (known !== undefined) {
        latent.set(f.properties.kode, known * GROWTH_2014_2020);
        rest -= known * GROWTH_2014_2020;
      } else free.push(f);
    }
    const w = free.map((f) => Math.sqrt(f.properties.area_km2) * rng.range(0.75, 1.25));
    const sw = w.reduce((a, b) => a + b, 0);
    free.forEach((f, i) => latent.set(f.properties.kode, (rest * w[i]) / sw));
  }
  // Make room for the published RT: enough RT (3 per RW after the named one) and RW.
  for (const c of PUBLISHED_RTS) {
    const running = c.numbering === 'running';
    const minRt = running ? c.rt + 3 * 2 : 3 * (c.rw + 1);
    const cur = latent.get(c.kode) ?? 0;
    latent.set(c.kode, Math.max(cur, (minRt + 1) * PERSONS_PER_RT));
  }
  const rtCounts = apportion(
    RT_TOTAL,
    features.map((f) => latent.get(f.properties.kode) ?? 0),
  );
  return features.map((f, i) => {
    const n = rtCounts[i];
    if (n < 3) throw new Error(`${f.properties.nama}: only ${n} RT, an RW needs at least 3`);
    const fixedRt = PUBLISHED_RTS.find((c) => c.kode === f.properties.kode);
    const m = Math.min(
      Math.floor(n / 3),
      Math.max(1, fixedRt ? fixedRt.rw + 1 : 1, Math.round(n / rng.range(4.2, 5.2))),
    );
    // Every RW gets the minimum of 3 RT (Permendagri 5/1981), the rest spread at random.
    const extra = apportion(
      n - 3 * m,
      Array.from({ length: m }, () => rng.range(0.3, 1.7)),
    );
    const sizes = extra.map((e) => e + 3);
    const numbering = fixedRt?.numbering ?? 'per-rw';
    if (fixedRt?.numbering === 'running') placeRunningRt(sizes, fixedRt.rw, fixedRt.rt);
    const centers = spreadPoints(f, m, rng);
    const radiusM = Math.max(60, Math.sqrt((f.properties.area_km2 * 1e6) / m / Math.PI));
    let next = 1;
    const rws = sizes.map((size, r) => {
      const rts = Array.from({ length: size }, (_, k) =>
        numbering === 'running' ? next + k : k + 1,
      );
      next += size;
      return { rw: r + 1, rts, center: centers[r], radiusM };
    });
    return {
      feature: f,
      kode: f.properties.kode,
      nama: f.properties.nama,
      kodeKec: f.properties.kode_kec,
      latentPop: latent.get(f.properties.kode) ?? 0,
      rtCount: n,
      rws,
      numbering,
    };
  });
}

/** A home (or site) in a given RW: near the RW centre, inside the kelurahan. */
export function pointInRw(plan: KelurahanPlan, rw: RwPlan, rng: Rng): LngLat {
  return pointNear(plan.feature, rw.center, rw.radiusM, rng);
}

/** A random (RW, RT) of the kelurahan, each RT equally likely. */
export function randomRt(plan: KelurahanPlan, rng: Rng): { rw: RwPlan; rt: number } {
  const rw = plan.rws[rng.weightedIndex(plan.rws.map((r) => r.rts.length))];
  return { rw, rt: rng.pick(rw.rts) };
}

/**
 * Moves RT between RW (keeping ≥ 3 each) until running number `rt` falls in RW `rw`:
 * RT in RW 1..rw-1 < rt ≤ RT in RW 1..rw.
 */
function placeRunningRt(sizes: number[], rw: number, rt: number): void {
  const prefix = (k: number) => sizes.slice(0, k).reduce((a, b) => a + b, 0);
  for (let guard = 0; guard < 1000; guard++) {
    if (prefix(rw - 1) >= rt) {
      const from = sizes.findIndex((s, i) => i < rw - 1 && s > 3);
      if (from < 0) break;
      sizes[from]--;
      sizes[rw]++;
    } else if (prefix(rw) < rt) {
      const from = sizes.findIndex((s, i) => i >= rw && s > 3);
      if (from < 0) break;
      sizes[from]--;
      sizes[rw - 1]++;
    } else return;
  }
  throw new Error(`cannot place RT ${rt} in RW ${rw}`);
}
