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

/**
 * Where a click on a point landed (the kelurahan beneath is chosen, as on the bare map) and which
 * point it was: the record behind it opens in the record card.
 */
export type PointClick = (lngLat: [number, number], kind: PointKind | null, index: number) => void;

function pointsLayer(
  id: LayerId | ReturnType<typeof definedPointsLayerId>,
  kind: PointKind | null,
  set: PointSet,
  onHover?: PointHover,
  onClick?: PointClick,
) {
  return new ScatterplotLayer({
    ...POINT_STYLE,
    id,
    data: pointData(set),
    ...(kind ? { onHover: hoverOf(kind, onHover) } : {}),
    // A point sits on top of the kelurahan fill and takes the pick; without this a click on a
    // dense spot (the city centre's tax objects) would select nothing.
    ...(onClick
      ? {
          onClick: (info: PickingInfo) => {
            if (info.coordinate)
              onClick([info.coordinate[0], info.coordinate[1]], kind, info.index);
          },
        }
      : {}),
  });
}

export const bankSampahPointsLayer = (set: PointSet, onHover?: PointHover, onClick?: PointClick) =>
  pointsLayer('bank-sampah-points', 'bankSampah', set, onHover, onClick);

export const prodamasPointsLayer = (set: PointSet, onHover?: PointHover, onClick?: PointClick) =>
  pointsLayer('prodamas-points', 'prodamas', set, onHover, onClick);

/** One point per home, its radius growing with the visits (see `homeRadiusPx`). */
export const homeCarePointsLayer = (set: PointSet, onHover?: PointHover, onClick?: PointClick) =>
  pointsLayer('home-care-points', 'homes', set, onHover, onClick);

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

/** A defined programme's points, in its own colour, with a tooltip from its definition. */
export const definedPointsLayer = (
  program: string,
  set: PointSet,
  onHover?: PointHover,
  onClick?: PointClick,
) => pointsLayer(definedPointsLayerId(program), `defined:${program}`, set, onHover, onClick);
