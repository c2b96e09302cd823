import { ScatterplotLayer } from '@deck.gl/layers';
import type { LayerId } from '../zorder';
import { HexagonLayer } from '@deck.gl/aggregation-layers';
import type { PickingInfo } from '@deck.gl/core';
import {
  BANK_SAMPAH_HEX_RAMP,
  HOME_CARE_HEX_RAMP,
  POINT_OUTLINE,
  PRODAMAS_HEX_RAMP,
  type Rgba,
} from '../colors';
import { hexData, pointData } from './point-data';
import type { PointHover, PointKind, PointSet } from '../record-types';

/** Hexagon radius of the aggregates, metres: about a neighbourhood (an RW) at city zoom. */
const HEX_RADIUS_M = 250;

const hoverOf = (kind: PointKind, onHover: PointHover | undefined) => (info: PickingInfo) =>
  onHover?.(kind, info.picked ? info.index : -1, [info.x, info.y]);

const POINT_STYLE = {
  pickable: true,
  autoHighlight: true,
  highlightColor: [255, 255, 255, 140] as Rgba,
  radiusUnits: 'pixels',
  stroked: true,
  lineWidthUnits: 'pixels',
  getLineWidth: 1,
  getLineColor: POINT_OUTLINE,
} as const;

function pointsLayer(id: LayerId, kind: PointKind, set: PointSet, onHover?: PointHover) {
  return new ScatterplotLayer({
    ...POINT_STYLE,
    id,
    data: pointData(set),
    onHover: hoverOf(kind, onHover),
  });
}

export const bankSampahPointsLayer = (set: PointSet, onHover?: PointHover) =>
  pointsLayer('bank-sampah-points', 'bankSampah', set, onHover);

export const prodamasPointsLayer = (set: PointSet, onHover?: PointHover) =>
  pointsLayer('prodamas-points', 'prodamas', set, onHover);

/** One point per home, its radius growing with the visits (see `homeRadiusPx`). */
export const homeCarePointsLayer = (set: PointSet, onHover?: PointHover) =>
  pointsLayer('home-care-points', 'homes', set, onHover);

function hexLayer(id: LayerId, set: PointSet, ramp: readonly Rgba[]) {
  return new HexagonLayer({
    id,
    data: hexData(set),
    colorAggregation: 'SUM',
    radius: HEX_RADIUS_M,
    coverage: 0.9,
    extruded: false,
    colorRange: ramp as Rgba[],
    colorScaleType: 'quantize',
    // CPU binning: under software WebGL the GPU aggregator is the slower one.
    gpuAggregation: false,
  });
}

export const prodamasHexLayer = (set: PointSet) => hexLayer('prodamas-hex', set, PRODAMAS_HEX_RAMP);

/** Weighted by visits, so a home visited often counts for more. */
export const homeCareHexLayer = (set: PointSet) =>
  hexLayer('home-care-hex', set, HOME_CARE_HEX_RAMP);

/** Only for a city with more than `BANK_SAMPAH_POINTS_MAX` sites (see record-types.ts). */
export const bankSampahHexLayer = (set: PointSet) =>
  hexLayer('bank-sampah-hex', set, BANK_SAMPAH_HEX_RAMP);
