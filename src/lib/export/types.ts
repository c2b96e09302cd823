import type { KodeKelurahan } from '../model/kelurahan';
import type { Population, RecordsByProgram } from '../model/records';

/** Stored records of every table an export can write. */
export interface RecordsByTarget extends RecordsByProgram {
  population: Population;
}

/** Kelurahan names for the `kelurahan` column/property (code → name). */
export type KelurahanNames =
  ReadonlyMap<KodeKelurahan, string> | Readonly<Record<KodeKelurahan, string>>;

export function kelurahanName(names: KelurahanNames | undefined, kode: KodeKelurahan): string {
  if (names === undefined) return '';
  if (names instanceof Map) return names.get(kode) ?? '';
  return (names as Readonly<Record<string, string>>)[kode] ?? '';
}

/**
 * Home Care home locations are personal data. Exports leave them out unless the caller passes
 * `'exact'` (a deliberate choice in the UI); the backup always keeps them.
 */
export type HomeCareLocation = 'omit' | 'exact';
