/**
 * Coverage engine vs a plain Turf baseline in the same process (figures and ratios, no asserts).
 * Catchments: buffer every site (area-true geodesic 32-gons by default, `--turf-buffer` for
 * @turf/buffer), Turf union of all, Turf intersect with each kelurahan, Turf area.
 * Counts: Turf booleanPointInPolygon against every kelurahan (stopping at the first hit), on a
 * 20,000-point subsample, extrapolated to 1,000,000.
 */
import { buffer } from '@turf/buffer';
import { union } from '@turf/union';
import { intersect } from '@turf/intersect';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection, point, polygon } from '@turf/helpers';
import { createRequire } from 'node:module';
import type * as GeographicLib from 'geographiclib-geodesic';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';
import type { CityGeometry } from '../../src/lib/coverage/city';
import { computeCatchment } from '../../src/lib/coverage/catchment';
import { assignPoints } from '../../src/lib/geo/point-index';
import { seededPoints, seededSites, timeMedian } from './sites';

type Poly = Feature<Polygon | MultiPolygon>;

// The package is a minified CommonJS bundle whose named exports Node's ESM loader cannot see.
const { Geodesic } = createRequire(import.meta.url)(
  'geographiclib-geodesic',
) as typeof GeographicLib;

/**
 * A 32-gon of the same size class as Turf's default buffer, but with vertices on the WGS84 geodesic
 * circle (GeographicLib) pushed out by √((2π/n)/sin(2π/n)) so its area equals πR². Turf's buffer
 * works on a sphere (its 500 m is ≈ 497 m north–south here) and its inscribed 32-gon loses 0.64 %
 * of each disc: errors of the baseline, not of the question.
 */
function geodesicDisc(lng: number, lat: number, radiusM: number, n = 32): Poly {
  const k = Math.sqrt((2 * Math.PI) / n / Math.sin((2 * Math.PI) / n));
  const ring: [number, number][] = [];
  for (let i = n - 1; i >= 0; i--) {
    const p = Geodesic.WGS84.Direct(lat, lng, (360 * i) / n, radiusM * k);
    ring.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
  }
  ring.push(ring[0]);
  return polygon([ring]);
}

/** Turf coverage per kelurahan, 0..100 (discs: area-true geodesic 32-gons, or Turf's buffer). */
export function turfCoverage(
  fc: KelurahanCollection,
  sites: Float64Array,
  radiusM: number,
  discKind: 'turf-buffer' | 'geodesic' = 'geodesic',
): number[] {
  const discs: Poly[] = [];
  for (let i = 0; i < sites.length; i += 2) {
    if (discKind === 'geodesic') {
      discs.push(geodesicDisc(sites[i], sites[i + 1], radiusM));
      continue;
    }
    const b = buffer(point([sites[i], sites[i + 1]]), radiusM, { units: 'meters' });
    if (b) discs.push(b as Poly);
  }
  const merged = union(featureCollection(discs));
  return fc.features.map((kel) => {
    if (!merged) return 0;
    const cut = intersect(featureCollection<Polygon | MultiPolygon>([kel, merged]));
    return cut ? (100 * area(cut)) / area(kel) : 0;
  });
}

export interface CatchmentBench {
  radiusM: number;
  sites: number;
  oursMs: number;
  turfMs: number;
  ratio: number;
  maxDiffPp: number;
  cityPct: number;
}

export function benchCatchment(
  fc: KelurahanCollection,
  city: CityGeometry,
  radiusM: number,
  nSites = 2000,
  discKind: 'turf-buffer' | 'geodesic' = 'geodesic',
): CatchmentBench {
  const sites = seededSites(city, nSites, 20240701);
  let ours = computeCatchment(city.catchment, sites, radiusM);
  const oursMs = timeMedian(5, () => {
    ours = computeCatchment(city.catchment, sites, radiusM);
  });
  const t0 = performance.now();
  const turf = turfCoverage(fc, sites, radiusM, discKind);
  const turfMs = performance.now() - t0;
  let maxDiffPp = 0;
  turf.forEach((pct, k) => (maxDiffPp = Math.max(maxDiffPp, Math.abs(pct - ours.coveredPct[k]))));
  return {
    radiusM,
    sites: nSites,
    oursMs,
    turfMs,
    ratio: turfMs / oursMs,
    maxDiffPp,
    cityPct: ours.city.coveredPct,
  };
}

export interface AssignBench {
  points: number;
  oursMs: number;
  turfSample: number;
  turfSampleMs: number;
  turfExtrapolatedMs: number;
  ratio: number;
  disagreements: number;
}

export function benchAssign(
  fc: KelurahanCollection,
  city: CityGeometry,
  n = 1_000_000,
): AssignBench {
  const pts = seededPoints(city, n, 4242);
  const out = new Int16Array(n);
  const oursMs = timeMedian(7, () => assignPoints(city.pointIndex, pts, out));
  const sample = 20_000;
  let disagreements = 0;
  const t0 = performance.now();
  for (let i = 0; i < sample; i++) {
    const p: [number, number] = [pts[2 * i], pts[2 * i + 1]];
    let owner = -1;
    for (let k = 0; k < fc.features.length; k++) {
      if (booleanPointInPolygon(p, fc.features[k])) {
        owner = k;
        break;
      }
    }
    if (owner !== out[i]) disagreements++;
  }
  const turfSampleMs = performance.now() - t0;
  const turfExtrapolatedMs = (turfSampleMs * n) / sample;
  return {
    points: n,
    oursMs,
    turfSample: sample,
    turfSampleMs,
    turfExtrapolatedMs,
    ratio: turfExtrapolatedMs / oursMs,
    disagreements,
  };
}
