import { describe, expect, it } from 'vitest';
import { SIMULATIONS, seenAs, minDeltaE, MIN_DELTA_E } from './color-vision';
import { CUSTOM_PALETTE } from './custom-palette';
import { SHIPPED_PROGRAMS } from './registry';

// One layer per programme must stay apart for colour-blind users (color-vision.ts); the shipped
// six are ≥ 16 ΔE apart, and every colour a user may pick for their own is ≥ 15 from each of them
// and from the others of the palette.
describe('the programme colours', () => {
  it.each(Object.keys(SIMULATIONS))('stay ≥ 15 ΔE apart with %s vision', (vision) => {
    const seen = SHIPPED_PROGRAMS.map((p) => ({
      id: p.id,
      lab: seenAs(p.color, SIMULATIONS[vision]),
    }));
    for (let i = 0; i < seen.length; i++)
      for (let j = i + 1; j < seen.length; j++) {
        const d = Math.hypot(...seen[i].lab.map((v, k) => v - seen[j].lab[k]));
        expect(d, `${seen[i].id} vs ${seen[j].id}`).toBeGreaterThanOrEqual(15);
      }
  });

  it('a user’s own programme picks from colours apart from every shipped one and each other', () => {
    const shipped = SHIPPED_PROGRAMS.map((p) => p.color);
    CUSTOM_PALETTE.forEach((c, i) => {
      for (const s of shipped)
        expect(minDeltaE(c.rgb, s), c.key).toBeGreaterThanOrEqual(MIN_DELTA_E);
      for (const o of CUSTOM_PALETTE.slice(i + 1))
        expect(minDeltaE(c.rgb, o.rgb), `${c.key} vs ${o.key}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
  });

  it('computes L*a*b* as published: sRGB white is L* 100, a* b* 0', () => {
    const [L, a, b] = seenAs([255, 255, 255], SIMULATIONS.normal);
    expect(L).toBeCloseTo(100, 1);
    expect(a).toBeCloseTo(0, 1);
    expect(b).toBeCloseTo(0, 1);
  });
});
