import type { DefinedProgramInput } from './defined-metrics';
import type { BankSampah, HomeCareVisit, Population, ProdamasProject } from '../model/records';

/** The fields of each record type the engine reads (stored records and new ones both fit). */
export type BankSampahInput = Pick<BankSampah, 'kode' | 'lng' | 'lat' | 'status'>;
export type ProdamasInput = Pick<
  ProdamasProject,
  'kode' | 'lng' | 'lat' | 'year' | 'rw' | 'rt' | 'category' | 'budgetRp' | 'progress'
>;
export type HomeCareInput = Pick<
  HomeCareVisit,
  'kode' | 'lng' | 'lat' | 'date' | 'patientId' | 'group'
>;
export type PopulationInput = Pick<
  Population,
  'kode' | 'year' | 'total' | 'elderly' | 'isEstimate' | 'source' | 'rtCount'
>;

/** The records the engine reads (already validated by the import layer). */
export interface CoverageInput {
  bankSampah: readonly BankSampahInput[];
  prodamas: readonly ProdamasInput[];
  homeCare: readonly HomeCareInput[];
  population: readonly PopulationInput[];
  /** Programmes given as definitions (presets, users' own), each with its stored records. */
  defined?: readonly DefinedProgramInput[];
}
