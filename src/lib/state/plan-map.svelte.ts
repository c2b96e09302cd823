/**
 * What the planning tab shows on the map: its hypothetical sites as draggable markers with their
 * catchments, and what a drag hands back. A bridge like `map-entry.svelte.ts`: the map (first
 * picture) does not load the planning code; the planning state fills this, the map reads it.
 */
export interface PlanMapSite {
  id: string;
  lng: number;
  lat: number;
  /** Accessible name of the marker. */
  label: string;
}

class PlanMapBridge {
  sites = $state.raw<PlanMapSite[]>([]);
  radiusM = $state(0);
  /** The printable sheet of the scenario, open over the whole app (rendered by App.svelte). */
  sheet = $state<{ programName: string } | null>(null);
  /** During a drag (`final` false, throttled by the map) and at its end (`final` true). */
  onMove = $state.raw<((id: string, lngLat: [number, number], final: boolean) => void) | null>(
    null,
  );
}

export const planMap = new PlanMapBridge();
