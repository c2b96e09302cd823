import type { DefinedRecord } from '../model/defined-record';
import type { ProgramDefinition } from '../programs/definition';
import { computeCatchment } from './catchment';
import type { CityGeometry } from './city';
import { locationsOf } from './metrics';

/** A site programme given as a definition (a preset, a user's own): its catchment figures. */
export interface DefinedSiteCoverage {
  program: string;
  radiusM: number;
  /** Distinct locations of its active records: the sites whose discs are counted. */
  sites: number;
  /** Share of the city's area within `radiusM` of a site, 0..100. */
  cityCoveredPct: number;
  /** Per kelurahan in engine order, 0..100. */
  coveredPct: Float64Array;
}

/**
 * Catchments of every defined site programme that has records, by the same exact engine as the
 * built-in programmes, at the definition's radius, over its active records (its `active` rule;
 * all records when it has none). Activities and personal services have no catchment here.
 */
export function definedSiteCoverage(
  city: CityGeometry,
  defined: readonly { definition: ProgramDefinition; records: readonly DefinedRecord[] }[],
): DefinedSiteCoverage[] {
  return defined
    .filter(({ definition }) => definition.archetype === 'site' && definition.radius)
    .map(({ definition, records }) => {
      const active = definition.active;
      const counted = active
        ? records.filter((r) => active.values.includes(String(r.values[active.field])))
        : records;
      const locations = locationsOf(counted);
      const radiusM = definition.radius!.defaultM;
      const catchment = computeCatchment(city.catchment, locations, radiusM);
      return {
        program: definition.id,
        radiusM,
        sites: locations.length / 2,
        cityCoveredPct: catchment.city.coveredPct,
        coveredPct: catchment.coveredPct,
      };
    });
}
