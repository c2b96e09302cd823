import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Polygon, Position } from 'geojson';
import type { KelurahanCollection } from '../model/kelurahan';
import { createLocalFrame, toLat, toLng } from '../geo/local-frame';
import { prepareCatchmentGeometry } from './catchment-geometry';
import { computeCatchment, computeCatchmentInWindow } from './catchment';
import { sortSites, sweepCoverage } from './catchment-sweep';
import { prepareCity } from './city';

// Expected values are plane-geometry identities in the local frame (affine, so a polygon drawn in
// frame metres has exactly those metric properties) or identities between windows.
const frame = createLocalFrame(112.01, -7.815);
const lng = (x: number) => toLng(frame, x);
const lat = (y: number) => toLat(frame, y);
const rect = (x0: number, y0: number, x1: number, y1: number): { geometry: Polygon } => {
  const ring: Position[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ].map(([x, y]) => [lng(x), lat(y)]);
  return { geometry: { type: 'Polygon', coordinates: [ring] } };
};
const sitesM = (...xy: [number, number][]) =>
  Float64Array.from(xy.flatMap(([x, y]) => [lng(x), lat(y)]));
const box = (minX: number, minY: number, maxX: number, maxY: number) => ({
  minX,
  minY,
  maxX,
  maxY,
});
const EVERYWHERE = box(-1e9, -1e9, 1e9, 1e9);
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
/** Area of the part of a disc of radius r beyond a chord at distance d from its centre. */
const segment = (r: number, d: number) => r * r * Math.acos(d / r) - d * Math.sqrt(r * r - d * d);
const lens = (r: number, d: number) =>
  2 * r * r * Math.acos(d / (2 * r)) - (d / 2) * Math.sqrt(4 * r * r - d * d);

describe('catchment inside a window, hand-worked', () => {
  const square = prepareCatchmentGeometry([rect(-2000, -2000, 2000, 2000)], frame);

  it('a disc inside one kelurahan and inside the window covers πR² (sampled and exact)', () => {
    for (const exact of [false, true]) {
      const R = 500;
      const got = computeCatchmentInWindow(
        square,
        sitesM([100, -50]),
        R,
        box(-700, -900, 900, 800),
        {
          exact,
        },
      );
      expect(rel(got[0], Math.PI * R * R)).toBeLessThan(1e-9);
    }
  });

  it('clips at the window like a kelurahan edge: quarter disc, circular segment', () => {
    const R = 400;
    const q = computeCatchmentInWindow(square, sitesM([0, 0]), R, box(0, 0, 5000, 5000), {
      exact: true,
    });
    expect(rel(q[0], (Math.PI * R * R) / 4)).toBeLessThan(1e-9);
    // The window's west side 150 m east of the centre keeps only the segment beyond it.
    for (const exact of [true, false]) {
      const s = computeCatchmentInWindow(
        square,
        sitesM([-150, 200]),
        R,
        box(0, -3000, 3000, 3000),
        {
          exact,
        },
      );
      expect(rel(s[0], segment(R, 150))).toBeLessThan(exact ? 1e-9 : 1e-4);
    }
  });

  it('exact mode has no sampling error where circles cross: two discs cover 2πR² − lens', () => {
    const R = 300;
    for (const d of [100, 350, 599]) {
      const got = computeCatchment(square, sitesM([-d / 2, 30], [d / 2, 30]), R, { exact: true });
      expect(rel(got.coveredM2[0], 2 * Math.PI * R * R - lens(R, d))).toBeLessThan(1e-9);
    }
  });

  it('exact mode is exact where a circle touches edges: the incircle of a triangle', () => {
    const s = 1200;
    const h = (s * Math.sqrt(3)) / 2;
    const ring: Position[] = [
      [0, 0],
      [s, 0],
      [s / 2, h],
      [0, 0],
    ].map(([x, y]) => [lng(x), lat(y)]);
    const tri = prepareCatchmentGeometry(
      [{ geometry: { type: 'Polygon', coordinates: [ring] } }],
      frame,
    );
    const r = s / (2 * Math.sqrt(3));
    const got = computeCatchment(tri, sitesM([s / 2, r]), r, { exact: true });
    // The residual is the polygon's round trip through degrees (≈ 1e-9 m per vertex).
    expect(rel(got.coveredPct[0], (100 * Math.PI) / (3 * Math.sqrt(3)))).toBeLessThan(1e-9);
  });

  it('exact mode handles touching circles and a disc touching the window on its widest line', () => {
    // Frame-metre sites straight into the sweep: the degree round trip would nudge them apart and
    // hide the tie these cases are about (a mid-line through the touching point).
    const R = 400;
    const covered = (xs: number[], ys: number[], w: ReturnType<typeof box> | null) => {
      const out = new Float64Array(1);
      sweepCoverage(square, sortSites(xs, ys, xs.length), R, 5, w, true, out);
      return out[0];
    };
    expect(rel(covered([-R, R], [0, 0], null), 2 * Math.PI * R * R)).toBeLessThan(1e-9);
    const x = 10.1;
    const y = 20.3;
    const inSquare = covered([x], [y], box(x - R, y - R, x + R, y + R));
    expect(rel(inSquare, Math.PI * R * R)).toBeLessThan(1e-9);
  });

  it('a window with no disc in reach, or outside the city, covers nothing', () => {
    expect(computeCatchmentInWindow(square, sitesM([0, 0]), 300, box(500, 500, 900, 900))[0]).toBe(
      0,
    );
    const outside = box(3000, -500, 4000, 500);
    expect(computeCatchmentInWindow(square, sitesM([3500, 0]), 300, outside)[0]).toBe(0);
  });
});

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

describe('catchment inside a window, the real city', () => {
  const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
  const city = prepareCity(fc);
  const g = city.catchment;
  const rand = rng(11);
  // 400 sites over the bounding box: coverage is partial at 120 m, so the union's outline crosses
  // many kelurahan edges and itself.
  const sites = Float64Array.from({ length: 800 }, (_, i) =>
    i % 2 === 0
      ? toLng(g.frame, g.minX + rand() * (g.maxX - g.minX))
      : toLat(g.frame, g.minY + rand() * (g.maxY - g.minY)),
  );
  const maxRelDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let m = 0;
    for (let k = 0; k < g.featureCount; k++) m = Math.max(m, Math.abs(a[k] - b[k]) / g.areaM2[k]);
    return m;
  };

  it('over the whole bounding box it equals computeCatchment', () => {
    for (const R of [120, 500]) {
      for (const exact of [false, true]) {
        const whole = computeCatchment(g, sites, R, { exact }).coveredM2;
        const win = computeCatchmentInWindow(g, sites, R, box(g.minX, g.minY, g.maxX, g.maxY), {
          exact,
        });
        expect(
          maxRelDiff(
            win.map((v, k) => Math.min(v, g.areaM2[k])),
            whole,
          ),
        ).toBeLessThan(1e-12);
      }
    }
  });

  it('a window split into two halves (or four quarters) sums to the whole', () => {
    const xm = (g.minX + g.maxX) / 2 + 123.4;
    const ym = (g.minY + g.maxY) / 2 - 77.7;
    const R = 120;
    const sum = (parts: Float64Array[]) =>
      parts[0].map((_, k) => parts.reduce((s, p) => s + p[k], 0));
    for (const exact of [false, true]) {
      const whole = computeCatchmentInWindow(g, sites, R, EVERYWHERE, { exact });
      const halves = [box(-1e9, -1e9, xm, 1e9), box(xm, -1e9, 1e9, 1e9)];
      const quarters = [
        box(-1e9, -1e9, xm, ym),
        box(xm, -1e9, 1e9, ym),
        box(-1e9, ym, xm, 1e9),
        box(xm, ym, 1e9, 1e9),
      ];
      for (const parts of [halves, quarters]) {
        const got = sum(parts.map((w) => computeCatchmentInWindow(g, sites, R, w, { exact })));
        // Sampled: each part drops the disc tops of sites out of its reach, so the slabs differ
        // and the sum moves within the error bound (README: < 0.01 pp); exact: to rounding.
        expect(maxRelDiff(got, whole)).toBeLessThan(exact ? 1e-12 : 1e-4);
      }
    }
  });

  it('exact and sampled agree within the sampled error bound (0.01 pp)', () => {
    for (const R of [120, 500]) {
      const a = computeCatchment(g, sites, R).coveredPct;
      const b = computeCatchment(g, sites, R, { exact: true }).coveredPct;
      for (let k = 0; k < g.featureCount; k++) expect(Math.abs(a[k] - b[k])).toBeLessThan(0.01);
    }
  });
});
