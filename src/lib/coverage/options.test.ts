import { describe, expect, it } from 'vitest';
import { PROGRAMS } from '../model/records';
import {
  DEFAULT_OPTIONS,
  RADIUS_LIMITS_M,
  definedRadiusLimits,
  snapRadiusM,
  snapToLimits,
} from './options';

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

describe('defined radius limits', () => {
  it('spans half to three times the default on a grid through it (hand-worked)', () => {
    // Emas 250 m, step 10: down ⌊125/10⌋ = 12 steps → 130; up ⌊500/10⌋ = 50 steps → 750.
    expect(definedRadiusLimits(250)).toEqual({ minM: 130, maxM: 750, stepM: 10 });
    // Puskesmas 1,000 m, step 50: down 10 steps → 500; up ⌊2000/50⌋ = 40 steps → 3,000.
    expect(definedRadiusLimits(1000)).toEqual({ minM: 500, maxM: 3000, stepM: 50 });
    // 30 m: down ⌊min(15, 5)/10⌋ = 0 → 30 (never under 25); 4 km: up ⌊1000/50⌋ = 20 → 5,000.
    expect(definedRadiusLimits(30).minM).toBe(30);
    expect(definedRadiusLimits(4000).maxM).toBe(5000);
    const emas = definedRadiusLimits(250);
    expect(snapToLimits(emas, 250)).toBe(250);
    expect(snapToLimits(emas, 10_000)).toBe(750);
    expect(snapToLimits(emas, 134)).toBe(130);
    expect(snapToLimits(emas, 135)).toBe(140);
  });
});
