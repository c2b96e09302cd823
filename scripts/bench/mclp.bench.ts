/**
 * Site suggestion (maximal covering) on the real city: a 50 m demand grid from the equal-share
 * population, 5,000 candidates uniform in the city, R = 500 m, K = 10, timed; then greedy + swap
 * against HiGHS's exact optimum on instances it can solve. Prints figures, asserts nothing.
 */
import loadHighs from 'highs';
import type { CityGeometry } from '../../src/lib/coverage/city';
import { resolvePopulation } from '../../src/lib/coverage/population';
import { toX, toY } from '../../src/lib/geo/local-frame';
import { assignPoints } from '../../src/lib/geo/point-index';
import { buildCoverSets } from '../../src/lib/planning/cover-sets';
import { residentsWithin } from '../../src/lib/planning/demand-coverage';
import { buildDemandGrid, type DemandGrid } from '../../src/lib/planning/demand-grid';
import { solveMclp, type MclpResult } from '../../src/lib/planning/mclp';
import { writeMclpLp } from '../../src/lib/planning/mclp-lp';
import { seededPoints, seededSites, timeMedian } from './sites';

const RADIUS_M = 500;
/**
 * Wall-clock limit per exact solve, seconds. The full instance (5,000 candidates, 50 m grid,
 * 26 k rows) hit it with no useful incumbent, and so did its LP relaxation; it runs only with
 * `--mclp-exact-full`.
 */
const EXACT_LIMIT_S = 60;

const fmt = (v: number, digits = 0) =>
  v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** `n` candidates uniform over the city (points of the bounding box that fall in a kelurahan), m. */
function cityCandidates(city: CityGeometry, n: number, seed: number) {
  const x: number[] = [];
  const y: number[] = [];
  for (let batch = 0; x.length < n; batch++) {
    const pts = seededPoints(city, 2 * n, seed + batch);
    const owner = assignPoints(city.pointIndex, pts);
    for (let i = 0; i < owner.length && x.length < n; i++) {
      if (owner[i] < 0) continue;
      x.push(toX(city.frame, pts[2 * i]));
      y.push(toY(city.frame, pts[2 * i + 1]));
    }
  }
  return { x, y };
}

function timedSolve(demand: DemandGrid, cx: number[], cy: number[], k: number, swaps?: number) {
  let r: MclpResult | undefined;
  const ms = timeMedian(3, () => {
    r = solveMclp({
      demand,
      candidateX: cx,
      candidateY: cy,
      radiusM: RADIUS_M,
      k,
      maxSwapIterations: swaps,
    });
  });
  return { r: r!, ms };
}

/** Prints the section; `tryFull` adds the exact solve of the full instance (≈ 60 s, no proof). */
export async function benchMclp(
  city: CityGeometry,
  log: (s: string) => void,
  tryFull = false,
): Promise<void> {
  const residents = resolvePopulation(city, []).map((p) => p.total);
  const gridMs = timeMedian(3, () => buildDemandGrid(city, residents));
  const grid = buildDemandGrid(city, residents);
  const exact = residents.every((r, k) => grid.perKelurahan[k] === r);
  log(
    `mclp demand grid 50 m: ${fmt(grid.count)} cells, ${fmt(residents.reduce((a, b) => a + b))} ` +
      `residents (equal-share estimate), per-kelurahan sums exact: ${exact ? 'yes' : 'NO'}; ${fmt(gridMs, 1)} ms`,
  );
  const sites = seededSites(city, 2000, 1);
  const withinMs = timeMedian(5, () => residentsWithin(grid, sites, RADIUS_M));
  const within = residentsWithin(grid, sites, RADIUS_M);
  log(
    `mclp residents within ${RADIUS_M} m of 2,000 sites (per kelurahan + city): ${fmt(withinMs, 1)} ms ` +
      `(median of 5); ${fmt((100 * within.city) / grid.perKelurahan.reduce((a, b) => a + b), 2)} % of residents`,
  );
  const cand = cityCandidates(city, 5000, 2024);
  const full = timedSolve(grid, cand.x, cand.y, 10);
  const greedyOnly = timedSolve(grid, cand.x, cand.y, 10, 0);
  log(
    `mclp greedy + swap, 5,000 candidates, R = ${RADIUS_M} m, K = 10: ${fmt(full.ms, 1)} ms ` +
      `(median of 3; greedy alone ${fmt(greedyOnly.ms, 1)} ms; goal ≤ 1,000 ms); covered ` +
      `${fmt(full.r.covered, 1)} of ${fmt(full.r.total)} (${fmt((100 * full.r.covered) / full.r.total, 2)} %), ` +
      `greedy alone ${fmt(full.r.greedyCurve.at(-1) ?? 0, 1)}; ${full.r.swaps} improving swaps`,
  );

  const highs = await loadHighs();
  const coarse = buildDemandGrid(city, residents, { cellM: 100 });
  // Candidates 1–300 and 1–1,000 were among the instances the swap search's tenures were chosen
  // on; 4,001–5,000 were not (held out).
  const instances = [
    { from: 0, n: 300, grid, k: 5 },
    { from: 0, n: 300, grid, k: 10 },
    { from: 0, n: 1000, grid: coarse, k: 5 },
    { from: 0, n: 1000, grid: coarse, k: 10 },
    { from: 4000, n: 1000, grid: coarse, k: 10 },
    { from: 4000, n: 1000, grid: coarse, k: 15 },
    ...(tryFull ? [{ from: 0, n: 5000, grid, k: 10 }] : []),
  ];
  for (const { from, n, grid: g, k } of instances) {
    const cx = cand.x.slice(from, from + n);
    const cy = cand.y.slice(from, from + n);
    const ours = timedSolve(g, cx, cy, k);
    const t0 = performance.now();
    const lp = writeMclpLp(buildCoverSets(g, cx, cy, RADIUS_M), g.weight, k);
    const sol = highs.solve(lp.text, {
      output_flag: false,
      mip_rel_gap: 0,
      time_limit: EXACT_LIMIT_S,
    });
    const exactMs = performance.now() - t0;
    const head =
      `mclp vs exact (HiGHS), candidates ${fmt(from + 1)}–${fmt(from + n)}, ${g.cellM} m grid (${fmt(g.count)} cells → ` +
      `${fmt(lp.rows)} rows), K = ${k}: greedy + swap ${fmt(ours.r.covered, 1)} in ${fmt(ours.ms, 1)} ms`;
    if (sol.Status !== 'Optimal') {
      const best =
        sol.Status === 'Time limit reached' ? `, best found ${fmt(sol.ObjectiveValue, 1)}` : '';
      log(
        `${head}; HiGHS: ${sol.Status} after ${fmt(exactMs / 1000, 1)} s${best}, no proven optimum`,
      );
      continue;
    }
    // Rounded first so that a float-level difference prints as 0.000, not −0.000.
    const gap = (v: number) =>
      fmt(Math.round((1e5 * (sol.ObjectiveValue - v)) / sol.ObjectiveValue) / 1e3 + 0, 3);
    log(
      `${head}; optimum ${fmt(sol.ObjectiveValue, 1)} in ${fmt(exactMs)} ms; gap ${gap(ours.r.covered)} % ` +
        `(greedy alone ${gap(ours.r.greedyCurve.at(-1) ?? 0)} %; goal ≤ 1 %)`,
    );
  }
}
