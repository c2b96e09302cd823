/**
 * `npm run bench [-- --sites N] [--turf-buffer] [--mclp-exact-full]`: prints figures and ratios of
 * the coverage engine against plain Turf in the same process, and of site suggestion (MCLP)
 * against HiGHS's exact optimum. No assertions: read the numbers.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';
import { prepareCity } from '../../src/lib/coverage/city';
import { benchAssign, benchCatchment } from './coverage.bench';
import { benchComputeAll, benchEightPrograms } from './compute-all.bench';
import { benchWhatIf } from './what-if.bench';
import { benchMclp } from './mclp.bench';
import { timeMedian } from './sites';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '2000' },
    'turf-buffer': { type: 'boolean', default: false },
    'mclp-exact-full': { type: 'boolean', default: false },
  },
});
const nSites = Number(values.sites);
const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const log = (s: string) => process.stdout.write(`${s}\n`);

log(`node ${process.version}, ${fc.features.length} kelurahan`);
const prepMs = timeMedian(3, () => prepareCity(fc));
const city = prepareCity(fc);
log(`prepare city (point index + sweep geometry): ${ms(prepMs)}`);

const a = benchAssign(fc, city);
log(
  `assign ${a.points.toLocaleString('en')} points: ours ${ms(a.oursMs)}; turf ` +
    `${ms(a.turfSampleMs)} for ${a.turfSample.toLocaleString('en')} → ~${ms(a.turfExtrapolatedMs)} ` +
    `extrapolated; ratio ${a.ratio.toFixed(0)}×; disagreements on the sample: ${a.disagreements}`,
);

for (const r of [500, 120]) {
  const discs = values['turf-buffer'] ? 'turf-buffer' : 'geodesic';
  const c = benchCatchment(fc, city, r, nSites, discs);
  log(
    `catchment ${c.sites} sites r=${r} m (baseline discs: ${discs}): ours ${ms(c.oursMs)}; turf ${ms(c.turfMs)}; ratio ` +
      `${c.ratio.toFixed(0)}×; max |diff| ${c.maxDiffPp.toFixed(3)} pp; city covered ${c.cityPct.toFixed(2)} %`,
  );
}

const all = benchComputeAll(city);
log(
  `compute-all on a demo-sized dataset (${all.records}): ${ms(all.ms)} ` +
    `(catchments ${ms(all.catchmentMs)}, residents within R ${ms(all.residentsMs)}, ` +
    `overlap surface ${ms(all.overlapMs)})`,
);

const eight = benchEightPrograms(city);
log(
  `compute-all with 8 programmes (3 built-in + ${eight.records}): ${ms(eight.eightMs)} ` +
    `(defined programmes ${ms(eight.definedMs)}, ${eight.components} weighted index components); ` +
    `3 built-ins alone in the same run ${ms(eight.threeMs)}; ratio ${(eight.eightMs / eight.threeMs).toFixed(2)}×`,
);

const wi = benchWhatIf(city, nSites, 500);
log(
  `what-if ${wi.sites} sites r=${wi.radiusM} m, ${wi.demandPoints.toLocaleString('en')} demand points (50 m): ` +
    `full recompute (exact catchment + demand counts) ${ms(wi.fullMs)} (with the default catchment ` +
    `${ms(wi.fullDefaultMs)}); move ${ms(wi.moveMs)} median of 200 (p95 ${ms(wi.moveP95Ms)}, ` +
    `max ${ms(wi.moveMaxMs)}), add ${ms(wi.addMs)}, remove ${ms(wi.removeMs)}; ratio full / move ` +
    `${(wi.fullMs / wi.moveMs).toFixed(1)}× (${(wi.fullDefaultMs / wi.moveMs).toFixed(1)}× with the default); ` +
    `after the moves max rel. diff vs full: area ${wi.maxRelDiffArea.toExponential(1)}, residents ` +
    `${wi.maxRelDiffResidents.toExponential(1)} (vs default catchment ${wi.maxDiffDefaultPp.toExponential(1)} pp); ` +
    `create ${ms(wi.createMs)}, resync ${ms(wi.resyncMs)}`,
);
log(
  `goal move one site among ${wi.sites.toLocaleString('en')} ≤ 16 ms: ` +
    `${wi.moveMs <= 16 ? 'met' : 'NOT met'} (${ms(wi.moveMs)})`,
);
await benchMclp(city, log, values['mclp-exact-full']);

// The import core on a 100,000-row CSV (Node); the browser path is `npm run bench:import`.
await import('./import-core.bench');
