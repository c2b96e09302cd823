import type { CatchmentGeometry } from './catchment-geometry';
import {
  defaultStepM,
  sortSites,
  sweepCoverage,
  type FrameWindow,
  type SweepSites,
} from './catchment-sweep';

/**
 * Catchment coverage: the area of each kelurahan within `radiusM` of at least one site.
 *
 * Method (exact up to the sampling error analysed in `README.md`): sweep horizontal lines in the
 * local metric frame. Slab boundaries sit at every polygon vertex `y`, at every disc's top and
 * bottom `y`, and on a regular grid of spacing `stepM`. At each slab's mid-line the kelurahan
 * interiors are intervals (crossing number, even-odd) and the catchments are the union of the
 * disc chords. Which boundary bounds each covered piece (a polygon edge or a disc's chord end) is
 * read at the mid-line and integrated over the slab in closed form: edges are linear in `y`, chord
 * ends are `cx ± sqrt(R² − (y − cy)²)`. The result is exact for every slab in which no chord end
 * crosses an edge or another chord end; slabs holding such a crossing err by O(h²) each.
 *
 * Sites anywhere count (neighbouring kelurahan, outside the city); sites without finite
 * coordinates are ignored.
 */
export interface CatchmentResult {
  radiusM: number;
  /** Maximum slab height, m; 0 with `exact` (boundaries at every outline crossing instead). */
  stepM: number;
  /** Per feature (input order): area within the radius of a site, m². */
  coveredM2: Float64Array;
  /** Per feature: polygon area in the local frame, m². */
  areaM2: Float64Array;
  /** Per feature: covered share, 0..100. */
  coveredPct: Float64Array;
  city: { areaM2: number; coveredM2: number; coveredPct: number };
  /** Sites whose disc reaches the city's bounding box. */
  sitesUsed: number;
}

export interface CatchmentOptions {
  /** Maximum slab height in metres (default {@link defaultStepM}); unused with `exact`. */
  stepM?: number;
  /**
   * Put slab boundaries at every crossing on the union's outline (circle–circle, circle–edge)
   * instead of the regular grid: no sampling error, any split into windows adds up to the whole to
   * rounding. What the what-if engine (`lib/planning`) uses; off by default so the published
   * figures and their error bound stay as documented.
   */
  exact?: boolean;
}

/**
 * Coverage of every feature of `geom` by discs of `radiusM` metres around `sitesLngLat`
 * (interleaved `[lng, lat, ...]` degrees).
 */
export function computeCatchment(
  geom: CatchmentGeometry,
  sitesLngLat: ArrayLike<number>,
  radiusM: number,
  options: CatchmentOptions = {},
): CatchmentResult {
  const R = Math.max(0, radiusM);
  const exact = options.exact ?? false;
  const stepM = options.stepM ?? defaultStepM(R);
  const coveredM2 = new Float64Array(geom.featureCount);
  const sites = prepareSites(geom, sitesLngLat, R, null);
  sweepCoverage(geom, sites, R, stepM, null, exact, coveredM2);
  const areaM2 = geom.areaM2.slice();
  const coveredPct = new Float64Array(geom.featureCount);
  let cityArea = 0;
  let cityCovered = 0;
  for (let k = 0; k < geom.featureCount; k++) {
    coveredM2[k] = Math.min(coveredM2[k], areaM2[k]);
    coveredPct[k] = areaM2[k] > 0 ? (100 * coveredM2[k]) / areaM2[k] : 0;
    cityArea += areaM2[k];
    cityCovered += coveredM2[k];
  }
  return {
    radiusM: R,
    stepM: exact ? 0 : stepM,
    coveredM2,
    areaM2,
    coveredPct,
    city: {
      areaM2: cityArea,
      coveredM2: cityCovered,
      coveredPct: cityArea > 0 ? (100 * cityCovered) / cityArea : 0,
    },
    sitesUsed: sites.count,
  };
}

/**
 * Covered area per feature (m², input order) of the union of discs of `radiusM` metres around
 * `sitesLngLat` (interleaved `[lng, lat, ...]` degrees), counting only the part inside `window`
 * (local-frame metres, `geom.frame`). The same sweep as {@link computeCatchment} with the same
 * options and error bound; the sums are raw (not clamped to the feature's area). Over the city's
 * bounding box it equals `computeCatchment(...).coveredM2`. Windows that split the city add up to
 * the whole within the error bound, and to rounding with `exact`.
 */
export function computeCatchmentInWindow(
  geom: CatchmentGeometry,
  sitesLngLat: ArrayLike<number>,
  radiusM: number,
  window: FrameWindow,
  options: CatchmentOptions = {},
): Float64Array {
  const R = Math.max(0, radiusM);
  const coveredM2 = new Float64Array(geom.featureCount);
  const sites = prepareSites(geom, sitesLngLat, R, window);
  const stepM = options.stepM ?? defaultStepM(R);
  sweepCoverage(geom, sites, R, stepM, window, options.exact ?? false, coveredM2);
  return coveredM2;
}

/** Frame-metre sites whose disc reaches the city's bounding box (and `window`, if given). */
function prepareSites(
  geom: CatchmentGeometry,
  lngLat: ArrayLike<number>,
  R: number,
  window: FrameWindow | null,
): SweepSites {
  const { frame: f } = geom;
  const w = window ?? geom;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i + 1 < lngLat.length; i += 2) {
    const x = (lngLat[i] - f.originLng) * f.mPerDegLng;
    const y = (lngLat[i + 1] - f.originLat) * f.mPerDegLat;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (y + R <= geom.minY || y - R >= geom.maxY || x + R <= geom.minX || x - R >= geom.maxX) {
      continue;
    }
    if (y + R <= w.minY || y - R >= w.maxY || x + R <= w.minX || x - R >= w.maxX) continue;
    xs.push(x);
    ys.push(y);
  }
  return sortSites(xs, ys, xs.length);
}
