import { locateIndex } from '../geo/point-index';
import type { CityGeometry } from './city';

/** The fields every programme record has for placing it in a kelurahan. */
export interface Placeable {
  kode: string;
  lng: number | null;
  lat: number | null;
}

/** Which kelurahan each record counts in, and how it was decided. */
export interface Placement {
  /** Kelurahan position per record, −1 when neither the location nor the stated kode is usable. */
  owner: Int16Array;
  /** Records placed by their location. */
  byLocation: number;
  /** Records placed by their stated kelurahan (no location). */
  byStatedKode: number;
  /** Records with a location outside the city (they count nowhere, but still cover). */
  outside: number;
  unplaced: number;
}

/**
 * Places records: by location where a record has one (the point index), else by its stated
 * kelurahan code. A location outside the city wins over the stated code (the record counts nowhere).
 */
export function placeRecords(city: CityGeometry, records: readonly Placeable[]): Placement {
  const owner = new Int16Array(records.length);
  let byLocation = 0;
  let byStatedKode = 0;
  let outside = 0;
  let unplaced = 0;
  records.forEach((r, i) => {
    if (r.lng !== null && r.lat !== null && Number.isFinite(r.lng) && Number.isFinite(r.lat)) {
      const k = locateIndex(city.pointIndex, r.lng, r.lat);
      owner[i] = k;
      if (k >= 0) byLocation++;
      else outside++;
      return;
    }
    const k = city.indexOf.get(r.kode) ?? -1;
    owner[i] = k;
    if (k >= 0) byStatedKode++;
    else unplaced++;
  });
  return { owner, byLocation, byStatedKode, outside, unplaced };
}

/**
 * Interleaved `[lng, lat]` of the distinct locations of the records that have one. Catchments only
 * depend on the set of places (many visits share a home, many projects an RT).
 */
export function locationsOf(records: readonly Placeable[]): Float64Array {
  const out: number[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (r.lng !== null && r.lat !== null && Number.isFinite(r.lng) && Number.isFinite(r.lat)) {
      const key = `${r.lng},${r.lat}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r.lng, r.lat);
    }
  }
  return Float64Array.from(out);
}

/** Count, density and rate of one programme in one kelurahan. */
export interface CountMetrics {
  count: number;
  perKm2: number;
  /** Per 10,000 residents; null without a population figure. */
  per10k: number | null;
}

/** Counts per kelurahan from a placement, with density per km² and per 10,000 residents. */
export function countMetrics(
  city: CityGeometry,
  placement: Placement,
  population: readonly { total: number }[],
): CountMetrics[] {
  const counts = new Int32Array(city.kodes.length);
  for (const o of placement.owner) if (o >= 0) counts[o]++;
  return city.kodes.map((_, k) => ({
    count: counts[k],
    perKm2: city.areaKm2[k] > 0 ? counts[k] / city.areaKm2[k] : 0,
    per10k: population[k].total > 0 ? (counts[k] * 10_000) / population[k].total : null,
  }));
}

/** Median of finite values (mean of the middle two for even counts), 0 for none. */
export function median(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return 0;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
