import { describe, expect, it } from 'vitest';
import { createLocalFrame, toLat, toLng } from '../geo/local-frame';
import { HEX_VERTICES, hexCells, quantizeStep } from './hex-cells';
import type { PointSet } from './record-types';
import type { Rgba } from './colors';

const FRAME = createLocalFrame(112, -7.82);
const RAMP: Rgba[] = [
  [1, 0, 0, 255],
  [2, 0, 0, 255],
  [3, 0, 0, 255],
];
const R = 250;

/** A point set at metric offsets (x east, y north, metres) from the frame origin. */
function setAt(points: [x: number, y: number, weight: number][]): PointSet {
  const n = points.length;
  const set: PointSet = {
    length: n,
    positions: new Float64Array(2 * n),
    colors: new Uint8Array(4 * n),
    radii: new Float32Array(n),
    weights: new Float32Array(n),
  };
  points.forEach(([x, y, w], i) => {
    set.positions[2 * i] = toLng(FRAME, x);
    set.positions[2 * i + 1] = toLat(FRAME, y);
    set.weights[i] = w;
  });
  return set;
}

describe('hexCells', () => {
  it('sums the weights of points in one hexagon and keeps far points apart', () => {
    // Pointy-top hexagons of R = 250 m: the cell around the origin reaches ±216.5 m (R·√3/2)
    // east-west. Two points 100 m apart share it; one 1 km east is in another cell.
    const cells = hexCells(
      setAt([
        [0, 0, 2],
        [100, 0, 3],
        [1000, 0, 1],
      ]),
      FRAME,
      R,
      RAMP,
    );
    expect(cells.length).toBe(2);
    const weights = [...cells.weights].sort();
    expect(weights).toEqual([1, 5]);
    const big = [...cells.weights].indexOf(5);
    // The origin's cell is centred on the origin: d3-hexbin's grid starts there.
    expect(cells.positions[2 * big]).toBeCloseTo(112, 9);
    expect(cells.positions[2 * big + 1]).toBeCloseTo(-7.82, 9);
    // Weight 5 is the top of [1, 5]; weight 1 the bottom.
    expect([...cells.colors.subarray(4 * big, 4 * big + 4)]).toEqual(RAMP[2]);
    expect([...cells.colors.subarray(4 * (1 - big), 4 * (1 - big) + 4)]).toEqual(RAMP[0]);
  });

  it('places the next cell east at R·√3 metres', () => {
    const cells = hexCells(setAt([[R * Math.sqrt(3), 0, 1]]), FRAME, R, RAMP);
    expect(cells.length).toBe(1);
    expect(cells.positions[0]).toBeCloseTo(toLng(FRAME, R * Math.sqrt(3)), 9);
    expect(cells.positions[1]).toBeCloseTo(-7.82, 9);
  });

  it('gives an empty set no cells', () => {
    expect(hexCells(setAt([]), FRAME, R, RAMP).length).toBe(0);
  });
});

describe('quantizeStep', () => {
  it('splits [min, max] into equal steps, the maximum in the top one', () => {
    // [0, 9] in 3 steps: [0, 3), [3, 6), [6, 9].
    expect([0, 2.9, 3, 5.9, 6, 9].map((v) => quantizeStep(v, 0, 9, 3))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(quantizeStep(4, 4, 4, 3)).toBe(2);
  });
});

describe('HEX_VERTICES', () => {
  it('is a pointy-top hexagon in the unit circle', () => {
    for (const [x, y] of HEX_VERTICES) expect(Math.hypot(x, y)).toBeCloseTo(1, 12);
    expect(HEX_VERTICES[0]).toEqual([0, 1]);
    expect(HEX_VERTICES[3][1]).toBeCloseTo(-1, 12);
  });
});
