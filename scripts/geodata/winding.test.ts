import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { isCounterClockwise, ringSignedArea2, rewindRfc7946 } from './winding.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

// Unit square traversed east, north, west, south: counter-clockwise with x east, y north.
const CCW: Position[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const CW: Position[] = [...CCW].reverse();

describe('winding', () => {
  it('shoelace gives twice the signed area, positive counter-clockwise', () => {
    expect(ringSignedArea2(CCW)).toBe(2);
    expect(ringSignedArea2(CW)).toBe(-2);
    expect(isCounterClockwise(CCW)).toBe(true);
  });

  it('rewinds a clockwise outer ring and a counter-clockwise hole (RFC 7946), without mutating', () => {
    const hole: Position[] = [
      [0.25, 0.25],
      [0.75, 0.25],
      [0.75, 0.75],
      [0.25, 0.75],
      [0.25, 0.25],
    ]; // counter-clockwise: wrong for a hole
    const input = deepFreeze<Polygon>({ type: 'Polygon', coordinates: [CW, hole] });
    const out = rewindRfc7946(input);
    expect(out.coordinates[0]).toEqual(CCW);
    expect(out.coordinates[1]).toEqual([...hole].reverse());
  });

  it('leaves correctly wound MultiPolygon parts alone', () => {
    const input = deepFreeze({ type: 'MultiPolygon' as const, coordinates: [[CCW], [CW]] });
    const out = rewindRfc7946(input);
    expect(out.coordinates).toEqual([[CCW], [CCW]]);
  });
});
