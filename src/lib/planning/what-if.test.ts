import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { createLocalFrame, toLat, toLng } from '../geo/local-frame';
import { prepareCatchmentGeometry } from '../coverage/catchment-geometry';
import { createWhatIf } from './what-if';
import type { DemandPoints } from './demand-counts';

// Four 2 km × 2 km kelurahan around the frame origin (0 south-west, 1 south-east, 2 north-west,
// 3 north-east). The frame is affine, so expected areas are plane geometry.
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
const geom = prepareCatchmentGeometry(
  [
    rect(-2000, -2000, 0, 0),
    rect(0, -2000, 2000, 0),
    rect(-2000, 0, 0, 2000),
    rect(0, 0, 2000, 2000),
  ],
  frame,
);
const sitesM = (...xy: [number, number][]) =>
  Float64Array.from(xy.flatMap(([x, y]) => [lng(x), lat(y)]));
const R = 300;
const disc = Math.PI * R * R;

/** Points of weight `w` on a `stepM` lattice (cell centres) over `[x0, x1] × [y0, y1]`. */
function lattice(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  stepM: number,
  owner: number,
  w = 1,
) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = y0 + stepM / 2; y < y1; y += stepM) {
    for (let x = x0 + stepM / 2; x < x1; x += stepM) {
      xs.push(x);
      ys.push(y);
    }
  }
  return { xs, ys, owner, w };
}
function demandOf(...parts: ReturnType<typeof lattice>[]): DemandPoints {
  const all = parts.flatMap((p) => p.xs.map((x, i) => [x, p.ys[i], p.w, p.owner]));
  return {
    x: Float64Array.from(all, (p) => p[0]),
    y: Float64Array.from(all, (p) => p[1]),
    weight: Float64Array.from(all, (p) => p[2]),
    owner: Int32Array.from(all, (p) => p[3]),
  };
}

describe('what-if engine, hand-worked', () => {
  it('a site whose disc lies inside one kelurahan, touching no other disc, adds πR² there only', () => {
    const w = createWhatIf(geom, sitesM([-1000, -1000], [-1000, 1000]), R);
    expect(w.baseline().coveredM2[0] / disc).toBeCloseTo(1, 9);
    w.add(lng(1000), lat(1200));
    const d = w.deltas();
    expect(Math.abs(d.coveredM2[3] - disc) / disc).toBeLessThan(1e-9);
    expect([d.coveredM2[0], d.coveredM2[1], d.coveredM2[2]]).toEqual([0, 0, 0]);
    expect(d.coveredPp[3]).toBeCloseTo((100 * disc) / 4e6, 9);
    expect(d.city.coveredM2 / disc).toBeCloseTo(1, 9);
  });

  it('a site across a corner adds a quarter disc to each of the four kelurahan', () => {
    const w = createWhatIf(geom, [], R);
    w.add(lng(0), lat(0));
    for (let k = 0; k < 4; k++) expect(w.figures().coveredM2[k] / (disc / 4)).toBeCloseTo(1, 9);
  });

  it('moving a site to where it was changes nothing; moving it away and back restores it', () => {
    const sites = sitesM([-300, -200], [100, 150], [250, -100], [-1500, 1600]);
    const w = createWhatIf(geom, sites, R);
    const before = w.figures();
    w.move(1, sites[2], sites[3]);
    expect(w.figures()).toEqual(before);
    w.move(1, lng(900), lat(-700));
    w.move(1, lng(-1800), lat(1900));
    w.move(1, sites[2], sites[3]);
    const after = w.figures();
    for (let k = 0; k < 4; k++) {
      expect(Math.abs(after.coveredM2[k] - before.coveredM2[k])).toBeLessThan(1e-9 * 4e6);
    }
  });

  it('removing an added site restores the baseline to 1e-9, overlaps and demand included', () => {
    const demand = demandOf(lattice(-2000, -2000, 2000, 2000, 50, -1));
    demand.owner.forEach((_, i) => {
      demand.owner[i] = (demand.x[i] < 0 ? 0 : 1) + (demand.y[i] < 0 ? 0 : 2);
    });
    const w = createWhatIf(geom, sitesM([-100, -100], [150, 80], [-1000, 900]), R, demand);
    const base = w.baseline();
    const id = w.add(lng(20), lat(-40)); // overlaps both first discs and four kelurahan
    expect(w.deltas().city.coveredM2).toBeGreaterThan(0);
    w.remove(id);
    const now = w.figures();
    for (let k = 0; k < 4; k++) {
      expect(Math.abs(now.coveredM2[k] - base.coveredM2[k])).toBeLessThan(1e-9 * base.coveredM2[k]);
      expect(now.residentsCovered[k]).toBe(base.residentsCovered[k]);
    }
    expect(w.has(id)).toBe(false);
  });

  it('a site where no demand point is within R gains area but 0 residents', () => {
    // Residents live only in the western half of kelurahan 3 (x < 500): a disc at x = 1500 reaches
    // down to x = 1200.
    const demand = demandOf(lattice(0, 0, 500, 2000, 25, 3, 4));
    const w = createWhatIf(geom, sitesM([100, 1000]), R, demand);
    const before = w.figures();
    expect(before.residents[3]).toBe(4 * 20 * 80);
    w.add(lng(1500), lat(1000));
    const d = w.deltas();
    expect(d.coveredM2[3] / disc).toBeCloseTo(1, 9);
    expect(Array.from(d.residentsCovered)).toEqual([0, 0, 0, 0]);
    expect(d.city.residentsCovered).toBe(0);
  });

  it('two overlapping sites over one demand point count its weight once', () => {
    const demand = demandOf({ xs: [500], ys: [500], owner: 3, w: 7 });
    const w = createWhatIf(geom, [], R, demand);
    const a = w.add(lng(400), lat(500));
    const b = w.add(lng(600), lat(520));
    expect(w.figures().residentsCovered[3]).toBe(7);
    expect(w.figures().residentsPct[3]).toBe(100);
    w.remove(a);
    expect(w.figures().residentsCovered[3]).toBe(7);
    w.move(b, lng(1500), lat(1500));
    expect(w.figures().residentsCovered[3]).toBe(0);
    expect(w.figures().city.residentsPct).toBe(0);
  });

  it('a site alone over a point serves it solely; a second site over it makes both share it', () => {
    // Points at x = 350 and x = 850, y = 500, 7 residents each; R = 300 m: a site at x = 400
    // reaches only the first (50 m; 450 m to the other), one at x = 600 both (250 m each way).
    const demand = demandOf({ xs: [350, 850], ys: [500, 500], owner: 3, w: 7 });
    const w = createWhatIf(geom, [], R, demand);
    const a = w.add(lng(400), lat(500));
    expect(w.soleResidents(a)).toBe(7);
    const b = w.add(lng(600), lat(500));
    expect(w.soleResidents(a)).toBe(0);
    expect(w.soleResidents(b)).toBe(7); // the x = 850 point: b alone reaches it
  });

  it('counts residents as the lattice points within R (checked point by point)', () => {
    const demand = demandOf(lattice(0, 0, 2000, 2000, 10, 3));
    const w = createWhatIf(geom, [], R, demand);
    w.add(lng(1000), lat(1003));
    let inside = 0;
    for (let i = 0; i < demand.x.length; i++) {
      if (Math.hypot(demand.x[i] - 1000, demand.y[i] - 1003) <= R) inside++;
    }
    // Gauss's circle problem: about πR²/100 points, give or take the perimeter.
    expect(Math.abs(inside - disc / 100)).toBeLessThan((2 * Math.PI * R) / 10);
    expect(w.figures().residentsCovered[3]).toBe(inside);
    expect(w.figures().residentsPct[3]).toBeCloseTo((100 * inside) / 40000, 12);
  });

  it('keeps ids stable, starts sites without coordinates removed, and refuses bad input', () => {
    const w = createWhatIf(geom, [lng(0), lat(0), NaN, NaN, lng(500), lat(500)], R);
    expect([w.has(0), w.has(1), w.has(2)]).toEqual([true, false, true]);
    expect(w.add(lng(10), lat(10))).toBe(3);
    expect(() => w.move(1, lng(0), lat(0))).toThrow(RangeError);
    expect(() => w.remove(9)).toThrow(RangeError);
    expect(() => w.add(NaN, lat(0))).toThrow(RangeError);
    expect(() => createWhatIf(geom, [], 0)).toThrow(RangeError);
    const bad = demandOf({ xs: [1], ys: [1], owner: 4, w: 1 });
    expect(() => createWhatIf(geom, [], R, bad)).toThrow(RangeError);
  });

  it('a site far outside the city changes nothing', () => {
    const w = createWhatIf(geom, sitesM([0, 0]), R);
    const before = w.figures();
    const id = w.add(lng(9000), lat(9000));
    w.move(id, lng(-9000), lat(5000));
    expect(w.figures()).toEqual(before);
  });
});
