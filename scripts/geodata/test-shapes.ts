import type { Polygon } from 'geojson';

/**
 * Axis-aligned `[lng, lat]` rectangle, counter-clockwise, for hand-made test geometry.
 * Corners are listed from the south-west, so neighbouring cells share exact vertices.
 */
export function rect(w: number, s: number, e: number, n: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}
