/**
 * Builds the public embed data from decoded programme records with the app's own coverage core
 * (`prepareCity` + `computeAll`). Pure: records in, `EmbedData` out. What is left out and why is in
 * public/embed/README.md; the short version: nothing derived from a Home Care home location except
 * counts per kelurahan, and those only at or above `minCount`.
 */
import { prepareCity } from '../../src/lib/coverage/city.ts';
import { computeAll } from '../../src/lib/coverage/compute-all.ts';
import type { CoverageInput } from '../../src/lib/coverage/input.ts';
import type { CoverageOptionsPatch } from '../../src/lib/coverage/options.ts';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan.ts';
import type { BankSampah } from '../../src/lib/model/records.ts';
import {
  EMBED_FORMAT,
  EMBED_FORMAT_VERSION,
  EMBED_PERIODS,
  type EmbedData,
  type EmbedKelurahanFigures,
  type EmbedPeriod,
  type PublicCount,
} from '../../src/embed/data-contract.ts';
import { publishDefined } from './defined-public.ts';
import { bankSampahInPeriod, yearPeriod } from '../../src/lib/coverage/periods.ts';
import { suppressTable } from './suppress.ts';

export const DEFAULT_HOME_CARE_MIN_COUNT = 5;

export interface EmbedSourceRecords extends CoverageInput {
  bankSampah: readonly (Pick<
    BankSampah,
    'name' | 'kode' | 'lng' | 'lat' | 'status' | 'established'
  > & {
    id?: string;
    retiredOn?: unknown;
  })[];
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
const roundOrNull = (v: number | null, digits = 2) => (v === null ? null : round(v, digits));

/**
 * Options of one period. The underserved index is computed without its Home Care component: with
 * the other components published, its score would let anyone solve for a suppressed patient rate.
 */
function periodOptions(period: EmbedPeriod, closed: Record<string, number>): CoverageOptionsPatch {
  const weights = { home_care_reach: 0, ...closed };
  if (period === 'all') return { weights };
  return {
    weights,
    filters: {
      prodamasYear: Number(period),
      homeCareFrom: `${period}-01-01`,
      homeCareTo: `${period}-12-31`,
    },
  };
}

/** Applies {@link suppressTable} to one Home Care measure across kelurahan × periods. */
function suppressMeasure(
  perKelurahan: number[][],
  minCount: number,
): { table: PublicCount[][]; city: PublicCount[] } {
  // Table columns: the years, then `all` as the row total; the last row is the city.
  const order = [...EMBED_PERIODS.slice(1), 'all'] as EmbedPeriod[];
  const rows = perKelurahan.map((byPeriod) => order.map((p) => byPeriod[EMBED_PERIODS.indexOf(p)]));
  const cityRow = order.map((_, c) => rows.reduce((s, row) => s + row[c], 0));
  const hidden = suppressTable([...rows, cityRow], minCount);
  const publish = (v: number, h: boolean): PublicCount =>
    h ? { value: null, suppressed: true } : { value: v };
  const back = (r: number, values: number[]) =>
    EMBED_PERIODS.map((p) => publish(values[order.indexOf(p)], hidden[r][order.indexOf(p)]));
  return { table: rows.map((row, r) => back(r, row)), city: back(rows.length, cityRow) };
}

/** The public figures per kelurahan and period (each year 2021–2025 and `all`). */
export function buildEmbedData(
  collection: KelurahanCollection,
  records: EmbedSourceRecords,
  minCount: number,
  label: { id: string; en: string },
): EmbedData {
  const city = prepareCity(collection);
  // For the same reason, components of programmes that publish only suppressed counts (or only
  // aggregates) weigh nothing in the public score.
  const closed = Object.fromEntries(
    (records.defined ?? [])
      .filter((d) => d.definition.privacy !== 'public_points')
      .flatMap((d) => d.definition.index.map((c) => [c.id, 0])),
  );
  // A year's bank sampah are those open on its 31 December (founded by then, with the status
  // they had then: src/lib/coverage/periods.ts), so that `?compare=` shows sites opening and
  // closing; `all` keeps every unit with its status now.
  const results = EMBED_PERIODS.map((p) => {
    const bankSampah =
      p === 'all'
        ? records.bankSampah
        : bankSampahInPeriod(records.bankSampah, yearPeriod(Number(p)));
    return computeAll(city, { ...records, bankSampah }, periodOptions(p, closed), () => 0);
  });
  const all = results[0];
  const counts = (pick: (k: (typeof all.kelurahan)[number]) => number) =>
    city.kodes.map((_, k) => results.map((res) => pick(res.kelurahan[k])));
  const visits = suppressMeasure(
    counts((k) => k.homeCare.visits),
    minCount,
  );
  const patients = suppressMeasure(
    counts((k) => k.homeCare.patients),
    minCount,
  );

  const figures = {} as EmbedData['figures'];
  EMBED_PERIODS.forEach((period, p) => {
    const kelurahan: Record<string, EmbedKelurahanFigures> = {};
    results[p].kelurahan.forEach((row, k) => {
      const bank = row.programs.bank_sampah;
      const pro = row.prodamas;
      const patientCount = patients.table[k][p];
      kelurahan[row.kode] = {
        underservedScore: round(row.underserved.score),
        underservedRank: row.underserved.rank,
        bankSampah: {
          count: bank.count,
          per10k: roundOrNull(bank.per10k),
          coveredPct: round(bank.coveredPct),
          residentsPct: roundOrNull(bank.residentsCoveredPct),
        },
        prodamas: {
          projects: pro.projects,
          budgetRp: Math.round(pro.budgetRp),
          budgetPerResident: roundOrNull(pro.budgetPerResident, 0),
          rtWithProject: pro.rtWithProject,
          rtCount: pro.rtCount,
          rtSharePct: round(pro.rtSharePct),
          completedPct: roundOrNull(pro.completedPct),
          coveredPct: round(row.programs.prodamas.coveredPct),
          residentsPct: roundOrNull(row.programs.prodamas.residentsCoveredPct),
        },
        homeCare: {
          visits: visits.table[k][p],
          patients: patientCount,
          patientsPer1000: patientCount.suppressed
            ? null
            : roundOrNull(row.homeCare.patientsPer1000),
          patientsPer1000Elderly: patientCount.suppressed
            ? null
            : roundOrNull(row.homeCare.patientsPer1000Elderly),
        },
      };
    });
    figures[period] = {
      city: { homeCare: { visits: visits.city[p], patients: patients.city[p] } },
      kelurahan,
    };
  });

  return {
    format: EMBED_FORMAT,
    version: EMBED_FORMAT_VERSION,
    label,
    generatedBy: 'npm run embed-data (scripts/build-embed-data.ts)',
    homeCareMinCount: minCount,
    periods: [...EMBED_PERIODS],
    kelurahan: all.kelurahan.map((row) => ({
      kode: row.kode,
      nama: row.nama,
      population: row.population.total,
      elderly: row.population.elderly,
      populationIsEstimate: row.population.isEstimate,
    })),
    figures,
    sites: {
      bank_sampah: records.bankSampah.flatMap((b) =>
        b.lng === null || b.lat === null
          ? []
          : [{ name: b.name, kode: b.kode, lng: b.lng, lat: b.lat, status: b.status }],
      ),
    },
    programs: publishDefined(all, records.defined ?? [], minCount),
  };
}
