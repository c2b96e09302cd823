import type { DemoPlace } from './rows.ts';
import { pointInRw, randomRt, type KelurahanPlan } from './rt-plan.ts';
import { apportion, type Rng } from './prng.ts';

type TaxType = 'hotel' | 'restoran' | 'hiburan' | 'parkir' | 'air_tanah' | 'ppj';

/**
 * Tax objects per type: an ESTIMATE, no count is published (facts §1, "NOT FOUND"). Sized for a
 * city of ~300,000 with the Rp 5 juta/month restaurant threshold (Perda 4/2020): see
 * public/demo/README.md. `centre`: how many times more likely per RT in the old town centre.
 */
export const E_SPTPD_TYPES: Record<TaxType, { objects: number; centre: number }> = {
  restoran: { objects: 220, centre: 4 },
  hotel: { objects: 35, centre: 8 },
  hiburan: { objects: 25, centre: 6 },
  parkir: { objects: 40, centre: 5 },
  air_tanah: { objects: 30, centre: 2 },
  ppj: { objects: 4, centre: 1 },
};
/**
 * The old town centre [E]: the eight small kelurahan of Kec. Kota under 0.4 km² (Kampung Dalem,
 * Setonopande, Ringinanom, Pakelan, Setonogedong, Kemasan, Jagalan, Pocanan).
 */
const CENTRE_KELURAHAN = [
  '35.71.02.1005',
  '35.71.02.1006',
  '35.71.02.1007',
  '35.71.02.1008',
  '35.71.02.1009',
  '35.71.02.1010',
  '35.71.02.1011',
  '35.71.02.1016',
];
/** Parking tax target Rp 1.6 miliar for 2023 (facts §1): one month's filings ≈ a twelfth. */
export const PARKING_TAX_PER_MONTH_RP = 133_000_000;
/** The last filed tax period as of the demo's date (31 Oct 2025): September, some August. */
const PERIODS = ['2025-09-01', '2025-08-01'];
/** Share filing online [E]: not published. */
const ONLINE_SHARE = 0.75;

const PREFIX: Record<TaxType, string[]> = {
  restoran: ['Rumah Makan', 'Depot', 'Warung', 'Kafe', 'Resto', 'Bakso', 'Soto', 'Pecel'],
  hotel: ['Hotel', 'Hotel', 'Wisma', 'Guest House', 'Penginapan'],
  hiburan: ['Karaoke', 'Biliar', 'Bioskop', 'Kolam Renang', 'Futsal', 'Arena Permainan'],
  parkir: ['Parkir Plaza', 'Parkir Toko', 'Parkir RS', 'Parkir Swalayan', 'Parkir Gedung'],
  air_tanah: ['Sumur Dalam', 'Air Tanah'],
  ppj: ['Genset'],
};
const WORDS = [
  'Sari Rasa',
  'Sumber Rejeki',
  'Barokah',
  'Joyoboyo',
  'Kelud',
  'Brantas',
  'Dhoho',
  'Kilisuci',
  'Sekartaji',
  'Panjalu',
  'Mulia',
  'Sejahtera',
  'Makmur',
  'Bintang',
  'Melati',
  'Mawar',
  'Cempaka',
  'Jaya',
  'Asri',
  'Sentosa',
  'Lestari',
  'Wilis',
  'Kediri',
  'Nusantara',
  'Pelangi',
  'Sederhana',
  'Ceria',
  'Indah',
  'Permata',
  'Berkah',
  'Amanah',
  'Sumber Urip',
  'Tirta',
  'Rahayu',
  'Abadi',
];

/** A tax object in the E-SPTPD preset's fields: its last filed period and the tax then due. */
export interface ESptpdRow extends DemoPlace {
  name: string;
  taxType: TaxType;
  period: string;
  taxRp: number;
  filing: 'daring' | 'manual';
}

/** Monthly tax due of one object [E], Rp, before rounding; parking is scaled to the target. */
function taxDue(type: TaxType, rng: Rng): number {
  const logUniform = (lo: number, hi: number) => lo * (hi / lo) ** rng.next();
  switch (type) {
    case 'restoran': // 10 % of monthly sales above the Rp 5 juta threshold
      return 0.1 * logUniform(6e6, 150e6);
    case 'hotel':
      return 0.1 * logUniform(15e6, 500e6);
    case 'hiburan':
      return 0.15 * logUniform(5e6, 100e6);
    case 'parkir': // a weight only: scaled to the monthly target afterwards
      return logUniform(5e5, 2e7);
    case 'air_tanah':
      return logUniform(2e5, 5e6);
    default:
      return logUniform(1e6, 1e7);
  }
}

/**
 * A few hundred tax objects by type, placed by RT count with the town centre weighted up (more so
 * for hotels and entertainment), each with its latest monthly filing: period, tax due, online or
 * on paper. Parking objects' monthly tax adds up to a twelfth of the 2023 parking target.
 */
export function buildESptpd(plans: readonly KelurahanPlan[], rng: Rng): ESptpdRow[] {
  const centre = new Set(CENTRE_KELURAHAN);
  const used = new Set<string>();
  const rows: ESptpdRow[] = [];
  for (const [type, { objects, centre: factor }] of Object.entries(E_SPTPD_TYPES) as [
    TaxType,
    { objects: number; centre: number },
  ][]) {
    const weights = plans.map((p) => p.rtCount * (centre.has(p.kode) ? factor : 1));
    const perKel = apportion(
      objects,
      weights.map((w) => w * rng.range(0.5, 1.5)),
    );
    const start = rows.length;
    plans.forEach((plan, k) => {
      for (let i = 0; i < perKel[k]; i++) {
        const { rw, rt } = randomRt(plan, rng);
        const [lng, lat] = pointInRw(plan, rw, rng);
        let name = `${rng.pick(PREFIX[type])} ${rng.pick(WORDS)}`;
        for (let n = 2; used.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
        used.add(name);
        rows.push({
          kode: plan.kode,
          rw: rw.rw,
          rt: type === 'restoran' || type === 'air_tanah' ? rt : null,
          lng,
          lat,
          name,
          taxType: type,
          period: rng.chance(0.9) ? PERIODS[0] : PERIODS[1],
          taxRp: Math.round(taxDue(type, rng) / 1000) * 1000,
          filing: rng.chance(ONLINE_SHARE) ? 'daring' : 'manual',
        });
      }
    });
    if (type === 'parkir') {
      const mine = rows.slice(start);
      const parts = apportion(
        PARKING_TAX_PER_MONTH_RP / 1000,
        mine.map((r) => r.taxRp),
      );
      mine.forEach((r, i) => (r.taxRp = parts[i] * 1000));
    }
  }
  return rows;
}
