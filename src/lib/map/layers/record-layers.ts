import { ColumnLayer, ScatterplotLayer } from '@deck.gl/layers';
import { definedPointsLayerId, type LayerId } from '../zorder';
import type { PickingInfo } from '@deck.gl/core';
import { POINT_OUTLINE, type Rgba } from '../colors';
import { cellData, pointData } from './point-data';
import { HEX_RADIUS_M, HEX_VERTICES } from '../hex-cells';
import type { HexCells, PointHover, PointKind, PointSet } from '../record-types';

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

function pointsLayer(
  id: LayerId | ReturnType<typeof definedPointsLayerId>,
  kind: PointKind | null,
  set: PointSet,
  onHover?: PointHover,
) {
  return new ScatterplotLayer({
    ...POINT_STYLE,
    id,
    data: pointData(set),
    ...(kind ? { onHover: hoverOf(kind, onHover) } : {}),
  });
}

export const bankSampahPointsLayer = (set: PointSet, onHover?: PointHover) =>
  pointsLayer('bank-sampah-points', 'bankSampah', set, onHover);

export const prodamasPointsLayer = (set: PointSet, onHover?: PointHover) =>
  pointsLayer('prodamas-points', 'prodamas', set, onHover);

/** One point per home, its radius growing with the visits (see `homeRadiusPx`). */
export const homeCarePointsLayer = (set: PointSet, onHover?: PointHover) =>
  pointsLayer('home-care-points', 'homes', set, onHover);

/** Cells binned in the coverage worker (hex-cells.ts), drawn flat as they come. */
function hexLayer(id: LayerId, cells: HexCells) {
  return new ColumnLayer({
    id,
    data: cellData(cells),
    diskResolution: 6,
    vertices: HEX_VERTICES,
    radius: HEX_RADIUS_M,
    coverage: 0.9,
    extruded: false,
  });
}

export const prodamasHexLayer = (cells: HexCells) => hexLayer('prodamas-hex', cells);

/** Weighted by visits, so a home visited often counts for more. */
export const homeCareHexLayer = (cells: HexCells) => hexLayer('home-care-hex', cells);

/** Only for a city with more than `BANK_SAMPAH_POINTS_MAX` sites (see record-types.ts). */
export const bankSampahHexLayer = (cells: HexCells) => hexLayer('bank-sampah-hex', cells);

/** A defined programme's points, in its own colour (no tooltip yet: see issue 10). */
export const definedPointsLayer = (program: string, set: PointSet, onHover?: PointHover) =>
  pointsLayer(definedPointsLayerId(program), `defined:${program}`, set, onHover);
