import { PRODAMAS_CATEGORIES } from '../../src/lib/model/records.ts';
import { inside } from './geo.ts';
import {
  BANK_SAMPAH_ACTIVE,
  BANK_SAMPAH_TOTAL,
  KELURAHAN_WITH_BANK_SAMPAH,
  ACTIVE_KG_PER_YEAR,
} from './bank-sampah.ts';
import { presetErrors } from './invariants-presets.ts';
import type { DemoRows } from './rows.ts';
import { HOME_CARE_FROM, HOME_CARE_PATIENTS, HOME_CARE_TO } from './home-care.ts';
import { POPULATION_2025 } from './population.ts';
import { BUDGET_PER_RT, CATEGORY_CAPS, PRODAMAS_YEARS } from './prodamas.ts';
import { PUBLISHED_RTS, RT_TOTAL } from './rt-plan.ts';

/** Fails loudly (throws, listing every broken rule) when the demo leaves the published shape. */
export function checkInvariants(rows: DemoRows): void {
  const errors: string[] = [];
  const expect = (ok: boolean, msg: string) => {
    if (!ok) errors.push(msg);
  };
  const plans = new Map(rows.plans.map((p) => [p.kode, p]));
  expect(plans.size === 46, `46 kelurahan expected, got ${plans.size}`);

  // RT / RW
  const rt = rows.plans.reduce((a, p) => a + p.rtCount, 0);
  const rw = rows.plans.reduce((a, p) => a + p.rws.length, 0);
  expect(rt === RT_TOTAL, `RT total ${rt} ≠ ${RT_TOTAL}`);
  expect(rw >= 280 && rw <= 340, `RW total ${rw} outside 280–340`);
  for (const p of rows.plans) {
    expect(
      p.rws.every((r) => r.rts.length >= 3),
      `${p.nama}: an RW with < 3 RT`,
    );
    const keys = p.rws.flatMap((r) => r.rts.map((t) => `${r.rw}/${t}`));
    expect(new Set(keys).size === p.rtCount, `${p.nama}: duplicate RW/RT`);
  }
  const rtExists = (kode: string, rwNo: number | null, rtNo: number | null) => {
    const r = plans.get(kode)?.rws.find((x) => x.rw === rwNo);
    return r !== undefined && (rtNo === null || r.rts.includes(rtNo));
  };
  for (const c of PUBLISHED_RTS)
    expect(rtExists(c.kode, c.rw, c.rt), `published RT ${c.rt} RW ${c.rw} missing in ${c.kode}`);
  const pointOk = (kode: string, lng: number | null, lat: number | null) => {
    const f = plans.get(kode)?.feature;
    return (
      f !== undefined &&
      (lng === null) === (lat === null) &&
      (lng === null || inside(f, [lng, lat as number]))
    );
  };

  // Bank sampah
  const bs = rows.bankSampah;
  expect(bs.length === BANK_SAMPAH_TOTAL, `bank sampah ${bs.length} ≠ ${BANK_SAMPAH_TOTAL}`);
  const active = bs.filter((b) => b.status === 'aktif');
  expect(active.length === BANK_SAMPAH_ACTIVE, `active ${active.length} ≠ ${BANK_SAMPAH_ACTIVE}`);
  const kel = new Set(bs.map((b) => b.kode)).size;
  expect(kel === KELURAHAN_WITH_BANK_SAMPAH, `kelurahan with bank sampah ${kel} ≠ 24`);
  expect(new Set(bs.map((b) => b.name)).size === bs.length, 'bank sampah names not unique');
  const kgYear = active.reduce((a, b) => a + (b.kgPerMonth ?? 0), 0) * 12;
  expect(Math.abs(kgYear - ACTIVE_KG_PER_YEAR) < 100, `active kg/yr ${kgYear} ≠ 200 t`);
  for (const b of bs) {
    expect(rtExists(b.kode, b.rw, b.rt), `${b.name}: RW/RT not in ${b.kode}`);
    expect(pointOk(b.kode, b.lng, b.lat), `${b.name}: point outside ${b.kode}`);
  }

  // Prodamas: every kelurahan-year = Rp 100 juta × RT, caps per budget pot and kelurahan-year.
  const sums = new Map<string, Record<string, number>>();
  for (const p of rows.prodamas) {
    expect(rtExists(p.kode, p.rw, p.rt), `prodamas ${p.year} ${p.kode}: bad RW/RT`);
    expect(pointOk(p.kode, p.lng, p.lat), `prodamas ${p.year} ${p.kode}: point outside`);
    expect(p.budgetRp > 0 && Number.isInteger(p.budgetRp), `prodamas budget ${p.budgetRp}`);
    const key = `${p.kode}|${p.year}`;
    const s = sums.get(key) ?? {};
    s[p.category] = (s[p.category] ?? 0) + p.budgetRp;
    sums.set(key, s);
  }
  for (const p of rows.plans)
    for (const year of PRODAMAS_YEARS) {
      const s = sums.get(`${p.kode}|${year}`) ?? {};
      const total = Object.values(s).reduce((a, b) => a + b, 0);
      expect(total === p.rtCount * BUDGET_PER_RT, `${p.nama} ${year}: Rp ${total} ≠ RT × 100 juta`);
      for (const c of PRODAMAS_CATEGORIES) {
        const cap = CATEGORY_CAPS[c];
        if (cap !== undefined)
          expect((s[c] ?? 0) <= cap * total, `${p.nama} ${year}: ${c} over cap`);
      }
    }

  // Home care
  expect(rows.patients.length === HOME_CARE_PATIENTS, `patients ${rows.patients.length}`);
  expect(
    new Set(rows.patients.map((p) => p.patientId)).size === rows.patients.length,
    'patient ids',
  );
  expect(rows.visits.length >= 4000 && rows.visits.length <= 6000, `visits ${rows.visits.length}`);
  for (const p of rows.patients) {
    expect(rtExists(p.kode, p.rw, p.rt), `${p.patientId}: bad RW/RT`);
    expect(pointOk(p.kode, p.lng, p.lat), `${p.patientId}: home outside ${p.kode}`);
  }
  for (const v of rows.visits)
    expect(v.date >= HOME_CARE_FROM && v.date <= HOME_CARE_TO, `visit date ${v.date} out of range`);
  const served = new Set(rows.patients.map((p) => p.kode)).size;
  expect(served < 46, 'home care reaches every kelurahan: the demo should show gaps');

  // Population
  const pop = rows.population.reduce((a, p) => a + p.total, 0);
  expect(pop === POPULATION_2025, `population ${pop} ≠ ${POPULATION_2025}`);
  expect(
    rows.population.length === 46 && rows.population.every((p) => p.isEstimate),
    'population rows',
  );

  errors.push(...presetErrors(rows));

  if (errors.length > 0)
    throw new Error(`Demo data invariants broken:\n  ${errors.slice(0, 30).join('\n  ')}`);
}
