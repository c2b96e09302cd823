import { describe, expect, it } from 'vitest';
import { Geodesic } from 'geographiclib-geodesic';
import { createLocalFrame, frameDistanceM, toLat, toLng, toX, toY } from './local-frame';

// Kota Kediri spans roughly 111.96–112.06 E, 7.76–7.87 S.
const frame = createLocalFrame(112.01, -7.815);
const geod = Geodesic.WGS84;

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('local frame', () => {
  it('round-trips degrees through metres', () => {
    const x = toX(frame, 112.0333);
    const y = toY(frame, -7.79);
    expect(toLng(frame, x)).toBeCloseTo(112.0333, 12);
    expect(toLat(frame, y)).toBeCloseTo(-7.79, 12);
  });

  it('matches GeographicLib geodesic distances to 0.02 % within the city (10 km box)', () => {
    const rand = rng(7);
    let worst = 0;
    for (let i = 0; i < 2000; i++) {
      const lng1 = 111.96 + rand() * 0.1;
      const lat1 = -7.87 + rand() * 0.11;
      const lng2 = 111.96 + rand() * 0.1;
      const lat2 = -7.87 + rand() * 0.11;
      const exact = geod.Inverse(lat1, lng1, lat2, lng2).s12 ?? NaN;
      if (exact < 1) continue;
      const mine = frameDistanceM(frame, lng1, lat1, lng2, lat2);
      worst = Math.max(worst, Math.abs(mine - exact) / exact);
    }
    expect(worst).toBeLessThan(2e-4);
  });

  it('keeps a 500 m geodesic circle within 10 cm of radius 500 m in the frame', () => {
    for (const [lng, lat] of [
      [112.01, -7.815],
      [111.96, -7.76],
      [112.06, -7.87],
    ]) {
      for (let azi = 0; azi < 360; azi += 15) {
        const p = geod.Direct(lat, lng, azi, 500);
        const r = frameDistanceM(frame, lng, lat, p.lon2 ?? NaN, p.lat2 ?? NaN);
        expect(Math.abs(r - 500)).toBeLessThan(0.1);
      }
    }
  });
});
