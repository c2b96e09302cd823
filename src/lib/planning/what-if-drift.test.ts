import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { KelurahanCollection } from '../model/kelurahan';
import { prepareCity } from '../coverage/city';
import { computeCatchment } from '../coverage/catchment';
import { assignPoints } from '../geo/point-index';
import { toLat, toLng } from '../geo/local-frame';
import { createWhatIf } from './what-if';
import type { DemandPoints } from './demand-counts';

// The identity under test: after any sequence of edits the incremental figures equal a
// from-scratch computation on the final site set (computeCatchment in exact mode for the area,
// a fresh engine for the residents).
const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const city = prepareCity(fc);
const g = city.catchment;

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

/** A 100 m grid of cell centres with the kelurahan that owns each, weight 1 to 10. */
function demandGrid(rand: () => number): DemandPoints {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = g.minY + 50; y < g.maxY; y += 100) {
    for (let x = g.minX + 50; x < g.maxX; x += 100) {
      xs.push(x);
      ys.push(y);
    }
  }
  const lngLat = Float64Array.from(
    xs.flatMap((x, i) => [toLng(g.frame, x), toLat(g.frame, ys[i])]),
  );
  const owner = Int32Array.from(assignPoints(city.pointIndex, lngLat));
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    weight: Float64Array.from(xs, () => 1 + Math.floor(rand() * 10)),
    owner,
  };
}

describe('what-if engine, incremental vs from scratch on the real city', () => {
  for (const [R, n] of [
    [120, 400],
    [500, 300],
  ]) {
    it(`200 random moves (and some adds, removes) of ${n} sites at ${R} m equal a recompute`, () => {
      const rand = rng(R);
      const f = g.frame;
      const randomSite = (): [number, number] => [
        toLng(f, g.minX + rand() * (g.maxX - g.minX)),
        toLat(f, g.minY + rand() * (g.maxY - g.minY)),
      ];
      const pos = new Map<number, [number, number]>();
      for (let i = 0; i < n; i++) pos.set(i, randomSite());
      const demand = demandGrid(rand);
      const w = createWhatIf(g, Float64Array.from([...pos.values()].flat()), R, demand);
      for (let m = 0; m < 200; m++) {
        const ids = [...pos.keys()];
        const id = ids[Math.floor(rand() * ids.length)];
        const [lng, lat] = pos.get(id)!;
        // Mostly within 1 km (the two squares overlap: one window), some across the city (two).
        const to: [number, number] =
          rand() < 0.2
            ? randomSite()
            : [
                lng + ((rand() - 0.5) * 2000) / f.mPerDegLng,
                lat + ((rand() - 0.5) * 2000) / f.mPerDegLat,
              ];
        w.move(id, ...to);
        pos.set(id, to);
        if (m % 20 === 5) {
          const at = randomSite();
          pos.set(w.add(...at), at);
        }
        if (m % 20 === 11) {
          w.remove(id);
          pos.delete(id);
        }
      }
      expect(w.editsSinceResync).toBe(220);
      const now = w.figures();
      const finalSites = Float64Array.from([...pos.values()].flat());
      const exact = computeCatchment(g, finalSites, R, { exact: true });
      const sampled = computeCatchment(g, finalSites, R);
      for (let k = 0; k < g.featureCount; k++) {
        // Relative to the covered area (1 mm² of slack for a kelurahan no disc reaches).
        const ref = exact.coveredM2[k];
        expect(Math.abs(now.coveredM2[k] - ref)).toBeLessThan(1e-9 * ref + 1e-6);
        // The published default differs only by its sampling error (README: < 0.01 pp).
        expect(Math.abs(now.coveredPct[k] - sampled.coveredPct[k])).toBeLessThan(0.01);
      }
      const fresh = createWhatIf(g, finalSites, R, demand).figures();
      // Integer weights: the residents sums are exact, incremental or not.
      expect(now.residentsCovered).toEqual(fresh.residentsCovered);
      expect(now.city.residentsCovered).toBe(fresh.city.residentsCovered);
      w.resync();
      expect(w.editsSinceResync).toBe(0);
      expect(w.figures()).toEqual(fresh);
    });
  }
});
