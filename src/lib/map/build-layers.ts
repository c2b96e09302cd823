import type { Layer } from '@deck.gl/core';
import {
  kecamatanLineLayer,
  kelurahanFillLayer,
  kelurahanLabelLayer,
  kelurahanLineLayer,
  kotaLineLayer,
  type BoundaryLayerInput,
} from './layers/boundary-layers';
import { zIndexOf } from './zorder';

export type MapLayerState = BoundaryLayerInput;

/**
 * The whole deck.gl layer list for a map state: a pure description with stable ids, sorted by
 * `zorder.ts`. deck.gl diffs by id, so rebuilding the list on every change is cheap.
 */
export function buildLayers(state: MapLayerState): Layer[] {
  const layers: Layer[] = [
    kelurahanFillLayer(state),
    kelurahanLineLayer(state),
    kecamatanLineLayer(state),
    kotaLineLayer(state),
    kelurahanLabelLayer(state),
  ];
  return layers.sort((a, b) => zIndexOf(a.id) - zIndexOf(b.id));
}
