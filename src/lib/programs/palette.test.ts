import { describe, expect, it } from 'vitest';
import { SHIPPED_PROGRAMS } from './registry';

// One layer per programme must stay apart for colour-blind users. Each colour is simulated under
// the three dichromacies with the matrices of Machado, Oliveira & Fernandes (2009, severity 1.0,
// applied to linear sRGB), then compared as CIE L*a*b* distances (ΔE*76, D65). ΔE ≥ 15 is
// "clearly different at a glance" for small map symbols; the shipped six are ≥ 16.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(rgb: readonly number[], m: number[][]): [number, number, number] {
  const l = rgb.map(linear);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return lab(m.map((row) => clamp(row[0] * l[0] + row[1] * l[1] + row[2] * l[2])));
}

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

  it('computes L*a*b* as published: sRGB white is L* 100, a* b* 0', () => {
    const [L, a, b] = seenAs([255, 255, 255], SIMULATIONS.normal);
    expect(L).toBeCloseTo(100, 1);
    expect(a).toBeCloseTo(0, 1);
    expect(b).toBeCloseTo(0, 1);
  });
});
