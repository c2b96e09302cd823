import { PNG } from 'pngjs';
import type { Rgba } from '../../../src/lib/map/colors';

export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decodePng(buffer: Buffer): Pixels {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

/** What a semi-transparent colour looks like once composited over an opaque background. */
export function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): [number, number, number] {
  const alpha = a / 255;
  return [r * alpha + br * (1 - alpha), g * alpha + bg * (1 - alpha), b * alpha + bb * (1 - alpha)];
}

/** Share of pixels within `tolerance` (per channel) of `rgb`. */
export function shareNear(pixels: Pixels, rgb: [number, number, number], tolerance = 8): number {
  let hits = 0;
  const total = pixels.width * pixels.height;
  for (let i = 0; i < total * 4; i += 4) {
    if (
      Math.abs(pixels.data[i] - rgb[0]) <= tolerance &&
      Math.abs(pixels.data[i + 1] - rgb[1]) <= tolerance &&
      Math.abs(pixels.data[i + 2] - rgb[2]) <= tolerance
    )
      hits++;
  }
  return hits / total;
}

/** Number of distinct colours, quantised to 4 bits a channel: a blank canvas has one or two. */
export function distinctColours(pixels: Pixels): number {
  const seen = new Set<number>();
  for (let i = 0; i < pixels.data.length; i += 4) {
    seen.add(
      ((pixels.data[i] >> 4) << 8) | ((pixels.data[i + 1] >> 4) << 4) | (pixels.data[i + 2] >> 4),
    );
  }
  return seen.size;
}
