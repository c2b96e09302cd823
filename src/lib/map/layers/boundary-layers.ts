import { GeoJsonLayer } from '@deck.gl/layers';
import type { LayerId } from '../zorder';
import { DeclutteredTextLayer } from './decluttered-text-layer';
import type { PickingInfo } from '@deck.gl/core';
import type {
  KecamatanCollection,
  KelurahanCollection,
  KelurahanFeature,
  KelurahanProps,
  KotaCollection,
} from '../../model/kelurahan';
import {
  CITY_LINE,
  KECAMATAN_LINE,
  KELURAHAN_FILL,
  KELURAHAN_FILL_SELECTED,
  KELURAHAN_HIGHLIGHT,
  KELURAHAN_LINE,
  LABEL_HALO,
  LABEL_TEXT,
  NO_DATA,
  type Rgba,
} from '../colors';

const SELECTED_OUTLINE: Rgba = [240, 120, 20, 255];
const TRANSPARENT: Rgba = [0, 0, 0, 0];

export interface BoundaryLayerInput {
  kelurahan: KelurahanCollection;
  kecamatan: KecamatanCollection;
  kota: KotaCollection;
  selectedKode: string | null;
  onHover?: (info: PickingInfo<KelurahanFeature>) => void;
  onClick?: (info: PickingInfo<KelurahanFeature>) => void;
}

/** Labels use system fonts Debian and every desktop has; the atlas is drawn from a canvas font. */
const LABEL_FONT = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';
const LABEL_SIZE_PX = 12;
/** Air kept around each name when names are thinned: the 3 px halo and a little more. */
const LABEL_MARGIN_PX = 4;

/** A choropleth colouring of the kelurahan fill (see `choropleth.ts`). */
export interface FillColouring {
  colorByKode: ReadonlyMap<string, Rgba>;
  /** Changes whenever the colours do, for deck.gl's `updateTriggers`. */
  key: string;
}

/**
 * The kelurahan fill: plain, or a choropleth when `colouring` is given. With a choropleth the
 * selected kelurahan keeps its class colour and gets an outline instead of the selection fill.
 */
export function kelurahanFillLayer(
  input: BoundaryLayerInput,
  colouring: FillColouring | null = null,
) {
  const { selectedKode } = input;
  const isSelected = (f: { properties: KelurahanProps }) => f.properties.kode === selectedKode;
  return new GeoJsonLayer<KelurahanProps>({
    id: 'kelurahan-fill' satisfies LayerId,
    data: input.kelurahan,
    filled: true,
    stroked: colouring !== null,
    pickable: true,
    autoHighlight: true,
    highlightColor: KELURAHAN_HIGHLIGHT,
    getFillColor: colouring
      ? (f) => colouring.colorByKode.get(f.properties.kode) ?? NO_DATA
      : (f) => (isSelected(f) ? KELURAHAN_FILL_SELECTED : KELURAHAN_FILL),
    getLineColor: (f) => (isSelected(f) ? SELECTED_OUTLINE : TRANSPARENT),
    lineWidthUnits: 'pixels',
    getLineWidth: (f) => (isSelected(f) ? 4 : 0),
    updateTriggers: {
      getFillColor: [selectedKode, colouring?.key ?? null],
      getLineColor: selectedKode,
      getLineWidth: selectedKode,
    },
    onHover: input.onHover as never,
    onClick: input.onClick as never,
  });
}

export function kelurahanLineLayer(input: BoundaryLayerInput) {
  return new GeoJsonLayer<KelurahanProps>({
    id: 'kelurahan-line' satisfies LayerId,
    data: input.kelurahan,
    filled: false,
    stroked: true,
    getLineColor: KELURAHAN_LINE,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
  });
}

export function kecamatanLineLayer(input: BoundaryLayerInput) {
  return new GeoJsonLayer({
    id: 'kecamatan-line' satisfies LayerId,
    data: input.kecamatan,
    filled: false,
    stroked: true,
    getLineColor: KECAMATAN_LINE,
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
  });
}

export function kotaLineLayer(input: BoundaryLayerInput) {
  return new GeoJsonLayer({
    id: 'kota-line' satisfies LayerId,
    data: input.kota,
    filled: false,
    stroked: true,
    getLineColor: CITY_LINE,
    lineWidthUnits: 'pixels',
    getLineWidth: 4,
  });
}

export function kelurahanLabelLayer(input: BoundaryLayerInput) {
  return new DeclutteredTextLayer<KelurahanFeature>({
    id: 'kelurahan-labels' satisfies LayerId,
    data: input.kelurahan.features,
    getPosition: (f) => f.properties.label,
    getText: (f) => f.properties.nama,
    getSize: LABEL_SIZE_PX,
    sizeUnits: 'pixels',
    getColor: LABEL_TEXT,
    fontFamily: LABEL_FONT,
    fontWeight: 600,
    fontSettings: { sdf: true },
    // Only the 35 glyphs the 46 names use: the default set (printable ASCII, 96) is nearly three
    // times as many signed distance fields to draw before the first picture.
    characterSet: 'auto',
    outlineWidth: 3,
    outlineColor: LABEL_HALO,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    // At city scale 46 names do not fit: where two would overlap the smaller kelurahan's name
    // gives way, and comes back as the user zooms in.
    getPriority: (f) => f.properties.area_km2,
    marginPx: LABEL_MARGIN_PX,
  });
}
