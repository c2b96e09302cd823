/**
 * Zoom levels the map, its layers, the legend and the URL parser share (MapLibre zoom). Plain data,
 * so the pure core (the URL parser) reads the same numbers as the map adapter.
 */

/** The map cannot zoom out past the region nor in past OpenStreetMap's last tile level. */
export const MAP_ZOOM_RANGE: readonly [min: number, max: number] = [9, 19];

/** Below this zoom the dense programmes are drawn as hexagon aggregates instead of points. */
export const POINTS_MIN_ZOOM = 14;

/** Choosing a kelurahan fits it on screen, but never closer than this. */
export const FIT_MAX_ZOOM = 15;
