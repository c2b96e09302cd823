import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { collectEdges, insideByCrossings } from './edges';
import { assignPoints, buildPointIndex, createLocator, locateIndex } from './point-index';

// Lattice lines in degrees; vertices and test points use these exact values (X0 + 2·D and
// (X0 + D) + D may differ in the last bit).
const D = 0.01;
const XS = [112.0, 112.01, 112.02];
const YS = [-7.82, -7.81, -7.8];
const [X0] = XS;
const [Y0] = YS;

/** The lattice square with south-west corner `(XS[i], YS[j])`, counter-clockwise. */
function square(i: number, j: number): { geometry: Polygon } {
  const [x0, x1, y0, y1] = [XS[i], XS[i + 1], YS[j], YS[j + 1]];
  return {
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    },
  };
}

// 0 = south-west, 1 = south-east, 2 = north-west, 3 = north-east.
const grid2x2 = [square(0, 0), square(1, 0), square(0, 1), square(1, 1)];

describe('point index on a 2×2 partition', () => {
  const index = buildPointIndex(grid2x2, { targetCells: 64 });

  it('puts interior points in their square', () => {
    expect(locateIndex(index, X0 + 0.25 * D, Y0 + 0.25 * D)).toBe(0);
    expect(locateIndex(index, X0 + 1.75 * D, Y0 + 0.25 * D)).toBe(1);
    expect(locateIndex(index, X0 + 0.25 * D, Y0 + 1.75 * D)).toBe(2);
    expect(locateIndex(index, X0 + 1.75 * D, Y0 + 1.75 * D)).toBe(3);
    expect(locateIndex(index, X0 - D, Y0)).toBe(-1);
  });

  it('gives shared-edge points to the east or north neighbour, exactly once', () => {
    // On the north-south boundary x = XS[1]: east side.
    expect(locateIndex(index, XS[1], Y0 + 0.3 * D)).toBe(1);
    expect(locateIndex(index, XS[1], Y0 + 1.6 * D)).toBe(3);
    // On the east-west boundary y = YS[1]: north side.
    expect(locateIndex(index, X0 + 0.4 * D, YS[1])).toBe(2);
    expect(locateIndex(index, X0 + 1.4 * D, YS[1])).toBe(3);
    // The shared centre vertex: north-east.
    expect(locateIndex(index, XS[1], YS[1])).toBe(3);
    // Mid-edge vertices of the outline.
    expect(locateIndex(index, XS[1], Y0)).toBe(1);
    expect(locateIndex(index, X0, YS[1])).toBe(2);
  });

  it('applies the same nudge on the outline: west and south edges inside, east and north outside', () => {
    expect(locateIndex(index, X0, Y0 + 0.5 * D)).toBe(0);
    expect(locateIndex(index, X0 + 0.5 * D, Y0)).toBe(0);
    expect(locateIndex(index, XS[2], Y0 + 0.5 * D)).toBe(-1);
    expect(locateIndex(index, X0 + 0.5 * D, YS[2])).toBe(-1);
    expect(locateIndex(index, X0, Y0)).toBe(0);
    expect(locateIndex(index, XS[2], YS[2])).toBe(-1);
    expect(locateIndex(index, XS[2], Y0)).toBe(-1);
    expect(locateIndex(index, X0, YS[2])).toBe(-1);
  });

  it('agrees with the crossing-number rule of every square (each point has one owner)', () => {
    const edges = collectEdges(grid2x2);
    const pts: number[] = [];
    // Every vertex, points on every edge, and points between them.
    const xs = XS.flatMap((x) => [x, x + D / 3]);
    const ys = YS.flatMap((y) => [y, y + D / 7]);
    for (const x of xs) for (const y of ys) pts.push(x, y);
    const got = assignPoints(index, Float64Array.from(pts));
    for (let k = 0; k < pts.length / 2; k++) {
      const owners = [0, 1, 2, 3].filter((f) =>
        insideByCrossings(edges, f, pts[2 * k], pts[2 * k + 1]),
      );
      expect(owners.length).toBeLessThanOrEqual(1);
      expect(got[k]).toBe(owners.length === 1 ? owners[0] : -1);
    }
  });

  it('offers a locate(lng, lat) => kode | null for the import core', () => {
    const locate = createLocator(index, ['a', 'b', 'c', 'd']);
    expect(locate(X0 + 1.5 * D, Y0 + 0.5 * D)).toBe('b');
    expect(locate(0, 0)).toBeNull();
  });
});

describe('point index with holes and multipolygons', () => {
  // Feature 0: a square with a square hole; feature 1: the hole plus a detached square.
  const outer: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [0, 3],
        [0, 0],
      ],
      [
        [1, 1],
        [1, 2],
        [2, 2],
        [2, 1],
        [1, 1],
      ],
    ],
  };
  const features = [
    { geometry: outer },
    {
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [
          [
            [
              [1, 1],
              [2, 1],
              [2, 2],
              [1, 2],
              [1, 1],
            ],
          ],
          [
            [
              [5, 0],
              [6, 0],
              [6, 1],
              [5, 1],
              [5, 0],
            ],
          ],
        ],
      },
    },
  ];
  const index = buildPointIndex(features, { targetCells: 100 });
  it('locates points in the ring, the hole and the detached part', () => {
    expect(locateIndex(index, 0.5, 0.5)).toBe(0);
    expect(locateIndex(index, 1.5, 1.5)).toBe(1);
    expect(locateIndex(index, 5.5, 0.5)).toBe(1);
    expect(locateIndex(index, 4, 0.5)).toBe(-1);
    expect(locateIndex(index, 1, 1.5)).toBe(1);
    expect(locateIndex(index, 2, 1.5)).toBe(0);
  });
});
