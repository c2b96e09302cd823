import { BitmapLayer, ScatterplotLayer } from '@deck.gl/layers';
import { CATCHMENT_LAYER_ID, type LayerId } from '../zorder';
import type { Program } from '../../model/records';
import { CATCHMENT_FILL, CATCHMENT_LINE, OVERLAP_RAMP, PLAN_FILL, PLAN_LINE } from '../colors';
import { positionData } from './point-data';
import type { PointSet } from '../record-types';
import { overlapPixels, type OverlapRaster } from '../overlap-image';

/** Catchment discs of one programme: `radiusM` metres around each site. */
export function catchmentLayer(program: Program, set: PointSet, radiusM: number) {
  return new ScatterplotLayer({
    id: CATCHMENT_LAYER_ID[program],
    data: positionData(set),
    // Metres in deck.gl's Web Mercator, scaled at each disc's latitude: within 0.015 % of the
    // engine's local frame across the city.
    radiusUnits: 'meters',
    getRadius: radiusM,
    getFillColor: CATCHMENT_FILL[program],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getLineColor: CATCHMENT_LINE[program],
    updateTriggers: { getRadius: radiusM },
  });
}

/** Catchments of the planning tab's hypothetical sites (`[lng, lat]` each), dashed apart by colour. */
export function planCatchmentLayer(
  sites: readonly { lng: number; lat: number }[],
  radiusM: number,
) {
  return new ScatterplotLayer<{ lng: number; lat: number }>({
    id: 'plan-catchments' satisfies LayerId,
    data: sites,
    getPosition: (s) => [s.lng, s.lat],
    radiusUnits: 'meters',
    getRadius: radiusM,
    getFillColor: PLAN_FILL,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
    getLineColor: PLAN_LINE,
    updateTriggers: { getRadius: radiusM },
  });
}

export interface OverlapImageInput extends OverlapRaster {
  /** `[west, south, east, north]`, degrees. */
  bounds: [number, number, number, number];
}

// One image per surface object: rebuilding the layer list must not re-upload the texture.
const images = new WeakMap<OverlapImageInput, ImageData>();

function imageOf(surface: OverlapImageInput): ImageData {
  let image = images.get(surface);
  if (!image) {
    const pixels = overlapPixels(surface, OVERLAP_RAMP);
    image = new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, surface.width, surface.height);
    images.set(surface, image);
  }
  return image;
}

/** How many programmes reach each place (0–3), as an image over the city's bounding box. */
export function overlapLayer(surface: OverlapImageInput) {
  return new BitmapLayer({
    id: 'overlap-surface' satisfies LayerId,
    image: imageOf(surface),
    bounds: surface.bounds,
    // Crisp cells: each is a 25 m square of the engine's grid, not a smooth field.
    textureParameters: { minFilter: 'nearest', magFilter: 'nearest', mipmapFilter: 'nearest' },
  });
}
