/**
 * `npm run suggest-sites -- --demand FILE --candidates FILE --radius METRES --k K [--existing FILE]`
 *
 * Suggests up to K new sites (maximal covering: src/lib/planning/mclp.ts). Demand is CSV
 * `lng,lat,weight`, candidates and existing sites CSV `lng,lat` (degrees, WGS84); a header row is
 * optional (detected: a first row that is not all numbers) and, when it names the columns, they
 * may come in any order. Prints exactly one JSON line on stdout:
 * `{"chosen": [0-based candidate data-row indexes in the order picked], "covered": w, "total": w}`
 * (`covered` includes what existing sites reach); everything else goes to stderr. Bad arguments
 * or a malformed row: a message naming the file and row on stderr, exit code 2.
 *
 * Distances are Euclidean in a local metric frame centred on the bounding box of all the input
 * points (src/lib/geo/local-frame.ts, as the coverage engine does): east-west scale error
 * ≈ |tan φ₀ · Δφ| (≤ 0.015 % over Kota Kediri); a warning goes to stderr when the data span makes
 * it exceed 0.1 %.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createLocalFrame, toX, toY } from '../src/lib/geo/local-frame';
import { solveMclp } from '../src/lib/planning/mclp';
import { readPointsCsv, UsageError, type PointRows } from './suggest-sites-csv';

const USAGE =
  'usage: npm run suggest-sites -- --demand FILE --candidates FILE --radius METRES --k K [--existing FILE]';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

function options(argv: string[]) {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        demand: { type: 'string' },
        candidates: { type: 'string' },
        existing: { type: 'string' },
        radius: { type: 'string' },
        k: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  for (const name of ['demand', 'candidates', 'radius', 'k']) {
    if (values[name] === undefined) throw new UsageError(`missing --${name}`);
  }
  const radius = values.radius!;
  const radiusM = Number(radius);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(radius) || !(radiusM > 0) || radiusM > 50_000) {
    throw new UsageError(`--radius must be a number of metres, 0 < R ≤ 50000 (got "${radius}")`);
  }
  const k = Number(values.k);
  if (!/^\s*\d+\s*$/.test(values.k!) || !(k >= 1)) {
    throw new UsageError(`--k must be a whole number ≥ 1 (got "${values.k}")`);
  }
  const read = (file: string, withWeight: boolean, allowEmpty: boolean): PointRows => {
    const path = resolve(file);
    if (!existsSync(path)) throw new UsageError(`no such file: ${file}`);
    return readPointsCsv(file, readFileSync(path, 'utf8'), withWeight, allowEmpty);
  };
  return {
    radiusM,
    k,
    demand: read(values.demand!, true, false),
    candidates: read(values.candidates!, false, false),
    existing: values.existing ? read(values.existing, false, true) : null,
  };
}

/** Runs the CLI on `argv` (without `node script`); returns the exit code. */
export function run(argv: string[], io: Io = processIo): number {
  let o: ReturnType<typeof options>;
  try {
    o = options(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`suggest-sites: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  let [lng0, lat0, lng1, lat1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of [o.demand, o.candidates, o.existing]) {
    for (let i = 0; i < (p?.lng.length ?? 0); i++) {
      [lng0, lng1] = [Math.min(lng0, p!.lng[i]), Math.max(lng1, p!.lng[i])];
      [lat0, lat1] = [Math.min(lat0, p!.lat[i]), Math.max(lat1, p!.lat[i])];
    }
  }
  const frame = createLocalFrame((lng0 + lng1) / 2, (lat0 + lat1) / 2);
  const scaleError =
    (Math.abs(Math.tan((frame.originLat * Math.PI) / 180)) * (((lat1 - lat0) / 2) * Math.PI)) / 180;
  if (scaleError > 1e-3) {
    io.err(
      `suggest-sites: the data span ${(lat1 - lat0).toFixed(2)}° of latitude; distances ` +
        `in the local frame are off by up to ${(100 * scaleError).toFixed(2)} %\n`,
    );
  }
  const project = (p: PointRows) => ({
    x: Float64Array.from(p.lng, (v) => toX(frame, v)),
    y: Float64Array.from(p.lat, (v) => toY(frame, v)),
  });
  const d = project(o.demand);
  const c = project(o.candidates);
  const e = o.existing ? project(o.existing) : { x: [], y: [] };
  const t0 = performance.now();
  const r = solveMclp({
    demand: { count: d.x.length, x: d.x, y: d.y, weight: o.demand.weight },
    candidateX: c.x,
    candidateY: c.y,
    existingX: e.x,
    existingY: e.y,
    radiusM: o.radiusM,
    k: o.k,
  });
  const ms = performance.now() - t0;
  io.err(
    `suggest-sites: ${d.x.length} demand points, ${c.x.length} candidates, ` +
      `${e.x.length} existing, R = ${o.radiusM} m, k = ${o.k}: ${r.chosen.length} chosen` +
      `${r.chosen.length < o.k ? ' (no other candidate adds coverage)' : ''}; covered ` +
      `${r.total > 0 ? ((100 * r.covered) / r.total).toFixed(2) : '0.00'} % ` +
      `(existing alone ${r.coveredByExisting}); ${r.swaps} improving swaps; ${ms.toFixed(0)} ms\n`,
  );
  io.out(`${JSON.stringify({ chosen: r.chosen, covered: r.covered, total: r.total })}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2));
}
