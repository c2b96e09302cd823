import type { RecordHit } from '../map/record-types';

/**
 * What field entry asks of the map, and what the map hands back: a tap that places a point, the
 * draggable marker of the record being entered, a click on a record point. A small bridge, so
 * the map (part of the first picture) does not load the entry code (loaded after it): the entry
 * state fills it, the map view reads it and drives the adapter.
 */
class MapEntryBridge {
  /** A tap on the map places the point (not a kelurahan selection) while this is set. */
  onPlace = $state.raw<((lngLat: [number, number]) => void) | null>(null);
  /** The place of the record in the form: a marker the user can drag. */
  marker = $state.raw<[number, number] | null>(null);
  markerLabel = $state('');
  /** Called when the user drops the dragged marker somewhere else. */
  onMarkerMoved = $state.raw<((lngLat: [number, number]) => void) | null>(null);
  /**
   * Asks the map to bring a place into the middle of the part no panel covers (a record opened
   * for editing: its marker must be in reach, not under the legend). A new object per request.
   */
  focus = $state.raw<{ lngLat: [number, number] } | null>(null);
  /** Called with the record behind a clicked point (any programme the map draws). */
  onRecord = $state.raw<((hit: RecordHit) => void) | null>(null);
}

export const mapEntry = new MapEntryBridge();
