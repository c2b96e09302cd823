import type { KodeKelurahan } from './kelurahan';
import type { Provenance } from './records';

/**
 * One value of a defined programme's field: text as written (trimmed), a number (rupiah in
 * rupiah), an ISO date `YYYY-MM-DD`, or the key of a category or status value; null when the file
 * gave none.
 */
export type DefinedValue = string | number | null;

/**
 * A record of a programme given as a definition (a preset such as Emas, or a user's own). Where
 * it is comes first, as for every built-in programme; its own fields are in `values`, keyed by
 * the definition's field keys (every field has an entry, null when blank).
 */
export interface DefinedRecord extends Provenance {
  id: string;
  /** The definition's id (`emas`, a custom `puskesmas`…). */
  program: string;
  kode: KodeKelurahan;
  rw: number | null;
  rt: number | null;
  /** WGS84 degrees; null when the source had no usable location. */
  lng: number | null;
  lat: number | null;
  values: Record<string, DefinedValue>;
  /**
   * The file's word, verbatim, for an optional category it gave that is none of the listed
   * values (issue 10: kept, never a rejected row). `values` then holds the definition's
   * `lainnya`/`other` value where it has one, else null.
   */
  newValues?: Record<string, string>;
}
