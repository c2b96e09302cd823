import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer, PickingInfo } from '@deck.gl/core';
import {
  kecamatanLineLayer,
  kelurahanLabelLayer,
  kelurahanLineLayer,
  kotaLineLayer,
  type BoundaryLayerInput,
} from '../lib/map/layers/boundary-layers';
import { KELURAHAN_HIGHLIGHT, type Rgba } from '../lib/map/colors';
import { zIndexOf } from '../lib/map/zorder';
import type { KelurahanProps } from '../lib/model/kelurahan';

export interface EmbedLayerInput extends BoundaryLayerInput {
  /** Fill colour by kelurahan code. */
  fillByKode: ReadonlyMap<string, Rgba>;
  /** Changes whenever the fill colours do (metric + period), for deck.gl's update triggers. */
  fillKey: string;
}

const SELECTED_LINE: Rgba = [240, 120, 20, 255];

/**
 * The embed's deck.gl layers: the shared boundary layers with a choropleth fill in the
 * `kelurahan-fill` slot of zorder.ts, and the selected kelurahan outlined. Pure description.
 */
export function buildEmbedLayers(input: EmbedLayerInput): Layer[] {
  const { fillByKode, fillKey, selectedKode } = input;
  const fill = new GeoJsonLayer<KelurahanProps>({
    id: 'kelurahan-fill',
    data: input.kelurahan,
    filled: true,
    stroked: true,
    pickable: true,
    autoHighlight: true,
    highlightColor: KELURAHAN_HIGHLIGHT,
    getFillColor: (f) => fillByKode.get(f.properties.kode) ?? [0, 0, 0, 0],
    getLineColor: (f) => (f.properties.kode === selectedKode ? SELECTED_LINE : [0, 0, 0, 0]),
    lineWidthUnits: 'pixels',
    getLineWidth: (f) => (f.properties.kode === selectedKode ? 4 : 0),
    updateTriggers: {
      getFillColor: fillKey,
      getLineColor: selectedKode,
      getLineWidth: selectedKode,
    },
    onHover: input.onHover as ((info: PickingInfo) => void) | undefined,
    onClick: input.onClick as ((info: PickingInfo) => void) | undefined,
  });
  const layers: Layer[] = [
    fill,
    kelurahanLineLayer(input),
    kecamatanLineLayer(input),
    kotaLineLayer(input),
    kelurahanLabelLayer(input),
  ];
  return layers.sort((a, b) => zIndexOf(a.id) - zIndexOf(b.id));
}
