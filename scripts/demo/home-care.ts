import type { HomeCareGroup, HomeCareService } from '../../src/lib/model/records.ts';
import type { LngLat } from '../../src/lib/model/kelurahan.ts';
import { distanceM } from './geo.ts';
import { pointInRw, randomRt, type KelurahanPlan } from './rt-plan.ts';
import { apportion, type Rng } from './prng.ts';
import { AS_OF } from './prodamas.ts';

export const HOME_CARE_PATIENTS = 320;
export const HOME_CARE_FROM = '2021-01-01';
export const HOME_CARE_TO = AS_OF;
/** Kelurahan the demo leaves (almost) unserved, so the map shows gaps. */
const UNDERSERVED_COUNT = 6;

export interface DemoPatient {
  patientId: string;
  kode: string;
  rw: number;
  rt: number;
  lng: number;
  lat: number;
  group: HomeCareGroup;
}
export interface DemoVisit {
  patient: number;
  date: string;
  service: HomeCareService;
}

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

const ROUTINE: Record<HomeCareGroup, HomeCareService[]> = {
  lansia: ['pemeriksaan', 'pemeriksaan', 'pemeriksaan', 'fisioterapi', 'perawatan_luka'],
  bedridden: ['perawatan_luka', 'ganti_kateter_ngt', 'pemeriksaan', 'perawatan_luka'],
  disabilitas: ['fisioterapi', 'fisioterapi', 'pemeriksaan'],
  lainnya: ['pemeriksaan', 'perawatan_luka'],
};
/** Months in care by group (bedridden patients are in care for shorter spells). */
const MONTHS: Record<HomeCareGroup, [number, number]> = {
  lansia: [6, 42],
  bedridden: [3, 26],
  disabilitas: [8, 56],
  lainnya: [1, 12],
};

/**
 * Pseudonymous Home Care Peduli patients and their visits. Patients per kelurahan follow
 * population × need (poorer households) × access (distance from Kec. Pesantren, where RSUD
 * Gambiran runs the service); six kelurahan are left nearly unserved. Routine patients are seen
 * about monthly (facts §7); emergencies are separate `gawat_darurat` visits.
 */
export function buildHomeCare(
  plans: readonly KelurahanPlan[],
  rng: Rng,
): { patients: DemoPatient[]; visits: DemoVisit[]; underserved: string[] } {
  const pesantren = plans.filter((p) => p.kodeKec === '35.71.03');
  const hub: LngLat = [
    pesantren.reduce((a, p) => a + p.feature.properties.label[0], 0) / pesantren.length,
    pesantren.reduce((a, p) => a + p.feature.properties.label[1], 0) / pesantren.length,
  ];
  const dist = plans.map((p) => distanceM(p.feature.properties.label, hub));
  const far = plans
    .map((p, i) => ({ p, d: dist[i] }))
    .sort((a, b) => b.d - a.d)
    .slice(0, 20);
  const underserved = new Set(
    rng
      .shuffle(far)
      .slice(0, UNDERSERVED_COUNT)
      .map((x) => x.p.kode),
  );
  const weights = plans.map(
    (p, i) =>
      p.latentPop *
      rng.range(0.6, 1.6) *
      (1 / (1 + dist[i] / 3000)) *
      (underserved.has(p.kode) ? 0.03 : 1),
  );
  const perKel = apportion(HOME_CARE_PATIENTS, weights);

  const patients: DemoPatient[] = [];
  const visits: DemoVisit[] = [];
  const ids = new Set<string>();
  const from = dayOf(HOME_CARE_FROM);
  const to = dayOf(HOME_CARE_TO);
  plans.forEach((plan, k) => {
    for (let n = 0; n < perKel[k]; n++) {
      let patientId: string;
      do patientId = `HC-${rng.hex(6).toUpperCase()}`;
      while (ids.has(patientId));
      ids.add(patientId);
      const group: HomeCareGroup = (['lansia', 'bedridden', 'disabilitas', 'lainnya'] as const)[
        rng.weightedIndex([0.5, 0.25, 0.15, 0.1])
      ];
      const { rw, rt } = randomRt(plan, rng);
      const [lng, lat] = pointInRw(plan, rw, rng);
      const index = patients.length;
      patients.push({ patientId, kode: plan.kode, rw: rw.rw, rt, lng, lat, group });

      if (rng.chance(0.18)) {
        // Emergency call only: one or two visits close together.
        const d = rng.int(from, to);
        visits.push({ patient: index, date: isoOf(d), service: 'gawat_darurat' });
        if (rng.chance(0.3) && d + 3 <= to)
          visits.push({ patient: index, date: isoOf(d + rng.int(1, 3)), service: 'pemeriksaan' });
        continue;
      }
      const [lo, hi] = MONTHS[group];
      const months = rng.int(lo, hi);
      let d = rng.int(from, to - 30);
      for (let m = 0; m < months && d <= to; m++) {
        visits.push({ patient: index, date: isoOf(d), service: rng.pick(ROUTINE[group]) });
        if (rng.chance(0.04)) {
          const e = d + rng.int(3, 25);
          if (e <= to) visits.push({ patient: index, date: isoOf(e), service: 'gawat_darurat' });
        }
        d += rng.int(27, 35);
      }
    }
  });
  visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.patient - b.patient));
  return { patients, visits, underserved: [...underserved].sort() };
}
