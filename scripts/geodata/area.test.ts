import { describe, expect, it } from 'vitest';
import { geodesicAreaM2, ringAreaM2 } from './area.ts';

// Independent reference: area of an ellipsoidal quadrangle bounded by two meridians and two
// parallels (closed form via the authalic latitude integral, WGS84).
const A = 6378137;
const F = 1 / 298.257223563;
const B = A * (1 - F);
const E = Math.sqrt(F * (2 - F));
function q(latDeg: number): number {
  const s = Math.sin((latDeg * Math.PI) / 180);
  return s / (1 - E * E * s * s) + (1 / (2 * E)) * Math.log((1 + E * s) / (1 - E * s));
}
function quadrangleM2(lat1: number, lat2: number, dLngDeg: number): number {
  return ((B * B) / 2) * ((dLngDeg * Math.PI) / 180) * Math.abs(q(lat2) - q(lat1));
}

describe('geodesic area', () => {
  it('matches the closed form for a ~1.1 km cell at Kediri (geodesic vs parallel edges differ < 1e-5)', () => {
    const [w, s, e, n] = [112.0, -7.82, 112.01, -7.81];
    const ring = [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ];
    const expected = quadrangleM2(s, n, e - w);
    expect(ringAreaM2(ring) / expected).toBeCloseTo(1, 5);
    // Orientation does not change the magnitude.
    expect(ringAreaM2([...ring].reverse())).toBeCloseTo(ringAreaM2(ring), 6);
  });

  it('subtracts holes and adds parts', () => {
    const outer = [
      [112.0, -7.82],
      [112.02, -7.82],
      [112.02, -7.8],
      [112.0, -7.8],
      [112.0, -7.82],
    ];
    const hole = [
      [112.005, -7.815],
      [112.005, -7.805],
      [112.015, -7.805],
      [112.015, -7.815],
      [112.005, -7.815],
    ];
    const expected = quadrangleM2(-7.82, -7.8, 0.02) - quadrangleM2(-7.815, -7.805, 0.01);
    expect(geodesicAreaM2({ type: 'Polygon', coordinates: [outer, hole] }) / expected).toBeCloseTo(
      1,
      5,
    );
    const twice = geodesicAreaM2({ type: 'MultiPolygon', coordinates: [[outer], [outer]] });
    expect(twice / (2 * quadrangleM2(-7.82, -7.8, 0.02))).toBeCloseTo(1, 5);
  });
});
