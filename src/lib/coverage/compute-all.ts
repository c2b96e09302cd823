import type { Program } from '../model/records';
import { PROGRAMS } from '../model/records';
import { computeCatchment } from './catchment';
import { filterRecords } from './filter-records';
import type { CityGeometry } from './city';
import { homeCareMetrics } from './home-care';
import type { BankSampahInput, CoverageInput, HomeCareInput, ProdamasInput } from './input';
import {
  countMetrics,
  locationsOf,
  placeRecords,
  type CountMetrics,
  type Placement,
} from './metrics';
import { resolveOptions, type CoverageOptionsPatch } from './options';
import { overlapSurface } from './overlap-surface';
import { resolvePopulation, residentsSourceOf } from './population';
import { demandFor, residentsReach, type ResidentsReach } from './residents';
import { prodamasMetrics } from './prodamas';
import type { CityCoverage, CoverageResult, ProgramCoverage } from './result';
import { definedProgramCoverage } from './defined-metrics';
import { indexComponents } from './index-components';
import { underservedIndex } from './underserved';

/**
 * Everything the UI shows, from records + population + options. Pure: inputs are not mutated and
 * the figures depend on nothing else (no clock: `asOf` defaults to the latest visit). `now` (ms)
 * only feeds `timingsMs`; the worker passes `performance.now`, the DOM-free core has no such global.
 */
export function computeAll(
  city: CityGeometry,
  input: CoverageInput,
  partialOptions: CoverageOptionsPatch = {},
  now: () => number = Date.now,
): CoverageResult {
  const t0 = now();
  const options = resolveOptions(partialOptions);
  const filtered = filterRecords(input, options.filters);
  const records: Record<Program, readonly (BankSampahInput | ProdamasInput | HomeCareInput)[]> = {
    bank_sampah: filtered.bankSampah,
    prodamas: filtered.prodamas,
    home_care: filtered.homeCare,
  };
  const population = resolvePopulation(city, input.population);
  const placements = {} as Record<Program, Placement>;
  const counts = {} as Record<Program, CountMetrics[]>;
  const locations = {} as Record<Program, Float64Array>;
  const tc = now();
  const catchments = {} as Record<Program, ReturnType<typeof computeCatchment>>;
  for (const p of PROGRAMS) {
    placements[p] = placeRecords(city, records[p]);
    counts[p] = countMetrics(city, placements[p], population);
    locations[p] = locationsOf(records[p]);
    catchments[p] = computeCatchment(city.catchment, locations[p], options.radiusM[p]);
  }
  const catchmentMs = now() - tc;
  const tr = now();
  const { grid: demand, points: demandPoints } = demandFor(
    city,
    population,
    input.defined,
    options.demandPoints,
  );
  const reach = {} as Record<Program, ResidentsReach>;
  for (const p of PROGRAMS) reach[p] = residentsReach(demand, locations[p], options.radiusM[p]);
  const residentsMs = now() - tr;
  const to = now();
  const overlap = overlapSurface(
    city,
    PROGRAMS.map((p) => locations[p]),
    PROGRAMS.map((p) => options.radiusM[p]),
    options.overlapCellM,
  );
  const overlapMs = now() - to;
  const prodamas = prodamasMetrics(
    records.prodamas as readonly ProdamasInput[],
    placements.prodamas.owner,
    population,
    options.personsPerRt,
  );
  const homeCare = homeCareMetrics(
    records.home_care as readonly HomeCareInput[],
    placements.home_care.owner,
    population,
    options.asOf,
  );
  const has = (p: Program) => records[p].length > 0;
  const td = now();
  const defined = (input.defined ?? []).map((d) => ({
    definition: d.definition,
    coverage: definedProgramCoverage(city, population, d, {
      radiusM: options.definedRadiusM[d.definition.id],
      filter: options.definedFilters[d.definition.id],
      personsPerRt: options.personsPerRt,
      demand,
    }),
  }));
  const definedMs = now() - td;
  const index = indexComponents(
    {
      has,
      bankSampahCoveredPct: catchments.bank_sampah.coveredPct,
      prodamas,
      homeCare: homeCare.rows,
    },
    defined,
    population,
    options.weights,
  );
  const underserved = underservedIndex(index.inputs, city.kodes);
  const programsAt = (k: number) =>
    Object.fromEntries(
      PROGRAMS.map((p) => [
        p,
        {
          ...counts[p][k],
          coveredPct: catchments[p].coveredPct[k],
          coveredM2: catchments[p].coveredM2[k],
          residentsCovered: reach[p].covered[k],
          residentsCoveredPct: reach[p].pct[k],
        },
      ]),
    ) as Record<Program, ProgramCoverage>;
  const kelurahan = city.kodes.map((kode, k) => ({
    kode,
    nama: city.names[k],
    areaKm2: city.areaKm2[k],
    population: population[k],
    programs: programsAt(k),
    prodamas: prodamas[k],
    homeCare: homeCare.rows[k],
    underserved: underserved[k],
    defined: Object.fromEntries(defined.map((d) => [d.coverage.program, d.coverage.kelurahan[k]])),
    overlapShares: overlap.shares[k],
  }));
  const areaKm2 = city.areaKm2.reduce((s, v) => s + v, 0);
  const residents = population.reduce((s, p) => s + p.total, 0);
  const cityPrograms = Object.fromEntries(
    PROGRAMS.map((p) => {
      const { owner: _owner, ...placement } = placements[p];
      const count = counts[p].reduce((s, c) => s + c.count, 0);
      return [
        p,
        {
          count,
          perKm2: areaKm2 > 0 ? count / areaKm2 : 0,
          per10k: residents > 0 ? (count * 10_000) / residents : null,
          coveredPct: catchments[p].city.coveredPct,
          coveredM2: catchments[p].city.coveredM2,
          residentsCovered: reach[p].cityCovered,
          residentsCoveredPct: reach[p].cityPct,
          placement,
        },
      ];
    }),
  ) as CityCoverage['programs'];
  return {
    options,
    asOf: homeCare.asOf,
    kelurahan,
    city: { areaKm2, population: residents, programs: cityPrograms },
    overlap,
    defined: defined.map((d) => d.coverage),
    indexComponents: index.info,
    residentsSource: residentsSourceOf(population),
    demandPoints,
    timingsMs: {
      total: now() - t0,
      catchments: catchmentMs,
      residents: residentsMs,
      overlap: overlapMs,
      defined: definedMs,
    },
  };
}
