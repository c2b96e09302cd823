import { assignPoints } from '../geo/point-index';
import { computeCatchment, type CatchmentOptions } from './catchment';
import type { CityGeometry } from './city';

/** One kelurahan in a {@link CoverageReport}. */
interface CoverageReportRow {
  kode: string;
  nama: string;
  /** Ellipsoidal area, km² (from the geodata). */
  area_km2: number;
  /** Sites located inside the kelurahan. */
  sites: number;
  /** Share of the area within the radius of at least one site, 0..100. */
  covered_pct: number;
}

/** The catchment report printed by `npm run coverage` (field names are its JSON format). */
export interface CoverageReport {
  radius_m: number;
  sites_total: number;
  /** Sites outside every kelurahan (they still cover what their radius reaches). */
  sites_outside: number;
  kelurahan: CoverageReportRow[];
  city: { area_km2: number; covered_pct: number };
}

/**
 * Catchment coverage of every kelurahan by all `sitesLngLat` (interleaved `[lng, lat]` degrees;
 * every site counts as active) within `radiusM` metres.
 */
export function coverageReport(
  city: CityGeometry,
  sitesLngLat: Float64Array,
  radiusM: number,
  options: CatchmentOptions = {},
): CoverageReport {
  const owners = assignPoints(city.pointIndex, sitesLngLat);
  const counts = new Int32Array(city.kodes.length);
  let outside = 0;
  for (const o of owners) {
    if (o >= 0) counts[o]++;
    else outside++;
  }
  const res = computeCatchment(city.catchment, sitesLngLat, radiusM, options);
  let areaKm2 = 0;
  const kelurahan = city.kodes.map((kode, k) => {
    areaKm2 += city.areaKm2[k];
    return {
      kode,
      nama: city.names[k],
      area_km2: city.areaKm2[k],
      sites: counts[k],
      covered_pct: res.coveredPct[k],
    };
  });
  return {
    radius_m: radiusM,
    sites_total: owners.length,
    sites_outside: outside,
    kelurahan,
    city: { area_km2: Math.round(areaKm2 * 1e4) / 1e4, covered_pct: res.city.coveredPct },
  };
}
