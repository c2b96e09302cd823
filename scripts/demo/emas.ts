import type { DemoPlace } from './rows.ts';
import { pointInRw, randomRt, type KelurahanPlan } from './rt-plan.ts';
import { apportion, type Rng } from './prng.ts';

/** City-wide figures "per 3 Desember 2024" (quickwins-facts §3, TimesJatim). */
export const EMAS_SPOTS = 154;
export const EMAS_CLASSES = 247;
export const EMAS_PARTICIPANTS = 3260;
/** "Minimum 10 participants per group" (facts §3, curriculum and format). */
const MIN_PER_CLASS = 10;

/** Venue keys of the Emas preset's `venue` field (src/lib/programs/presets.ts). */
type Venue = 'pos_kamling' | 'tpq' | 'warung' | 'balai_warga' | 'rumah_rt' | 'paud' | 'lembaga';

/**
 * Venue mix [E]: the published examples (facts §3) are mostly the ketua RT's house and the pos
 * kamling (the PJ is usually the ketua RT), then TPQ, residents' halls, a few PAUD, coffee stalls
 * and institutions (rusunawa, Kejaksaan).
 */
const VENUE_WEIGHTS: [Venue, number][] = [
  ['rumah_rt', 30],
  ['pos_kamling', 25],
  ['tpq', 18],
  ['balai_warga', 13],
  ['paud', 6],
  ['warung', 5],
  ['lembaga', 3],
];

/** Spots named in public sources with their kelurahan (facts §3, 2016–2018). */
const NAMED: { kode: string; name: string; venue: Venue }[] = [
  { kode: '35.71.03.1003', name: 'GaSeKa (Gang Setia Kawan)', venue: 'rumah_rt' }, // Tosaren
  { kode: '35.71.03.1003', name: 'TPQ Al-Kayat', venue: 'tpq' }, // Tosaren
  { kode: '35.71.02.1009', name: 'IKRAS Setono Gedong', venue: 'warung' }, // Setonogedong
  { kode: '35.71.01.1004', name: 'We-Smart', venue: 'balai_warga' }, // Pojok
  { kode: '35.71.01.1004', name: 'TPQ As-Syauqi', venue: 'tpq' }, // Pojok
  { kode: '35.71.03.1007', name: 'Wijaya', venue: 'rumah_rt' }, // Betet
  { kode: '35.71.02.1014', name: 'Belajar Bareng', venue: 'pos_kamling' }, // Ngronggo
  { kode: '35.71.01.1006', name: 'GBE Community', venue: 'balai_warga' }, // Bujel
];

/** An Emas spot in the preset's fields, with its place. */
export interface EmasRow extends DemoPlace {
  name: string;
  venue: Venue;
  classes: number;
  participants: number;
  status: 'aktif';
}

const VENUE_NAME: Record<Venue, string> = {
  pos_kamling: 'Pos Kamling',
  tpq: 'TPQ',
  warung: 'Warung',
  balai_warga: 'Balai Warga',
  rumah_rt: 'Rumah Ketua',
  paud: 'PAUD',
  lembaga: 'Lembaga',
};

/**
 * 154 spots, one or more in every kelurahan, the rest by population (the RT count carries it);
 * 247 classes (every spot at least one) and 3,260 participants (every class at least 10). All are
 * active: 154 is the count of running spots on that date.
 */
export function buildEmas(plans: readonly KelurahanPlan[], rng: Rng): EmasRow[] {
  const named = (kode: string) => NAMED.filter((n) => n.kode === kode);
  const base = plans.map((p) => Math.max(1, named(p.kode).length));
  const extra = apportion(
    EMAS_SPOTS - base.reduce((a, b) => a + b, 0),
    plans.map((p) => p.rtCount * rng.range(0.7, 1.3)),
  );
  const slots = plans.flatMap((p, i) =>
    Array.from({ length: base[i] + extra[i] }, (_, k) => ({ plan: p, named: named(p.kode)[k] })),
  );
  const classes = apportion(
    EMAS_CLASSES - slots.length,
    slots.map(() => rng.range(0, 1) ** 2),
  ).map((c) => c + 1);
  const participants = apportion(
    EMAS_PARTICIPANTS - MIN_PER_CLASS * EMAS_CLASSES,
    classes.map((c) => c * rng.range(0.3, 1.7)),
  ).map((x, i) => x + MIN_PER_CLASS * classes[i]);

  const used = new Set<string>();
  return slots.map((s, i) => {
    const { rw, rt } = randomRt(s.plan, rng);
    const [lng, lat] = pointInRw(s.plan, rw, rng);
    const venue =
      s.named?.venue ?? VENUE_WEIGHTS[rng.weightedIndex(VENUE_WEIGHTS.map((v) => v[1]))][0];
    // Invented names say where the group meets: "Emas Pos Kamling RT 04 RW 02 Bujel".
    let name = s.named?.name ?? `Emas ${VENUE_NAME[venue]} RT ${pad2(rt)} RW ${pad2(rw.rw)}`;
    if (!s.named) {
      name = `${name} ${s.plan.nama}`;
      for (let n = 2; used.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    }
    used.add(name);
    return {
      kode: s.plan.kode,
      rw: rw.rw,
      // An institution's spot is not an RT's: it has an RW address only.
      rt: venue === 'lembaga' ? null : rt,
      lng,
      lat,
      name,
      venue,
      classes: classes[i],
      participants: participants[i],
      status: 'aktif',
    };
  });
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
