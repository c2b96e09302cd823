import type {
  ProdamasCategory,
  ProdamasProgress,
  ProdamasProject,
} from '../../src/lib/model/records.ts';
import type { KelurahanPlan, RwPlan } from './rt-plan.ts';
import { pointInRw } from './rt-plan.ts';
import { apportion, type Rng } from './prng.ts';

export const PRODAMAS_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
/** Rp 100 juta per RT per year, 2021–2025 (facts §3). */
export const BUDGET_PER_RT = 100_000_000;
/** 2024 caps (Perwali 28/2023), applied to every year of the demo; others have none published. */
export const CATEGORY_CAPS: Partial<Record<ProdamasCategory, number>> = {
  infrastruktur: 0.4,
  kesehatan: 0.4,
  sosial_budaya: 0.2,
  ekonomi: 0.2,
};
/** Budgets are multiples of Rp 500,000. */
const STEP_RP = 500_000;
/** Progress is as of this date: earlier years are closed, 2025 is still running. */
export const AS_OF = '2025-10-31';

const TITLES: Record<ProdamasCategory, string[]> = {
  infrastruktur: [
    'Paving jalan lingkungan',
    'Perbaikan saluran drainase',
    'Rehab pos kamling',
    'Pembangunan plengsengan',
    'Penerangan jalan lingkungan',
    'Perbaikan gorong-gorong',
    'Taman lingkungan (RTH)',
  ],
  ekonomi: [
    'Pelatihan menjahit',
    'Pelatihan tata boga',
    'Bantuan peralatan usaha mikro',
    'Pelatihan pemasaran daring UMKM',
    'Penguatan koperasi RW',
  ],
  sosial_budaya: [
    'Kegiatan PKK',
    'Peralatan kesenian',
    'Seragam kesenian',
    'Peringatan hari besar nasional',
    'Perlengkapan kegiatan keagamaan',
  ],
  pendidikan: ['Bimbingan belajar anak', 'Perlengkapan PAUD', 'Taman baca warga'],
  kesehatan: [
    'PMT posyandu balita',
    'PMT posyandu lansia',
    'Pemeriksaan kesehatan lansia',
    'Alat kesehatan posyandu',
    'Pemberantasan sarang nyamuk',
  ],
  kepemudaan: ['Kegiatan Karang Taruna', 'Peralatan olahraga', 'Pelatihan kewirausahaan pemuda'],
};
/** 2021: refocused to COVID-19; uniforms, table-tennis gear etc. were dropped (facts §3). */
const COVID_2021 = ['Perlengkapan protokol kesehatan COVID-19', 'Dukungan isolasi mandiri warga'];
const DROPPED_2021 = new Set(['Seragam kesenian', 'Peralatan olahraga']);

export type ProdamasRow = Omit<
  ProdamasProject,
  'id' | 'batchId' | 'sourceFile' | 'sourceRow' | 'createdAt' | 'updatedAt'
>;

/** Share ranges a rembug / musyawarah typically lands in, before caps. */
function draftShares(year: number, rng: Rng): Record<ProdamasCategory, number> {
  const s: Record<ProdamasCategory, number> = {
    infrastruktur: rng.range(0.25, 0.4),
    kesehatan: year === 2021 ? rng.range(0.2, 0.4) : rng.range(0.1, 0.25),
    sosial_budaya: rng.range(0.08, 0.2),
    ekonomi: rng.range(0.08, 0.2),
    pendidikan: rng.range(0.03, 0.12),
    kepemudaan: rng.range(0.03, 0.1),
  };
  if (year === 2021) {
    // RT-level plans in 2021 fund fewer bidang: drop two of the four smaller ones.
    for (const c of rng
      .shuffle(['sosial_budaya', 'ekonomi', 'pendidikan', 'kepemudaan'] as const)
      .slice(0, 2))
      s[c] = 0;
  }
  return s;
}

/**
 * Splits `units` budget steps over the categories so every capped category stays within its cap:
 * scale to the total, clip at the caps, hand the excess to categories below theirs, repeat.
 */
function splitWithinCaps(
  units: number,
  shares: Record<ProdamasCategory, number>,
): Record<ProdamasCategory, number> {
  const cats = Object.keys(shares) as ProdamasCategory[];
  const capUnits = (c: ProdamasCategory) =>
    CATEGORY_CAPS[c] === undefined ? Infinity : Math.floor((CATEGORY_CAPS[c] as number) * units);
  const w = { ...shares };
  const out = {} as Record<ProdamasCategory, number>;
  const clipped = new Set<ProdamasCategory>();
  for (let pass = 0; pass < 10; pass++) {
    const parts = apportion(
      units,
      cats.map((c) => w[c]),
    );
    cats.forEach((c, i) => (out[c] = parts[i]));
    const over = cats.filter((c) => out[c] > capUnits(c));
    if (over.length === 0) return out;
    for (const c of over) {
      clipped.add(c);
      w[c] = capUnits(c) / units;
    }
    const fixed = [...clipped].reduce((a, c) => a + w[c], 0);
    const loose = cats.filter((c) => !clipped.has(c) && w[c] > 0);
    const sum = loose.reduce((a, c) => a + w[c], 0);
    if (loose.length === 0 || fixed > 1) break;
    for (const c of loose) w[c] = (w[c] / sum) * (1 - fixed);
  }
  throw new Error('splitWithinCaps: no split within caps');
}

/**
 * Prodamas Plus 2021–2025. 2021 plans are per RT (rembug warga); from 2022 proposals come from
 * the musyawarah kelurahan (Perwali 32/2021), so projects are per RW, each RW's pot being
 * Rp 100 juta × its RT. Every kelurahan-year therefore adds up to Rp 100 juta × RT.
 */
export function buildProdamas(plans: readonly KelurahanPlan[], rng: Rng): ProdamasRow[] {
  const rows: ProdamasRow[] = [];
  // A few kelurahan report slowly: their 2025 projects are less often at 100 %.
  const lag = new Map(
    plans.map((p) => [p.kode, rng.chance(0.2) ? rng.range(0.5, 1) : rng.range(0, 0.3)]),
  );
  for (const year of PRODAMAS_YEARS) {
    for (const plan of plans) {
      for (const rw of plan.rws) {
        const pots: { rt: number | null; nRt: number }[] =
          year === 2021 ? rw.rts.map((rt) => ({ rt, nRt: 1 })) : [{ rt: null, nRt: rw.rts.length }];
        for (const pot of pots) {
          const units = (pot.nRt * BUDGET_PER_RT) / STEP_RP;
          const split = splitWithinCaps(units, draftShares(year, rng));
          for (const [cat, catUnits] of Object.entries(split) as [ProdamasCategory, number][]) {
            if (catUnits === 0) continue;
            // One activity per bidang; an RW's infrastructure pot may fund two works.
            const maxProjects = cat === 'infrastruktur' && year > 2021 ? 2 : 1;
            const n = Math.min(catUnits, rng.int(1, maxProjects));
            const parts = apportion(
              catUnits,
              Array.from({ length: n }, () => rng.range(0.5, 1.5)),
            );
            for (const part of parts)
              rows.push(
                project(year, plan, rw, pot.rt, cat, part * STEP_RP, lag.get(plan.kode) ?? 0, rng),
              );
          }
        }
      }
    }
  }
  return rows;
}

function project(
  year: number,
  plan: KelurahanPlan,
  rw: RwPlan,
  rt: number | null,
  category: ProdamasCategory,
  budgetRp: number,
  lag: number,
  rng: Rng,
): ProdamasRow {
  let titles = TITLES[category];
  if (year === 2021) {
    titles = titles.filter((t) => !DROPPED_2021.has(t));
    if (category === 'kesehatan') titles = [...titles, ...COVID_2021];
  }
  const located = rng.chance(category === 'infrastruktur' ? 0.7 : 0.15);
  const point = located ? pointInRw(plan, rw, rng) : null;
  return {
    year,
    kode: plan.kode,
    rw: rw.rw,
    rt,
    category,
    title: rng.pick(titles),
    budgetRp,
    progress: progressFor(year, lag, rng),
    lng: point ? point[0] : null,
    lat: point ? point[1] : null,
  };
}

/** Years up to 2023 are closed (100 % reporting gates the next disbursement); 2025 is running. */
function progressFor(year: number, lag: number, rng: Rng): ProdamasProgress {
  if (year <= 2023) return 100;
  if (year === 2024) return rng.chance(0.98) ? 100 : 50;
  const x = rng.next();
  const done = 0.7 - 0.45 * lag;
  if (x < done) return 100;
  return x < done + 0.22 ? 50 : 0;
}
