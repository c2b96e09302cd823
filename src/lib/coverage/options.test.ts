import { describe, expect, it } from 'vitest';
import { PROGRAMS } from '../model/records';
import { DEFAULT_OPTIONS, RADIUS_LIMITS_M, snapRadiusM } from './options';

describe('radius limits', () => {
  it('puts every default radius and both ends of every range on the step grid', () => {
    for (const program of PROGRAMS) {
      const { minM, maxM } = RADIUS_LIMITS_M[program];
      // A value already on the grid is its own snap (identity).
      expect(snapRadiusM(program, DEFAULT_OPTIONS.radiusM[program])).toBe(
        DEFAULT_OPTIONS.radiusM[program],
      );
      expect(snapRadiusM(program, minM)).toBe(minM);
      expect(snapRadiusM(program, maxM)).toBe(maxM);
    }
  });

  it("snaps like HTML's range input: step base = min, ties up, clamped to the ends", () => {
    // prodamas 50–500, step 10: 124 → 7.4 steps → 7 → 120; 125 → 7.5 → 8 → 130; 125.1 → 130.
    expect(snapRadiusM('prodamas', 124)).toBe(120);
    expect(snapRadiusM('prodamas', 125)).toBe(130);
    expect(snapRadiusM('prodamas', 125.1)).toBe(130);
    expect(snapRadiusM('prodamas', 501)).toBe(500);
    expect(snapRadiusM('prodamas', 0)).toBe(50);
    // home care 200–3000, step 50 from 200 (not from 0): 274 → 1.48 steps → 1 → 250.
    expect(snapRadiusM('home_care', 274)).toBe(250);
    expect(snapRadiusM('home_care', 275)).toBe(300);
  });
});
