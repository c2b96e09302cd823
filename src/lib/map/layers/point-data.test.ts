import { describe, expect, it } from 'vitest';
import { emptyPointSet } from '../map-points';
import { pointData, positionData } from './point-data';

describe('point data for deck.gl', () => {
  it('is one object per set (deck.gl re-uploads on a new one) and uses the arrays as they are', () => {
    const a = { ...emptyPointSet(), length: 1, positions: Float64Array.of(112, -7.8) };
    const b = { ...a };
    expect(pointData(a)).toBe(pointData(a));
    expect(pointData(b)).not.toBe(pointData(a));
    expect(positionData(a)).not.toBe(pointData(a));
    expect(pointData(a).attributes.getPosition.value).toBe(a.positions);
    expect(pointData(a).attributes.getFillColor).toMatchObject({ size: 4, normalized: true });
  });
});
