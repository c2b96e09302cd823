import type { DefinedRecord } from '../model/defined-record';
import type { ProgramDefinition } from '../programs/definition';
import { computeCatchment } from './catchment';
import type { CityGeometry } from './city';
import { countedRecords, type DefinedFilter } from './defined-filter';
import { locationsOf, placeRecords } from './metrics';
import type { KelurahanPopulation } from './population';
import type { DemandGrid } from '../planning/demand-grid';
import { residentsReach } from './residents';

/** The parts of a stored defined record the engine reads. */
export type DefinedInput = Pick<DefinedRecord, 'kode' | 'lng' | 'lat' | 'rw' | 'rt' | 'values'>;

/** One defined programme (a preset, a user's own) with its records, as the engine receives it. */
export interface DefinedProgramInput {
  definition: ProgramDefinition;
  records: readonly DefinedInput[];
}

/** A defined programme in one kelurahan. */
export interface DefinedKelurahanMetrics {
  /** Records that count (active, within the filters) placed here. */
  count: number;
  /** Per 10,000 residents; null without a population figure. */
  per10k: number | null;
  /** Share of the area within the radius of a site, 0..100; null for activities and services. */
  coveredPct: number | null;
  /** Share of the residents within the radius of a site, 0..100; null without catchment or residents. */
  residentsPct: number | null;
  /** Share of the RTs with at least one record, 0..100 (capped), over the same RT count as Prodamas. */
  rtSharePct: number;
  /** Sum of each rupiah field. */
  amounts: Record<string, number>;
  /** Distinct values of each field an index component counts persons by. */
  persons: Record<string, number>;
}

export interface DefinedProgramCoverage {
  program: string;
  names: ProgramDefinition['names'];
  color: ProgramDefinition['color'];
  archetype: ProgramDefinition['archetype'];
  /** Its fields a user can filter by (category, status, date, number, rupiah), for the panel. */
  filterFields: ProgramDefinition['fields'];
  /** The radius used (the user's, else the definition's); null when it has no catchment. */
  radiusM: number | null;
  /** The definition's radius (the slider's home); null when it has no catchment. */
  defaultRadiusM: number | null;
  /** Records that count, city-wide (placed or not). */
  counted: number;
  /** Distinct locations of those records (the sites whose discs are counted). */
  sites: number;
  /** Share of the city's area within `radiusM` of a site, 0..100; null without catchment. */
  cityCoveredPct: number | null;
  /** Share of the city's residents within `radiusM` of a site, 0..100; null without catchment. */
  cityResidentsPct: number | null;
  /** Per kelurahan, in engine order. */
  kelurahan: DefinedKelurahanMetrics[];
}

/**
 * Figures of one defined programme per kelurahan, by the same rules as the built-ins: records
 * placed by location, else by stated kelurahan (`placeRecords`); catchments by the exact engine
 * (`computeCatchment`) over distinct located sites, residents within the radius on the demand grid; the RT denominator is the population table's,
 * else residents / `personsPerRt` (as for Prodamas).
 */
export function definedProgramCoverage(
  city: CityGeometry,
  population: readonly KelurahanPopulation[],
  { definition, records }: DefinedProgramInput,
  options: {
    radiusM: number | undefined;
    filter: DefinedFilter | undefined;
    personsPerRt: number;
    /** The residents demand grid (`residentsGrid`), for residents within the radius. */
    demand: DemandGrid;
  },
): DefinedProgramCoverage {
  const counted = countedRecords(definition, records, options.filter);
  const { owner } = placeRecords(city, counted);
  const n = city.kodes.length;
  const rupiah = definition.fields.filter((f) => f.kind === 'rupiah').map((f) => f.key);
  const personFields = [
    ...new Set(definition.index.flatMap((c) => (c.metric === 'persons_per_1k' ? [c.field!] : []))),
  ];
  const rows = Array.from({ length: n }, () => ({
    count: 0,
    rts: new Set<string>(),
    amounts: Object.fromEntries(rupiah.map((key) => [key, 0])) as Record<string, number>,
    persons: Object.fromEntries(personFields.map((key) => [key, new Set<string>()])),
  }));
  counted.forEach((r, i) => {
    const k = owner[i];
    if (k < 0) return;
    const row = rows[k];
    row.count++;
    if (r.rt !== null) row.rts.add(`${r.rw ?? ''}/${r.rt}`);
    for (const key of rupiah) {
      const v = r.values[key];
      if (typeof v === 'number' && Number.isFinite(v)) row.amounts[key] += v;
    }
    for (const key of personFields) {
      const v = r.values[key];
      if (v !== null && v !== '') row.persons[key].add(String(v));
    }
  });
  const radiusM = definition.radius ? (options.radiusM ?? definition.radius.defaultM) : null;
  const locations = locationsOf(counted);
  const catchment = radiusM === null ? null : computeCatchment(city.catchment, locations, radiusM);
  const residents = radiusM === null ? null : residentsReach(options.demand, locations, radiusM);
  return {
    program: definition.id,
    names: definition.names,
    color: definition.color,
    archetype: definition.archetype,
    filterFields: filterFieldsOf(definition),
    radiusM,
    defaultRadiusM: definition.radius?.defaultM ?? null,
    counted: counted.length,
    sites: locations.length / 2,
    cityCoveredPct: catchment ? catchment.city.coveredPct : null,
    cityResidentsPct: residents ? residents.cityPct : null,
    kelurahan: rows.map((row, k) => {
      const pop = population[k];
      const rtCount = pop.rtCount ?? Math.max(1, Math.round(pop.total / options.personsPerRt));
      return {
        count: row.count,
        per10k: pop.total > 0 ? (row.count * 10_000) / pop.total : null,
        coveredPct: catchment ? catchment.coveredPct[k] : null,
        residentsPct: residents ? residents.pct[k] : null,
        rtSharePct: Math.min(100, (100 * row.rts.size) / rtCount),
        amounts: row.amounts,
        persons: Object.fromEntries(personFields.map((key) => [key, row.persons[key].size])),
      };
    }),
  };
}

/**
 * The fields worth a filter: all but text; the status field of the `active` rule offers only its
 * active values (the others never count) and none at all when there is just one.
 */
function filterFieldsOf(definition: ProgramDefinition): ProgramDefinition['fields'] {
  const active = definition.active;
  return definition.fields.flatMap((f) => {
    if (f.kind === 'text') return [];
    if (!active || f.key !== active.field) return [f];
    const values = f.values?.filter((v) => active.values.includes(v.key)) ?? [];
    return values.length > 1 ? [{ ...f, values }] : [];
  });
}
