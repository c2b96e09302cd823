import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { bboxOf, intersects, reportFrame, REPORT_MAP_WIDTH } from './report-map';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [111, -8],
      [112, -8],
      [112, -7],
      [111, -7],
      [111, -8],
    ],
  ],
};

describe('report map frame', () => {
  it('bbox and overlap of boxes', () => {
    expect(bboxOf(square)).toEqual([111, -8, 112, -7]);
    expect(intersects([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(intersects([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
  });

  it('a 1° square at 7.5° S is 1000 wide and 1000 / cos(7.5°) high; north-west is the origin', () => {
    const frame = reportFrame(bboxOf(square), 0);
    const height = REPORT_MAP_WIDTH / Math.cos((7.5 * Math.PI) / 180);
    expect(frame.height).toBeCloseTo(height, 6);
    expect(frame.project([111, -7])).toEqual([0, 0]);
    const [x, y] = frame.project([112, -8]);
    expect(x).toBeCloseTo(1000, 9);
    expect(y).toBeCloseTo(height, 6);
    expect(frame.path(square)).toBe(
      `M0.0,${height.toFixed(1)}L1000.0,${height.toFixed(1)}L1000.0,0.0L0.0,0.0L0.0,${height.toFixed(1)}Z`,
    );
  });
});
