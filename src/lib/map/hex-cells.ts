import { hexbin } from 'd3-hexbin';
import { toLat, toLng, toX, toY, type LocalFrame } from '../geo/local-frame';
import type { Rgba } from './colors';
import type { HexCells, PointSet } from './record-types';

/** Hexagon radius of the aggregates, metres: about a neighbourhood (an RW) at city zoom. */
export const HEX_RADIUS_M = 250;

/**
 * Hexagon aggregates of a point set, binned here (in the coverage worker) instead of by deck.gl's
 * HexagonLayer on the main thread: binning 100,000 points there was one task of 0.3 s after an
 * import, where the map now gets a few hundred ready cells. Hexagons of `radiusM` metres (centre
 * to corner, pointy-top) in the city's local metric frame; each cell's colour is the ramp step
 * of its summed weight, the steps splitting [min, max] of the cells evenly (a quantize scale, as
 * the HexagonLayer did).
 */
export function hexCells(
  set: PointSet,
  frame: LocalFrame,
  radiusM: number,
  ramp: readonly Rgba[],
): HexCells {
  const x = new Float64Array(set.length);
  const y = new Float64Array(set.length);
  for (let i = 0; i < set.length; i++) {
    x[i] = toX(frame, set.positions[2 * i]);
    y[i] = toY(frame, set.positions[2 * i + 1]);
  }
  const indices = Array.from({ length: set.length }, (_, i) => i);
  const bins = hexbin<number>()
    .radius(radiusM)
    .x((i) => x[i])
    .y((i) => y[i])(indices);
  const n = bins.length;
  const cells: HexCells = {
    length: n,
    positions: new Float64Array(2 * n),
    weights: new Float32Array(n),
    colors: new Uint8Array(4 * n),
  };
  let min = Infinity;
  let max = -Infinity;
  bins.forEach((bin, c) => {
    cells.positions[2 * c] = toLng(frame, bin.x);
    cells.positions[2 * c + 1] = toLat(frame, bin.y);
    let sum = 0;
    for (const i of bin) sum += set.weights[i];
    cells.weights[c] = sum;
    min = Math.min(min, sum);
    max = Math.max(max, sum);
  });
  for (let c = 0; c < n; c++) {
    cells.colors.set(ramp[quantizeStep(cells.weights[c], min, max, ramp.length)], 4 * c);
  }
  return cells;
}

/** The step of `v` among `steps` equal parts of [min, max]; one value alone is the top step. */
export function quantizeStep(v: number, min: number, max: number, steps: number): number {
  if (max <= min) return steps - 1;
  return Math.min(steps - 1, Math.floor(((v - min) / (max - min)) * steps));
}

/**
 * The corners of a pointy-top hexagon in the unit circle, as deck.gl's ColumnLayer `vertices`:
 * the same orientation as d3-hexbin's cells (a corner straight up and one straight down).
 */
export const HEX_VERTICES: [number, number][] = Array.from({ length: 6 }, (_, k) => [
  Math.sin((k * Math.PI) / 3),
  Math.cos((k * Math.PI) / 3),
]);
