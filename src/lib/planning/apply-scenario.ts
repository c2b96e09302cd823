/**
 * A scenario applied to the engine's input: its hypothetical sites become active records of the
 * programme, the real sites it closes leave. The whole engine (`computeAll`) then runs on the
 * result, so the index and the ranks of a scenario come from the same rules as the real figures.
 * Hypothetical sites are active by definition (a bank sampah `aktif`, a defined programme's first
 * active value); the user's other filters apply to them as to any record.
 */
import type { BankSampahInput, CoverageInput } from '../coverage/input';
import type { DefinedInput, DefinedProgramInput } from '../coverage/defined-metrics';
import { countedRecords, type DefinedFilters } from '../coverage/defined-filter';
import { filterRecords } from '../coverage/filter-records';
import type { CoverageFilters } from '../coverage/options';

/** What of a scenario the engine needs. */
export interface ScenarioEdit {
  target: string;
  added: readonly { lng: number; lat: number }[];
  /** Ids of real sites closed. */
  removed: readonly string[];
}

type WithId<T> = T & { id: string };

/** The input with records carrying their ids, as the worker holds it. */
export interface IdentifiedInput extends CoverageInput {
  bankSampah: readonly WithId<BankSampahInput>[];
  defined?: readonly IdentifiedProgram[];
}

interface IdentifiedProgram extends DefinedProgramInput {
  records: readonly WithId<DefinedInput>[];
}

/** A site programme's located, counted sites, as `[lng, lat, …]` degrees, with their record ids. */
export interface ProgramSites {
  ids: string[];
  lngLat: Float64Array;
}

/** The input as the scenario would make it. The input itself is not changed. */
export function applyScenario(input: IdentifiedInput, edit: ScenarioEdit): IdentifiedInput {
  const closed = new Set(edit.removed);
  if (edit.target === 'bank_sampah') {
    const kept = input.bankSampah.filter((r) => !closed.has(r.id));
    const added = edit.added.map((s, i) => ({
      id: `rencana:${i}`,
      kode: '',
      lng: s.lng,
      lat: s.lat,
      status: 'aktif' as const,
    }));
    return { ...input, bankSampah: [...kept, ...added] };
  }
  const defined = (input.defined ?? []).map((d): IdentifiedProgram => {
    if (d.definition.id !== edit.target) return d;
    const active = d.definition.active;
    const values = active ? { [active.field]: active.values[0] ?? null } : {};
    const added = edit.added.map((s, i): WithId<DefinedInput> => ({
      id: `rencana:${i}`,
      kode: '',
      rw: null,
      rt: null,
      lng: s.lng,
      lat: s.lat,
      values,
    }));
    return { ...d, records: [...d.records.filter((r) => !closed.has(r.id)), ...added] };
  });
  return { ...input, defined };
}

/**
 * The real sites of a programme that count under the filters and have a location: what the
 * what-if engine starts from. Null when `target` is not a site programme of this input.
 */
export function programSites(
  input: IdentifiedInput,
  target: string,
  filters: { filters: CoverageFilters; definedFilters: DefinedFilters },
): ProgramSites | null {
  let counted: readonly { id: string; lng: number | null; lat: number | null }[];
  if (target === 'bank_sampah') {
    counted = filterRecords({ ...input, bankSampah: input.bankSampah }, filters.filters).bankSampah;
  } else {
    const d = (input.defined ?? []).find((p) => p.definition.id === target);
    if (!d || !d.definition.radius) return null;
    counted = countedRecords(d.definition, d.records, filters.definedFilters[target]);
  }
  const ids: string[] = [];
  const lngLat: number[] = [];
  for (const r of counted) {
    if (r.lng === null || r.lat === null || !Number.isFinite(r.lng) || !Number.isFinite(r.lat))
      continue;
    ids.push(r.id);
    lngLat.push(r.lng, r.lat);
  }
  return { ids, lngLat: Float64Array.from(lngLat) };
}
