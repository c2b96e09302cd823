import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { LayerId } from '../zorder';
import { HEATMAP_RAMP, type Rgba } from '../colors';
import { countData } from './point-data';
import type { PointSet } from '../record-types';

/**
 * The Home Care heatmap, in a module of its own: it is the one layer from
 * `@deck.gl/aggregation-layers`, whose code the first picture (boundaries only) does not need, so
 * the map host loads it after the first draw (see `HeatmapFactory` in build-layers.ts).
 */
export function homeCareHeatmapLayer(visits: PointSet) {
  const { positions } = visits;
  return new HeatmapLayer({
    id: 'home-care-heatmap' satisfies LayerId,
    // An accessor over the typed array, not a binary attribute: the heatmap's weight pass does
    // not draw from a 2-wide binary position buffer under deck.gl 9.4 (nothing shows).
    data: countData(visits),
    getPosition: (_: unknown, { index }: { index: number }) => [
      positions[2 * index],
      positions[2 * index + 1],
    ],
    updateTriggers: { getPosition: positions },
    getWeight: 1,
    radiusPixels: 30,
    intensity: 1,
    threshold: 0.05,
    colorRange: HEATMAP_RAMP as Rgba[],
  });
}
