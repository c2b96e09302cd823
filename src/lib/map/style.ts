import type {
  RasterLayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { BACKGROUND, toCss } from './colors';

export const BASEMAP_SOURCE = 'osm';
export const BASEMAP_LAYER = 'osm-raster';

/**
 * A self-contained MapLibre style: a background only. No glyphs, sprites or sources, so the map
 * works with no network at all and its first frame has nothing to wait for (names are drawn by
 * deck.gl's TextLayer instead of MapLibre symbols). The optional OpenStreetMap basemap is added
 * when the user first turns it on (`basemapSource`, `basemapLayer`): a source in the style, even
 * hidden, has to load before MapLibre calls the map loaded, and that costs the first picture a
 * second frame.
 */
export function buildStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': toCss(BACKGROUND) } },
    ],
  };
}

/** The online OpenStreetMap raster tiles (only requested once the user turns the basemap on). */
export function basemapSource(): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
    attribution:
      '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
  };
}

/** The basemap's raster layer, drawn over the background. */
export function basemapLayer(): RasterLayerSpecification {
  return {
    id: BASEMAP_LAYER,
    type: 'raster',
    source: BASEMAP_SOURCE,
    paint: { 'raster-opacity': 0.85 },
  };
}
