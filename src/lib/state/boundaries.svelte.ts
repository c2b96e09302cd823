import { loadBoundaries } from '../geodata/load-boundaries';
import type { Boundaries } from '../geodata/validate-boundaries';
import type { KelurahanFeature } from '../model/kelurahan';

/** The shipped boundaries: loaded once, never mutated. */
class BoundariesState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<string | null>(null);
  data = $state.raw<Boundaries | null>(null);

  /** Kelurahan by official code, for the picker and the panel. */
  byKode = $derived(
    new Map<string, KelurahanFeature>(
      (this.data?.kelurahan.features ?? []).map((f) => [f.properties.kode, f]),
    ),
  );

  async load(): Promise<void> {
    try {
      this.data = await loadBoundaries();
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}

export const boundaries = new BoundariesState();
