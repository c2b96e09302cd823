/**
 * The what-if engine (issue 13 §2): one site moved, added or removed among 2,000 at 500 m, against
 * a full recompute in the same run. Figures and ratios, no assertions.
 */
import type { CityGeometry } from '../../src/lib/coverage/city';
import { computeCatchment } from '../../src/lib/coverage/catchment';
import { resolvePopulation } from '../../src/lib/coverage/population';
import { assignPoints } from '../../src/lib/geo/point-index';
import { toLat, toLng } from '../../src/lib/geo/local-frame';
import {
  createDemandCounts,
  recountDemand,
  type DemandPoints,
} from '../../src/lib/planning/demand-counts';
import { createWhatIf } from '../../src/lib/planning/what-if';
import { seededSites, timeMedian } from './sites';

/**
 * Residents on a `cellM` grid of cell centres inside the city: each kelurahan's residents
 * (`resolvePopulation` with no table: the SP2020 equal-share estimate) shared equally over its
 * cells. A stand-in until the planning branch's demand grid replaces it.
 */
function benchDemand(city: CityGeometry, cellM = 50): DemandPoints {
  const g = city.catchment;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = g.minY + cellM / 2; y < g.maxY; y += cellM) {
    for (let x = g.minX + cellM / 2; x < g.maxX; x += cellM) {
      xs.push(x);
      ys.push(y);
    }
  }
  const lngLat = new Float64Array(2 * xs.length);
  xs.forEach((x, i) => {
    lngLat[2 * i] = toLng(g.frame, x);
    lngLat[2 * i + 1] = toLat(g.frame, ys[i]);
  });
  const owner = assignPoints(city.pointIndex, lngLat);
  const keep = xs.map((_, i) => i).filter((i) => owner[i] >= 0);
  const cells = new Float64Array(g.featureCount);
  for (const i of keep) cells[owner[i]]++;
  const residents = resolvePopulation(city, []).map((p) => p.total);
  return {
    x: Float64Array.from(keep, (i) => xs[i]),
    y: Float64Array.from(keep, (i) => ys[i]),
    weight: Float64Array.from(keep, (i) => residents[owner[i]] / cells[owner[i]]),
    owner: Int32Array.from(keep, (i) => owner[i]),
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
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

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const quantile = (v: number[], q: number) =>
  [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(q * v.length))];

export interface WhatIfBench {
  sites: number;
  radiusM: number;
  demandPoints: number;
  createMs: number;
  /** computeCatchment (exact mode, what the engine equals) + demand counts from scratch. */
  fullMs: number;
  /** The same with computeCatchment in its default (sampled) mode, for reference. */
  fullDefaultMs: number;
  moveMs: number;
  moveP95Ms: number;
  moveMaxMs: number;
  addMs: number;
  removeMs: number;
  resyncMs: number;
  /** Max over kelurahan of |incremental − full| / full after the moves: area, residents. */
  maxRelDiffArea: number;
  maxRelDiffResidents: number;
  /** Max |incremental − default computeCatchment| after the moves, pp (its sampling error). */
  maxDiffDefaultPp: number;
}

export function benchWhatIf(city: CityGeometry, nSites = 2000, radiusM = 500): WhatIfBench {
  const g = city.catchment;
  const f = g.frame;
  const sites = seededSites(city, nSites, 20240701);
  const demand = benchDemand(city);
  const counts = createDemandCounts(demand, g.featureCount, radiusM / 2);
  const scratch = (lngLat: Float64Array, exact = true) => {
    const n = lngLat.length / 2;
    const xs = Float64Array.from(
      { length: n },
      (_, i) => (lngLat[2 * i] - f.originLng) * f.mPerDegLng,
    );
    const ys = Float64Array.from(
      { length: n },
      (_, i) => (lngLat[2 * i + 1] - f.originLat) * f.mPerDegLat,
    );
    const area = computeCatchment(g, lngLat, radiusM, { exact });
    recountDemand(counts, xs, ys, n, radiusM);
    return { area, residents: counts.coveredWeight.slice() };
  };
  const fullMs = timeMedian(5, () => scratch(sites));
  const fullDefaultMs = timeMedian(5, () => scratch(sites, false));

  let t0 = performance.now();
  const w = createWhatIf(g, sites, radiusM, demand);
  const createMs = performance.now() - t0;

  const rand = rng(13);
  const pos = sites.slice();
  const moveOnce = () => {
    const id = Math.floor(rand() * nSites);
    // Up to 1 km in any direction (uniform over the disc).
    const r = 1000 * Math.sqrt(rand());
    const a = 2 * Math.PI * rand();
    const lng = pos[2 * id] + (r * Math.cos(a)) / f.mPerDegLng;
    const lat = pos[2 * id + 1] + (r * Math.sin(a)) / f.mPerDegLat;
    const start = performance.now();
    w.move(id, lng, lat);
    const ms = performance.now() - start;
    pos[2 * id] = lng;
    pos[2 * id + 1] = lat;
    return ms;
  };
  for (let i = 0; i < 20; i++) moveOnce(); // warm-up
  const moves = Array.from({ length: 200 }, moveOnce);

  const ref = scratch(pos);
  const now = w.figures();
  let maxRelDiffArea = 0;
  let maxRelDiffResidents = 0;
  const sampled = computeCatchment(g, pos, radiusM);
  let maxDiffDefaultPp = 0;
  for (let k = 0; k < g.featureCount; k++) {
    const a = ref.area.coveredM2[k];
    if (a > 0) maxRelDiffArea = Math.max(maxRelDiffArea, Math.abs(now.coveredM2[k] - a) / a);
    const p = ref.residents[k];
    if (p > 0)
      maxRelDiffResidents = Math.max(
        maxRelDiffResidents,
        Math.abs(now.residentsCovered[k] - p) / p,
      );
    maxDiffDefaultPp = Math.max(
      maxDiffDefaultPp,
      Math.abs(now.coveredPct[k] - sampled.coveredPct[k]),
    );
  }

  // 50 new sites inside the city (the generator's own rule), then each removed again.
  const extra = seededSites(city, 50, 777);
  const added: number[] = [];
  const adds: number[] = [];
  for (let i = 0; i < 50; i++) {
    t0 = performance.now();
    added.push(w.add(extra[2 * i], extra[2 * i + 1]));
    adds.push(performance.now() - t0);
  }
  const removes = added.map((id) => {
    const start = performance.now();
    w.remove(id);
    return performance.now() - start;
  });
  const resyncMs = timeMedian(3, () => w.resync());

  return {
    sites: nSites,
    radiusM,
    demandPoints: demand.x.length,
    createMs,
    fullMs,
    fullDefaultMs,
    moveMs: median(moves),
    moveP95Ms: quantile(moves, 0.95),
    moveMaxMs: Math.max(...moves),
    addMs: median(adds),
    removeMs: median(removes),
    resyncMs,
    maxRelDiffArea,
    maxRelDiffResidents,
    maxDiffDefaultPp,
  };
}
