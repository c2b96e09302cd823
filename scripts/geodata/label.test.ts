import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, metresPerDegree } from './label.ts';

describe('metresPerDegree', () => {
  it('matches the published WGS84 figures at the equator (110,574 m lat, 111,319.49 m lng)', () => {
    const { mPerDegLat, mPerDegLng } = metresPerDegree(0);
    expect(Math.abs(mPerDegLat - 110574)).toBeLessThan(1);
    expect(Math.abs(mPerDegLng - 111319.49)).toBeLessThan(0.01);
  });
});

describe('labelPoint', () => {
  it('puts a square’s label at its centre', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [112.0, -7.82],
          [112.01, -7.82],
          [112.01, -7.81],
          [112.0, -7.81],
          [112.0, -7.82],
        ],
      ],
    };
    const [lng, lat] = labelPoint(square);
    // 1 m precision ≈ 1e-5 degrees.
    expect(lng).toBeCloseTo(112.005, 4);
    expect(lat).toBeCloseTo(-7.815, 4);
  });

  it('keeps a U shape’s label inside an arm, not in the notch where the centroid falls', () => {
    // U opening north: arms 0.004° wide, notch from x 112.004 to 112.006 down to y -7.816.
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [112.0, -7.82],
          [112.01, -7.82],
          [112.01, -7.81],
          [112.006, -7.81],
          [112.006, -7.816],
          [112.004, -7.816],
          [112.004, -7.81],
          [112.0, -7.81],
          [112.0, -7.82],
        ],
      ],
    };
    const label = labelPoint(u);
    expect(booleanPointInPolygon(label, u, { ignoreBoundary: true })).toBe(true);
    expect(booleanPointInPolygon([112.005, -7.814], u)).toBe(false); // the notch really is outside
  });

  it('labels the larger part of a MultiPolygon', () => {
    const small = [
      [112.05, -7.85],
      [112.051, -7.85],
      [112.051, -7.849],
      [112.05, -7.849],
      [112.05, -7.85],
    ];
    const big = [
      [112.0, -7.82],
      [112.01, -7.82],
      [112.01, -7.81],
      [112.0, -7.81],
      [112.0, -7.82],
    ];
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[small], [big]] };
    const [lng, lat] = labelPoint(multi);
    expect(lng).toBeCloseTo(112.005, 4);
    expect(lat).toBeCloseTo(-7.815, 4);
  });
});
