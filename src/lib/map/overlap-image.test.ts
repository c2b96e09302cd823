import { describe, expect, it } from 'vitest';
import { overlapPixels } from './overlap-image';
import type { Rgba } from './colors';

const RAMP: Rgba[] = [
  [10, 10, 10, 100],
  [20, 20, 20, 110],
  [30, 30, 30, 120],
  [40, 40, 40, 130],
];

describe('overlapPixels', () => {
  it('colours each cell by level and leaves outside cells transparent', () => {
    const levels = Uint8Array.from([0, 1, 255, 3, 2, 255]);
    const px = overlapPixels({ width: 3, height: 2, levels }, RAMP);
    expect(Array.from(px)).toEqual([
      ...[10, 10, 10, 100],
      ...[20, 20, 20, 110],
      ...[0, 0, 0, 0],
      ...[40, 40, 40, 130],
      ...[30, 30, 30, 120],
      ...[0, 0, 0, 0],
    ]);
  });
});
