import type { BankSampah, BankSampahType } from '../../src/lib/model/records.ts';
import { pointInRw, randomRt, type KelurahanPlan } from './rt-plan.ts';
import { FIRST, FLOWERS, NAMED, SECOND, type Named } from './bank-sampah-names.ts';
import { apportion, type Rng } from './prng.ts';

/** Figures the bank-sampah demo must reproduce (2023 DLHKP figures, facts §2). */
export const BANK_SAMPAH_TOTAL = 134;
export const BANK_SAMPAH_ACTIVE = 63;
export const KELURAHAN_WITH_BANK_SAMPAH = 24;
/** Active units handled 200 t/yr (facts §2). */
export const ACTIVE_KG_PER_YEAR = 200_000;
/** 2022 mix 85 community / 20 school / 5 market of 110, scaled to 134; no confirmed induk. */
const TYPE_COUNTS: Record<BankSampahType, number> = {
  unit: 104,
  sekolah: 24,
  pasar: 6,
  induk: 0,
  lainnya: 0,
};
/** Units per kecamatan, after the 2017 split (Mojoroto 23, Kota 30, Pesantren 18 of 71). */
const KEC_UNITS: Record<string, { kelurahan: number; units: number }> = {
  '35.71.01': { kelurahan: 9, units: 45 },
  '35.71.02': { kelurahan: 9, units: 52 },
  '35.71.03': { kelurahan: 6, units: 37 },
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

export type BankSampahRow = Omit<
  BankSampah,
  'id' | 'batchId' | 'sourceFile' | 'sourceRow' | 'createdAt' | 'updatedAt'
>;

/** 134 units in exactly 24 kelurahan, 63 active; named units where the sources put them. */
export function buildBankSampah(plans: readonly KelurahanPlan[], rng: Rng): BankSampahRow[] {
  const namedKel = new Set(NAMED.map((n) => n.kode));
  // Kelurahan with units: the named ones, topped up per kecamatan to the 2017-like split.
  const chosen: KelurahanPlan[] = [];
  for (const [kec, { kelurahan }] of Object.entries(KEC_UNITS)) {
    const inKec = plans.filter((p) => p.kodeKec === kec);
    const fixed = inKec.filter((p) => namedKel.has(p.kode));
    const others = rng.shuffle(inKec.filter((p) => !namedKel.has(p.kode)));
    chosen.push(...fixed, ...others.slice(0, kelurahan - fixed.length));
  }
  // Units per kelurahan: at least its named units (≥ 1), the rest by population.
  const units = new Map<string, number>();
  for (const [kec, { units: total }] of Object.entries(KEC_UNITS)) {
    const kel = chosen.filter((p) => p.kodeKec === kec);
    const min = kel.map((p) => Math.max(1, NAMED.filter((n) => n.kode === p.kode).length));
    const extra = apportion(
      total - min.reduce((a, b) => a + b, 0),
      kel.map((p) => p.latentPop * rng.range(0.5, 1.5)),
    );
    kel.forEach((p, i) => units.set(p.kode, min[i] + extra[i]));
  }

  // Slots: one per unit; named units take their kelurahan's first slots.
  interface Slot {
    plan: KelurahanPlan;
    named?: Named;
    type: BankSampahType;
  }
  const slots: Slot[] = [];
  for (const p of chosen) {
    const named = NAMED.filter((n) => n.kode === p.kode);
    for (let i = 0; i < (units.get(p.kode) ?? 0); i++)
      slots.push({ plan: p, named: named[i], type: 'unit' });
  }
  // Markets in 6 different kelurahan (Kota first: the city's trading centre), schools anywhere.
  const free = rng.shuffle(slots.filter((s) => !s.named));
  const marketKel = new Set<string>();
  for (const s of [...free].sort(
    (a, b) => Number(b.plan.kodeKec === '35.71.02') - Number(a.plan.kodeKec === '35.71.02'),
  )) {
    if (marketKel.size >= TYPE_COUNTS.pasar) break;
    if (!marketKel.has(s.plan.kode)) {
      marketKel.add(s.plan.kode);
      s.type = 'pasar';
    }
  }
  free
    .filter((s) => s.type === 'unit')
    .slice(0, TYPE_COUNTS.sekolah)
    .forEach((s) => (s.type = 'sekolah'));

  // Active: all project partners, the rest drawn (schools lapse more often than RW units).
  const partners = slots.filter((s) => s.named?.partner);
  const rest = slots
    .filter((s) => !s.named?.partner)
    .map((s) => ({
      s,
      score: rng.next() * (s.type === 'sekolah' ? 0.7 : s.type === 'pasar' ? 0.9 : 1),
    }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.s);
  const active = new Set<Slot>([
    ...partners,
    ...rest.slice(0, BANK_SAMPAH_ACTIVE - partners.length),
  ]);

  // Founding dates follow the published growth: 30 (2014), 71 (Feb 2017), 92 (Nov 2018),
  // 110 (mid 2022), 134 (2023). Named units are among the older ones.
  const cohorts: [number, string, string][] = [
    [30, '2010-03-01', '2014-12-31'],
    [41, '2015-01-01', '2017-01-31'],
    [21, '2017-02-01', '2018-10-31'],
    [18, '2018-11-01', '2022-05-31'],
    [24, '2022-06-01', '2023-12-31'],
  ];
  const byAge = [
    ...rng.shuffle(slots.filter((s) => s.named)),
    ...rng.shuffle(slots.filter((s) => !s.named)),
  ];
  const established = new Map<Slot, string>();
  let k = 0;
  for (const [n, from, to] of cohorts)
    for (let i = 0; i < n; i++) established.set(byAge[k++], randomDate(from, to, rng));

  const namesLeft = rng.shuffle(
    [
      ...FLOWERS,
      ...FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`)),
    ].filter((n) => !NAMED.some((x) => x.name === n)),
  );
  const schoolNo = new Map<string, number>();
  const rows: BankSampahRow[] = slots.map((s) => {
    const isActive = active.has(s);
    const { rw, rt } = randomRt(s.plan, rng);
    const point = pointInRw(s.plan, rw, rng);
    let name: string;
    if (s.named) name = `Bank Sampah ${s.named.name}`;
    else if (s.type === 'sekolah') {
      const n = (schoolNo.get(s.plan.kode) ?? rng.int(0, 2)) + 1;
      schoolNo.set(s.plan.kode, n);
      name = `Bank Sampah SDN ${s.plan.nama} ${n}`;
    } else if (s.type === 'pasar') name = `Bank Sampah Pasar ${s.plan.nama}`;
    else name = `Bank Sampah ${namesLeft.pop()}`;
    const inRt = s.type === 'unit';
    const place = s.named?.place ? `${s.named.place}, ` : '';
    const year = s.named?.establishedYear;
    const est = year ? randomDate(`${year}-01-01`, `${year}-12-31`, rng) : established.get(s)!;
    const members =
      s.named?.members ??
      (s.type === 'sekolah'
        ? rng.int(60, 350)
        : s.type === 'pasar'
          ? rng.int(15, 45)
          : rng.int(20, 120));
    return {
      name,
      kode: s.plan.kode,
      rw: rw.rw,
      rt: inRt ? rt : null,
      address: `${place}${inRt ? `RT ${pad2(rt)} ` : ''}RW ${pad2(rw.rw)}, Kel. ${s.plan.nama}`,
      lng: point[0],
      lat: point[1],
      type: s.type,
      status: isActive ? 'aktif' : 'tidak_aktif',
      established: est,
      members,
      kgPerMonth: isActive
        ? (s.type === 'pasar' ? 2.5 : s.type === 'sekolah' ? 0.6 : 1) * rng.range(0.4, 1.8)
        : null,
    };
  });

  // Scale active kg/month so the year adds up to the published 200 t.
  const raw = rows.reduce((a, r) => a + (r.kgPerMonth ?? 0), 0);
  const kg = apportion(
    Math.round(ACTIVE_KG_PER_YEAR / 12),
    rows.map((r) => r.kgPerMonth ?? 0),
  );
  rows.forEach((r, i) => (r.kgPerMonth = r.kgPerMonth === null ? null : kg[i]));
  if (raw <= 0) throw new Error('no active bank sampah');

  // Some inactive units lost their location or founding date in the source list.
  const inactive = rng.shuffle(rows.filter((r) => r.status === 'tidak_aktif'));
  inactive.slice(0, 6).forEach((r) => ((r.lng = null), (r.lat = null)));
  inactive.slice(6, 14).forEach((r) => (r.established = null));
  inactive.slice(10, 30).forEach((r) => (r.members = null));
  return rows;
}

function randomDate(from: string, to: string, rng: Rng): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const day = rng.int(0, Math.round((b - a) / 86_400_000));
  return new Date(a + day * 86_400_000).toISOString().slice(0, 10);
}
