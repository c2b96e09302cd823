import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareCity } from '../coverage/city';
import { resolvePopulation } from '../coverage/population';
import { toLat, toLng, toX, toY } from '../geo/local-frame';
import type { KelurahanCollection } from '../model/kelurahan';
import { residentsWithin } from './demand-coverage';
import { buildDemandGrid, demandFromPoints, type DemandGrid } from './demand-grid';
import { TEST_FRAME, TINY_LABEL_M, TINY_M, testCity } from './test-city';

const synthetic = testCity();
const city = prepareCity(synthetic);
// Not round on purpose: shares are fractions of a resident.
const RESIDENTS = [1000, 2503, 7, 12345, 3];

function sumOf(grid: DemandGrid, k: number, reverse = false): number {
  let s = 0;
  for (let n = 0; n < grid.count; n++) {
    const p = reverse ? grid.count - 1 - n : n;
    if (grid.owner[p] === k) s += grid.weight[p];
  }
  return s;
}

/** Perimeter of kelurahan k in the frame, metres. */
function perimeterM(c: ReturnType<typeof prepareCity>, k: number): number {
  const e = c.pointIndex.edges;
  let p = 0;
  for (let i = 0; i < e.count; i++) {
    if (e.owner[i] !== k) continue;
    p += Math.hypot(
      toX(c.frame, e.bx[i]) - toX(c.frame, e.ax[i]),
      toY(c.frame, e.by[i]) - toY(c.frame, e.ay[i]),
    );
  }
  return p;
}

describe('buildDemandGrid on a synthetic partition', () => {
  const grid = buildDemandGrid(city, RESIDENTS);

  it('uses the frame prepareCity builds (the test city is laid out in it)', () => {
    expect(city.frame).toEqual(TEST_FRAME);
  });

  it('conserves every kelurahan exactly, summed in any order', () => {
    RESIDENTS.forEach((r, k) => {
      expect(sumOf(grid, k)).toBe(r);
      expect(sumOf(grid, k, true)).toBe(r);
      expect(grid.perKelurahan[k]).toBe(r);
    });
    expect(grid.outside).toBe(0);
  });

  it('spreads each kelurahan evenly and covers its area up to a boundary strip', () => {
    const c = 50;
    for (let k = 0; k < 4; k++) {
      const w: number[] = [];
      for (let p = 0; p < grid.count; p++) if (grid.owner[p] === k) w.push(grid.weight[p]);
      // Shares differ by at most one quantum (2⁻²⁰ residents).
      expect(Math.max(...w) - Math.min(...w)).toBeLessThanOrEqual(2 ** -20);
      // Cells whose centre lies inside differ from the polygon only within c/√2 of its outline:
      // |n·c² − A| ≤ √2·P·c + 4c² (strip on both sides plus the corners).
      const area = city.catchment.areaM2[k];
      expect(Math.abs(w.length * c * c - area)).toBeLessThanOrEqual(
        Math.SQRT2 * perimeterM(city, k) * c + 4 * c * c,
      );
    }
  });

  it('gives a kelurahan holding no cell centre one point at its area centroid', () => {
    const [x0, y0, x1, y1] = TINY_M;
    const at = [...grid.owner.keys()].filter((p) => grid.owner[p] === 4);
    expect(at).toHaveLength(1);
    expect(grid.weight[at[0]]).toBe(3);
    // Centroid of a square = its centre.
    expect(grid.x[at[0]]).toBeCloseTo((x0 + x1) / 2, 6);
    expect(grid.y[at[0]]).toBeCloseTo((y0 + y1) / 2, 6);
  });

  it('puts that point at the label point when labels are given', () => {
    const labels = synthetic.features.map((f) => f.properties.label);
    const g = buildDemandGrid(city, RESIDENTS, { labels });
    const p = [...g.owner.keys()].find((q) => g.owner[q] === 4)!;
    expect(g.x[p]).toBeCloseTo(TINY_LABEL_M[0], 6);
    expect(g.y[p]).toBeCloseTo(TINY_LABEL_M[1], 6);
    expect(g.lng[p]).toBe(labels[4][0]);
  });

  it('refuses residents that do not fit the city', () => {
    expect(() => buildDemandGrid(city, [1, 2])).toThrow(RangeError);
    expect(() => buildDemandGrid(city, [1, 2, 3, -4, 5])).toThrow(RangeError);
    expect(() => buildDemandGrid(city, RESIDENTS, { cellM: 0 })).toThrow(RangeError);
  });
});

describe('demandFromPoints', () => {
  // Metres in the frame: two points in the SW square, one in the NE square, one outside.
  const xy = [
    [-300, -300],
    [-310, -320],
    [300, 300],
    [5000, 5000],
  ];
  const lngLat = xy.flatMap(([x, y]) => [toLng(TEST_FRAME, x), toLat(TEST_FRAME, y)]);
  const weight = [2, 3, 4, 5];

  it('keeps the points and their owners', () => {
    const d = demandFromPoints(city, lngLat, weight);
    expect([...d.owner]).toEqual([0, 0, 3, -1]);
    expect([...d.perKelurahan]).toEqual([5, 0, 0, 4, 0]);
    expect(d.outside).toBe(5);
  });

  it('sums points per cell and owner at the cell centre', () => {
    // Both SW points lie in the 1 km cell [−1000, 0)², centre (−500, −500).
    const d = demandFromPoints(city, lngLat, weight, { cellM: 1000 });
    expect(d.count).toBe(3);
    const sw = [...d.owner.keys()].find((p) => d.owner[p] === 0)!;
    expect([d.x[sw], d.y[sw], d.weight[sw]]).toEqual([-500, -500, 5]);
    expect([...d.perKelurahan]).toEqual([5, 0, 0, 4, 0]);
  });

  it('refuses negative weights', () => {
    expect(() => demandFromPoints(city, lngLat, [1, -1, 1, 1])).toThrow(RangeError);
  });
});

describe('residentsWithin', () => {
  const grid = buildDemandGrid(city, RESIDENTS);

  it('counts nothing for a site where nobody lives and everything for a huge radius', () => {
    const far = residentsWithin(grid, [113, -7.81], 500);
    expect(far.city).toBe(0);
    const all = residentsWithin(grid, [112.01, -7.81], 10_000);
    expect(all.city).toBe(RESIDENTS.reduce((a, b) => a + b));
    expect([...all.perKelurahan]).toEqual(RESIDENTS);
  });

  it('counts the cells within R of a site inside one square, and no other square', () => {
    // Site at the SW square's centre, R = 200 m: the disc stays > 350 m inside that square. The
    // centre is ≈ (−552, −553) m, so the tiny kelurahan at (−490, −490) m (≈ 89 m away) is in.
    const [sx, sy] = [112.005, -7.815];
    const r = 200;
    const cov = residentsWithin(grid, [sx, sy], r);
    const px = toX(TEST_FRAME, sx);
    const py = toY(TEST_FRAME, sy);
    let brute = 0;
    let cells = 0;
    for (let p = 0; p < grid.count; p++) {
      if (grid.owner[p] === 0 && Math.hypot(grid.x[p] - px, grid.y[p] - py) <= r) {
        brute += grid.weight[p];
        cells++;
      }
    }
    expect(cov.perKelurahan[0]).toBe(brute);
    expect([...cov.perKelurahan.slice(1)]).toEqual([0, 0, 0, 3]);
    expect(cov.city).toBe(brute + 3);
    // Lattice points in a disc: π·200²/50² ≈ 50.3, off by at most ~ the cells on its outline.
    expect(Math.abs(cells - 50.27)).toBeLessThan(12);
  });
});

describe('buildDemandGrid on the real kelurahan', () => {
  const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
  const real = prepareCity(fc);
  const residents = resolvePopulation(real, []).map((p) => p.total);
  const grid = buildDemandGrid(real, residents);

  it('conserves each of the 46 kelurahan exactly', () => {
    expect(residents).toHaveLength(46);
    residents.forEach((r, k) => {
      expect(sumOf(grid, k)).toBe(r);
      expect(sumOf(grid, k, true)).toBe(r);
    });
    // SP2020 kecamatan totals (114,553 + 84,291 + 87,952), up to the rounding of equal shares.
    expect(Math.abs(grid.perKelurahan.reduce((a, b) => a + b) - 286_796)).toBeLessThan(46);
  });

  it('has about one cell per 2,500 m² of each kelurahan', () => {
    for (let k = 0; k < 46; k++) {
      let n = 0;
      for (let p = 0; p < grid.count; p++) if (grid.owner[p] === k) n++;
      const area = real.catchment.areaM2[k];
      expect(Math.abs(n * 2500 - area)).toBeLessThanOrEqual(
        Math.SQRT2 * perimeterM(real, k) * 50 + 1e4,
      );
    }
  });
});
