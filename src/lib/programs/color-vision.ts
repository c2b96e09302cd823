/**
 * Colours as colour-blind users see them: each `[r, g, b]` (0–255) simulated under the three
 * dichromacies with the matrices of Machado, Oliveira & Fernandes (2009, severity 1.0, applied to
 * linear sRGB), then as CIE L*a*b* (D65). ΔE*76 ≥ 15 is "clearly different at a glance" for small
 * map symbols.
 */
export const SIMULATIONS: Record<string, number[][]> = {
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

/** The least a colour may differ from another under any simulation (ΔE*76). */
export const MIN_DELTA_E = 15;

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

/** L*a*b* of `rgb` as seen through the simulation matrix `m`. */
export function seenAs(rgb: readonly number[], m: number[][]): [number, number, number] {
  const l = rgb.map(linear);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return lab(m.map((row) => clamp(row[0] * l[0] + row[1] * l[1] + row[2] * l[2])));
}

/** The smallest ΔE*76 between two colours over normal vision and the three dichromacies. */
export function minDeltaE(a: readonly number[], b: readonly number[]): number {
  return Math.min(
    ...Object.values(SIMULATIONS).map((m) => {
      const [p, q] = [seenAs(a, m), seenAs(b, m)];
      return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
    }),
  );
}
