import type { RecordHit } from '../map/record-types';

/** Which kelurahan or record the pointer is over, and which kelurahan is open in the panel. */
class SelectionState {
  hoveredKode = $state<string | null>(null);
  /** Pointer position of the hover, in CSS pixels within the map. */
  hoverXY = $state<[number, number] | null>(null);
  /** The record point under the pointer (it wins over the kelurahan beneath it). */
  hoveredRecord = $state.raw<{ hit: RecordHit; xy: [number, number] } | null>(null);
  selectedKode = $state<string | null>(null);
  /**
   * The latest request to move the camera to a kelurahan (picker, ranking, link); a new object per
   * request, so asking twice flies twice, and a later plain map click, which asks nothing, does not.
   */
  flyRequest = $state.raw<{ kode: string } | null>(null);

  hover(kode: string | null, xy: [number, number] | null): void {
    this.hoveredKode = kode;
    this.hoverXY = kode ? xy : null;
  }

  hoverRecord(hit: RecordHit | null, xy: [number, number]): void {
    this.hoveredRecord = hit ? { hit, xy } : null;
  }

  select(kode: string | null, options: { fly?: boolean } = {}): void {
    this.selectedKode = kode;
    if (kode && options.fly) this.flyRequest = { kode };
  }
}

export const selection = new SelectionState();
