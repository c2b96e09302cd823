import type { RecordHit } from '../map/layers/record-types';

/** Which kelurahan or record the pointer is over, and which kelurahan is open in the panel. */
class SelectionState {
  hoveredKode = $state<string | null>(null);
  /** Pointer position of the hover, in CSS pixels within the map. */
  hoverXY = $state<[number, number] | null>(null);
  /** The record point under the pointer (it wins over the kelurahan beneath it). */
  hoveredRecord = $state.raw<{ hit: RecordHit; xy: [number, number] } | null>(null);
  selectedKode = $state<string | null>(null);
  /** Bumped when a selection should move the camera (picker), not when the user clicked the map. */
  flyRequest = $state(0);

  hover(kode: string | null, xy: [number, number] | null): void {
    this.hoveredKode = kode;
    this.hoverXY = kode ? xy : null;
  }

  hoverRecord(hit: RecordHit | null, xy: [number, number]): void {
    this.hoveredRecord = hit ? { hit, xy } : null;
  }

  select(kode: string | null, options: { fly?: boolean } = {}): void {
    this.selectedKode = kode;
    if (kode && options.fly) this.flyRequest += 1;
  }
}

export const selection = new SelectionState();
