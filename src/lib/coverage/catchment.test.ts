import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { createLocalFrame, toLat, toLng } from '../geo/local-frame';
import { prepareCatchmentGeometry } from './catchment-geometry';
import { computeCatchment } from './catchment';

// Expected values below are plane-geometry identities in the local frame; the frame is affine, so a
// polygon drawn in frame metres has exactly those metric properties.
const frame = createLocalFrame(112.01, -7.815);
const lng = (x: number) => toLng(frame, x);
const lat = (y: number) => toLat(frame, y);

function polygonM(ring: [number, number][]): { geometry: Polygon } {
  const coords: Position[] = ring.map(([x, y]) => [lng(x), lat(y)]);
  coords.push(coords[0]);
  return { geometry: { type: 'Polygon', coordinates: [coords] } };
}
const rect = (x0: number, y0: number, x1: number, y1: number) =>
  polygonM([
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]);
const sitesM = (...xy: [number, number][]) =>
  Float64Array.from(xy.flatMap(([x, y]) => [lng(x), lat(y)]));

/** Area of the lens where two discs of radius r with centres d apart overlap. */
const lens = (r: number, d: number) =>
  2 * r * r * Math.acos(d / (2 * r)) - (d / 2) * Math.sqrt(4 * r * r - d * d);
/** Area of the part of a disc of radius r beyond a chord at distance d from its centre. */
const segment = (r: number, d: number) => r * r * Math.acos(d / r) - d * Math.sqrt(r * r - d * d);

describe('catchment coverage, hand-worked cases', () => {
  const square = prepareCatchmentGeometry([rect(-1000, -1000, 1000, 1000)], frame);

  it('a disc wholly inside covers πR²/area', () => {
    for (const R of [500, 120, 37.5]) {
      const res = computeCatchment(square, sitesM([100, -50]), R);
      expect(res.areaM2[0]).toBeCloseTo(4e6, 3);
      expect(Math.abs(res.coveredM2[0] - Math.PI * R * R) / (Math.PI * R * R)).toBeLessThan(1e-9);
      expect(res.coveredPct[0]).toBeCloseTo((100 * Math.PI * R * R) / 4e6, 2);
    }
  });

  it('a far-away site covers 0 %', () => {
    const res = computeCatchment(square, sitesM([5000, 0], [0, -1600]), 500);
    expect(res.coveredM2[0]).toBe(0);
    expect(res.coveredPct[0]).toBe(0);
    expect(res.city.coveredPct).toBe(0);
  });

  it('a disc that swallows a small kelurahan covers exactly 100 %', () => {
    const small = prepareCatchmentGeometry([rect(0, 0, 60, 45), rect(60, 0, 2000, 45)], frame);
    const res = computeCatchment(small, sitesM([30, 20]), 500);
    expect(res.coveredPct[0]).toBeCloseTo(100, 9);
  });

  it('two disjoint discs cover 2πR², two overlapping ones 2πR² minus the lens', () => {
    const R = 300;
    const disjoint = computeCatchment(square, sitesM([-400, 0], [400, 0]), R);
    expect(disjoint.coveredM2[0] / (2 * Math.PI * R * R)).toBeCloseTo(1, 4);
    for (const d of [100, 350, 599]) {
      const res = computeCatchment(square, sitesM([-d / 2, 30], [d / 2, 30]), R);
      const exact = 2 * Math.PI * R * R - lens(R, d);
      expect(Math.abs(res.coveredM2[0] - exact) / exact).toBeLessThan(1e-4);
    }
  });

  it('cuts discs with straight edges: half, quarter and circular segments', () => {
    const R = 400;
    const half = computeCatchment(square, sitesM([0, 1000]), R);
    expect(half.coveredM2[0] / ((Math.PI * R * R) / 2)).toBeCloseTo(1, 4);
    const quarter = computeCatchment(square, sitesM([1000, -1000]), R);
    expect(quarter.coveredM2[0] / ((Math.PI * R * R) / 4)).toBeCloseTo(1, 4);
    // Centre 150 m outside the west edge: only the segment beyond the chord is inside.
    const seg = computeCatchment(square, sitesM([-1150, 200]), R);
    expect(seg.coveredM2[0] / segment(R, 150)).toBeCloseTo(1, 4);
  });

  it('shares a disc on a 2×2 corner equally and sums to the city', () => {
    const four = prepareCatchmentGeometry(
      [
        rect(-1000, -1000, 0, 0),
        rect(0, -1000, 1000, 0),
        rect(-1000, 0, 0, 1000),
        rect(0, 0, 1000, 1000),
      ],
      frame,
    );
    const R = 500;
    const res = computeCatchment(four, sitesM([0, 0]), R);
    for (let k = 0; k < 4; k++) {
      expect(res.coveredM2[k] / ((Math.PI * R * R) / 4)).toBeCloseTo(1, 4);
    }
    expect(res.city.coveredM2 / (Math.PI * R * R)).toBeCloseTo(1, 5);
    expect(res.city.areaM2).toBeCloseTo(4e6, 3);
  });

  it('handles slanted edges: the incircle of an equilateral triangle covers π/(3√3) of it', () => {
    const s = 1200;
    const h = (s * Math.sqrt(3)) / 2;
    const tri = prepareCatchmentGeometry(
      [
        polygonM([
          [0, 0],
          [s, 0],
          [s / 2, h],
        ]),
      ],
      frame,
    );
    const r = s / (2 * Math.sqrt(3));
    const res = computeCatchment(tri, sitesM([s / 2, r]), r);
    const exact = (100 * Math.PI) / (3 * Math.sqrt(3));
    expect(Math.abs(res.coveredPct[0] - exact)).toBeLessThan(0.01);
  });

  it('handles holes and multipolygons', () => {
    const ring = (x0: number, y0: number, x1: number, y1: number, ccw: boolean): Position[] => {
      const r: Position[] = [
        [lng(x0), lat(y0)],
        [lng(x1), lat(y0)],
        [lng(x1), lat(y1)],
        [lng(x0), lat(y1)],
      ];
      if (!ccw) r.reverse();
      r.push(r[0]);
      return r;
    };
    const donut = prepareCatchmentGeometry(
      [
        {
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [ring(-1000, -1000, 1000, 1000, true), ring(-500, -500, 500, 500, false)],
              [ring(3000, 0, 4000, 1000, true)],
            ],
          },
        },
      ],
      frame,
    );
    expect(donut.areaM2[0]).toBeCloseTo(4e6 - 1e6 + 1e6, 3);
    // A disc in the hole covers nothing; one centred on the detached part's corner covers a quarter.
    expect(computeCatchment(donut, sitesM([0, 0]), 400).coveredM2[0]).toBe(0);
    const q = computeCatchment(donut, sitesM([3000, 0]), 400).coveredM2[0];
    expect(q / ((Math.PI * 400 * 400) / 4)).toBeCloseTo(1, 4);
  });
});
