import type { Rgba } from './colors';

/** The overlap raster as the fields the image needs (see coverage/overlap-surface.ts). */
export interface OverlapRaster {
  width: number;
  height: number;
  /** 0..3 per cell, 255 outside the city; row 0 = north. */
  levels: Uint8Array;
}

/**
 * RGBA pixels for a BitmapLayer, one pixel per cell in image order (row 0 = north): level `l`
 * takes `ramp[l]` (the last colour for anything higher), cells outside the city are transparent.
 */
export function overlapPixels(raster: OverlapRaster, ramp: readonly Rgba[]): Uint8ClampedArray {
  const { width, height, levels } = raster;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const level = levels[i];
    if (level === 255) continue;
    const c = ramp[Math.min(level, ramp.length - 1)];
    out.set(c, i * 4);
  }
  return out;
}
