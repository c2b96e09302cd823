import { getContext, hasContext, setContext } from 'svelte';
import type { MapAdapter } from './map-adapter';

/**
 * The map on screen as the components around it see it: the adapter once it exists, and whether
 * the first picture has been drawn. `MapHost` fills it; the tools beside the map (the PNG export)
 * and the code waiting for the first picture read it.
 */
export class MapSlot {
  adapter = $state.raw<MapAdapter | null>(null);
  /** True from the first drawn map on (map `idle` and a deck.gl render with layers). */
  firstDrawn = $state(false);

  attach(adapter: MapAdapter): void {
    this.adapter = adapter;
  }

  /** Forgets `adapter` if it is still the one on screen (a newer map may have replaced it). */
  detach(adapter: MapAdapter): void {
    if (this.adapter === adapter) this.adapter = null;
  }

  markFirstDraw(): void {
    this.firstDrawn = true;
  }
}

// A symbol, so no other module's context can collide with it.
const KEY: unique symbol = Symbol('jangkau:map');

/**
 * Makes the slot for the map below this component and for its other children. Call it in the
 * component that lays out both the map and the tools that use it (it must run during that
 * component's initialisation, like every context call).
 */
export function provideMap(): MapSlot {
  return setContext(KEY, new MapSlot());
}

/** The slot an ancestor provided, or null when there is none. */
export function findMap(): MapSlot | null {
  return hasContext(KEY) ? getContext<MapSlot>(KEY) : null;
}

/** The slot an ancestor provided; a missing provider is a wiring mistake. */
export function useMap(): MapSlot {
  const slot = findMap();
  if (!slot) throw new Error('No map here: an ancestor must call provideMap().');
  return slot;
}
