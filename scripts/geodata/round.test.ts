import { describe, expect, it } from 'vitest';
import { roundGeometry, roundRing } from './round.ts';

describe('roundRing', () => {
  it('rounds to 7 decimals and drops vertices that become repeated', () => {
    const ring = [
      [112.00000001, -7.8],
      [112.00000004, -7.8], // same as the previous one after rounding
      [112.1, -7.80000006],
      [112.1, -7.7],
      [112.00000001, -7.8],
    ];
    expect(roundRing(ring)).toEqual([
      [112, -7.8],
      [112.1, -7.8000001],
      [112.1, -7.7],
      [112, -7.8],
    ]);
  });

  it('rounds a vertex shared by two neighbours to the same position on both sides', () => {
    const v = [111.99123456789, -7.81234567891];
    const a = roundGeometry({
      type: 'Polygon',
      coordinates: [[[112, -7.8], v, [112, -7.9], [112, -7.8]]],
    });
    const b = roundGeometry({
      type: 'Polygon',
      coordinates: [[[111.9, -7.8], [111.9, -7.9], v, [111.9, -7.8]]],
    });
    expect(a.coordinates[0][1]).toEqual(b.coordinates[0][2]);
    expect(a.coordinates[0][1]).toEqual([111.9912346, -7.8123457]);
  });
});
