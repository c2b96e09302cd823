import { ScatterplotLayer } from '@deck.gl/layers';
import type { LayerId } from '../zorder';
import { HexagonLayer } from '@deck.gl/aggregation-layers';
import type { PickingInfo } from '@deck.gl/core';
import type { BankSampah, ProdamasProject } from '../../model/records';
import {
  BANK_SAMPAH_STATUS_COLORS,
  HOME_CARE_COLOR,
  HOME_CARE_HEX_RAMP,
  POINT_OUTLINE,
  PRODAMAS_CATEGORY_COLORS,
  PRODAMAS_HEX_RAMP,
  type Rgba,
} from '../colors';
import { homeRadiusPx, type HomePoint, type Located } from '../home-points';
import type { RecordHover } from '../record-types';

/** Hexagon radius of the aggregates, metres: about a neighbourhood (an RW) at city zoom. */
const HEX_RADIUS_M = 250;

const hoverOf =
  <T>(onHover: RecordHover | undefined, toHit: (o: T) => Parameters<RecordHover>[0]) =>
  (info: PickingInfo<T>) =>
    onHover?.(info.object ? toHit(info.object) : null, [info.x, info.y]);

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

export function bankSampahPointsLayer(data: readonly Located<BankSampah>[], onHover?: RecordHover) {
  return new ScatterplotLayer<Located<BankSampah>>({
    ...POINT_STYLE,
    id: 'bank-sampah-points' satisfies LayerId,
    data,
    getPosition: (r) => [r.lng, r.lat],
    getRadius: 6,
    getFillColor: (r) => BANK_SAMPAH_STATUS_COLORS[r.status],
    onHover: hoverOf(onHover, (record) => ({ program: 'bank_sampah', record })),
  });
}

export function prodamasPointsLayer(
  data: readonly Located<ProdamasProject>[],
  onHover?: RecordHover,
) {
  return new ScatterplotLayer<Located<ProdamasProject>>({
    ...POINT_STYLE,
    id: 'prodamas-points' satisfies LayerId,
    data,
    getPosition: (r) => [r.lng, r.lat],
    getRadius: 4,
    getFillColor: (r) => PRODAMAS_CATEGORY_COLORS[r.category],
    onHover: hoverOf(onHover, (record) => ({ program: 'prodamas', record })),
  });
}

export function homeCarePointsLayer(data: readonly HomePoint[], onHover?: RecordHover) {
  return new ScatterplotLayer<HomePoint>({
    ...POINT_STYLE,
    id: 'home-care-points' satisfies LayerId,
    data,
    getPosition: (h) => h.position,
    getRadius: (h) => homeRadiusPx(h.visits),
    getFillColor: HOME_CARE_COLOR,
    onHover: hoverOf(onHover, (h) => ({
      program: 'home_care',
      record: h.latest,
      visits: h.visits,
    })),
  });
}

function hexLayer<T>(
  id: string,
  data: readonly T[],
  getPosition: (d: T) => [number, number],
  ramp: readonly Rgba[],
  getColorWeight: (d: T) => number,
) {
  return new HexagonLayer<T>({
    id,
    data,
    getPosition,
    getColorWeight,
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

export const prodamasHexLayer = (data: readonly Located<ProdamasProject>[]) =>
  hexLayer(
    'prodamas-hex',
    data,
    (r) => [r.lng, r.lat],
    PRODAMAS_HEX_RAMP,
    () => 1,
  );

/** Weighted by visits, so a home visited often counts for more. */
export const homeCareHexLayer = (data: readonly HomePoint[]) =>
  hexLayer(
    'home-care-hex',
    data,
    (h) => h.position,
    HOME_CARE_HEX_RAMP,
    (h) => h.visits,
  );
