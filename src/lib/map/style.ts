import type { StyleSpecification } from 'maplibre-gl';
import { BACKGROUND, toCss } from './colors';

export const BASEMAP_SOURCE = 'osm';
export const BASEMAP_LAYER = 'osm-raster';

/**
 * A self-contained MapLibre style: a background and an optional OpenStreetMap raster layer that
 * starts hidden. No glyphs or sprites, so the map works with no network at all; names are drawn
 * by deck.gl's TextLayer instead of MapLibre symbols.
 */
export function buildStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 19,
        attribution:
          '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': toCss(BACKGROUND) } },
      {
        id: BASEMAP_LAYER,
        type: 'raster',
        source: BASEMAP_SOURCE,
        layout: { visibility: 'none' },
        paint: { 'raster-opacity': 0.85 },
      },
    ],
  };
}
