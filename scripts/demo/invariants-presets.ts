import { inside } from './geo.ts';
import { E_SPTPD_TYPES, PARKING_TAX_PER_MONTH_RP } from './e-sptpd.ts';
import { EMAS_CLASSES, EMAS_PARTICIPANTS, EMAS_SPOTS } from './emas.ts';
import { KURNIA_FROM, KURNIA_LOANS, KURNIA_MAX_RP, KURNIA_TO, KURNIA_TOTAL_RP } from './kurnia.ts';
import type { DemoPlace, DemoRows } from './rows.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The presets' rules (Emas, Kurnia, E-SPTPD); broken ones are pushed to `errors`. */
export function presetErrors(rows: DemoRows): string[] {
  const errors: string[] = [];
  const expect = (ok: boolean, msg: string) => {
    if (!ok) errors.push(msg);
  };
  const plans = new Map(rows.plans.map((p) => [p.kode, p]));
  const placed = (what: string, r: DemoPlace) => {
    const p = plans.get(r.kode);
    const rw = p?.rws.find((x) => x.rw === r.rw);
    expect(rw !== undefined && (r.rt === null || rw.rts.includes(r.rt)), `${what}: bad RW/RT`);
    expect(p !== undefined && inside(p.feature, [r.lng, r.lat]), `${what}: outside ${r.kode}`);
  };

  const emas = rows.emas;
  expect(emas.length === EMAS_SPOTS, `Emas spots ${emas.length} ≠ ${EMAS_SPOTS}`);
  expect(sum(emas.map((s) => s.classes)) === EMAS_CLASSES, 'Emas classes ≠ 247');
  expect(sum(emas.map((s) => s.participants)) === EMAS_PARTICIPANTS, 'Emas participants ≠ 3,260');
  expect(new Set(emas.map((s) => s.kode)).size === plans.size, 'a kelurahan without an Emas spot');
  expect(new Set(emas.map((s) => `${s.kode}|${s.name}`)).size === emas.length, 'Emas names');
  for (const s of emas) {
    placed(`Emas ${s.name}`, s);
    expect(s.classes >= 1 && s.participants >= 10 * s.classes, `Emas ${s.name}: class sizes`);
  }

  const k = rows.kurnia;
  expect(k.length === KURNIA_LOANS, `Kurnia loans ${k.length} ≠ ${KURNIA_LOANS}`);
  expect(sum(k.map((l) => l.amountRp)) === KURNIA_TOTAL_RP, 'Kurnia total ≠ Rp 2 miliar');
  for (const l of k) {
    placed(`Kurnia ${l.start}`, l);
    expect(l.amountRp > 0 && l.amountRp <= KURNIA_MAX_RP, `Kurnia amount ${l.amountRp}`);
    expect(l.start >= KURNIA_FROM && l.start <= KURNIA_TO, `Kurnia date ${l.start}`);
  }

  const e = rows.eSptpd;
  expect(e.length === sum(Object.values(E_SPTPD_TYPES).map((t) => t.objects)), 'E-SPTPD count');
  expect(new Set(e.map((o) => o.name)).size === e.length, 'E-SPTPD names not unique');
  const parking = sum(e.filter((o) => o.taxType === 'parkir').map((o) => o.taxRp));
  expect(parking === PARKING_TAX_PER_MONTH_RP, `parking tax ${parking} a month`);
  for (const o of e) {
    placed(`E-SPTPD ${o.name}`, o);
    expect(o.taxRp > 0 && Number.isInteger(o.taxRp), `E-SPTPD ${o.name}: tax ${o.taxRp}`);
  }
  return errors;
}
