import {
  PRODAMAS_CATEGORIES,
  type BankSampah,
  type HomeCareVisit,
  type ProdamasCategory,
  type ProdamasProject,
} from '../model/records';

/**
 * Aggregations of ONE kelurahan's records for its profile: by RW and RT, Prodamas budget per year
 * and Home Care visits per month. Callers pass the records of a single kelurahan (RW and RT numbers
 * only mean something within one kelurahan; an RT is the triple kelurahan, RW, RT).
 */
export interface ProfileRecords {
  bankSampah: readonly Pick<BankSampah, 'rw' | 'rt'>[];
  prodamas: readonly Pick<ProdamasProject, 'rw' | 'rt' | 'budgetRp'>[];
  homeCare: readonly Pick<HomeCareVisit, 'rw' | 'rt' | 'patientId'>[];
}

/** Programme figures of one RW or RT. */
export interface AreaFigures {
  bankSampah: number;
  prodamasProjects: number;
  /** Rupiah. */
  prodamasBudgetRp: number;
  /** Distinct patient ids among the visits. */
  homeCarePatients: number;
  homeCareVisits: number;
}

interface RtRow extends AreaFigures {
  /** null: records that name the RW but no RT. */
  rt: number | null;
}

export interface RwRow extends AreaFigures {
  /** null: records without an RW. */
  rw: number | null;
  rts: RtRow[];
}

interface Acc extends AreaFigures {
  patients: Set<string>;
}

const emptyAcc = (): Acc => ({
  bankSampah: 0,
  prodamasProjects: 0,
  prodamasBudgetRp: 0,
  homeCarePatients: 0,
  homeCareVisits: 0,
  patients: new Set(),
});

const finish = ({ patients, ...figures }: Acc): AreaFigures => ({
  ...figures,
  homeCarePatients: patients.size,
});

/** Ascending numbers, null (unknown) last. */
const byNumber = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;

/**
 * Per RW (ascending, records without an RW last), each with its RTs (ascending, unknown RT last).
 * A patient counts once per RW and once per RT, however many visits they had.
 */
export function breakdownByRw(records: ProfileRecords): RwRow[] {
  const rws = new Map<number | null, { acc: Acc; rts: Map<number | null, Acc> }>();
  const both = (rw: number | null, rt: number | null, add: (acc: Acc) => void) => {
    let group = rws.get(rw);
    if (!group) rws.set(rw, (group = { acc: emptyAcc(), rts: new Map() }));
    let rtAcc = group.rts.get(rt);
    if (!rtAcc) group.rts.set(rt, (rtAcc = emptyAcc()));
    add(group.acc);
    add(rtAcc);
  };
  for (const r of records.bankSampah) both(r.rw, r.rt, (a) => a.bankSampah++);
  for (const r of records.prodamas) {
    both(r.rw, r.rt, (a) => {
      a.prodamasProjects++;
      a.prodamasBudgetRp += r.budgetRp;
    });
  }
  for (const r of records.homeCare) {
    both(r.rw, r.rt, (a) => {
      a.homeCareVisits++;
      a.patients.add(r.patientId);
    });
  }
  return [...rws.entries()]
    .sort(([a], [b]) => byNumber(a, b))
    .map(([rw, group]) => ({
      rw,
      ...finish(group.acc),
      rts: [...group.rts.entries()]
        .sort(([a], [b]) => byNumber(a, b))
        .map(([rt, acc]) => ({ rt, ...finish(acc) })),
    }));
}

/** Prodamas budget of one year, per category (Rupiah). */
export interface YearBudget {
  year: number;
  byCategory: Record<ProdamasCategory, number>;
  totalRp: number;
}

/** Budget per year and category, every year from the first to the last (gaps as zero years). */
export function budgetByYear(
  projects: readonly Pick<ProdamasProject, 'year' | 'category' | 'budgetRp'>[],
): YearBudget[] {
  if (projects.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const p of projects) {
    first = Math.min(first, p.year);
    last = Math.max(last, p.year);
  }
  const years: YearBudget[] = [];
  for (let year = first; year <= last; year++) {
    const byCategory = Object.fromEntries(PRODAMAS_CATEGORIES.map((c) => [c, 0])) as Record<
      ProdamasCategory,
      number
    >;
    years.push({ year, byCategory, totalRp: 0 });
  }
  for (const p of projects) {
    const y = years[p.year - first];
    y.byCategory[p.category] += p.budgetRp;
    y.totalRp += p.budgetRp;
  }
  return years;
}

/** Visits in one calendar month, `month` as `YYYY-MM`. */
export interface MonthVisits {
  month: string;
  visits: number;
}

/** Visits per month from the first to the last month with a visit (empty months as zero). */
export function visitsByMonth(visits: readonly Pick<HomeCareVisit, 'date'>[]): MonthVisits[] {
  const counts = new Map<string, number>();
  for (const v of visits) {
    const month = v.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const [y0, m0] = months[0].split('-').map(Number);
  const [y1, m1] = months[months.length - 1].split('-').map(Number);
  const out: MonthVisits[] = [];
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1; i++) {
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    out.push({ month, visits: counts.get(month) ?? 0 });
  }
  return out;
}
