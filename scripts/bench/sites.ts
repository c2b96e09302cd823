import type { CityGeometry } from '../../src/lib/coverage/city';
import { assignPoints } from '../../src/lib/geo/point-index';
import { toLat, toLng } from '../../src/lib/geo/local-frame';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` sites inside the city, interleaved `[lng, lat]`: 70 % in 40 Gaussian clusters (σ 600 m),
 * 30 % uniform, so coverage is partial and boundaries of the catchment union cross kelurahan.
 */
export function seededSites(city: CityGeometry, n: number, seed: number): Float64Array {
  const rand = seeded(seed);
  const g = city.catchment;
  const uniform = (): [number, number] => [
    g.minX + rand() * (g.maxX - g.minX),
    g.minY + rand() * (g.maxY - g.minY),
  ];
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const centres = Array.from({ length: 40 }, uniform);
  const out = new Float64Array(2 * n);
  const probe = new Float64Array(2);
  for (let i = 0; i < n;) {
    let [x, y] = uniform();
    if (rand() < 0.7) {
      const c = centres[Math.floor(rand() * centres.length)];
      x = c[0] + 600 * gauss();
      y = c[1] + 600 * gauss();
    }
    probe[0] = toLng(city.frame, x);
    probe[1] = toLat(city.frame, y);
    if (assignPoints(city.pointIndex, probe)[0] < 0) continue;
    out[2 * i] = probe[0];
    out[2 * i + 1] = probe[1];
    i++;
  }
  return out;
}

/** `n` points uniform over the city's bounding box, interleaved `[lng, lat]`. */
export function seededPoints(city: CityGeometry, n: number, seed: number): Float64Array {
  const rand = seeded(seed);
  const p = city.pointIndex;
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = p.minX + rand() * (p.maxX - p.minX);
    out[2 * i + 1] = p.minY + rand() * (p.maxY - p.minY);
  }
  return out;
}

/** Median wall time in ms of `runs` calls after one warm-up call. */
export function timeMedian(runs: number, fn: () => void): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}
