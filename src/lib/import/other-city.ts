import type { ImportMessage } from './types';

/** What one row says about the town it is in (filled by `placeOf`). */
export interface PlaceEvidence {
  /** A Kemendagri or BPS code of the city. */
  cityCode?: boolean;
  /** An exact (not fuzzy) kelurahan name of the city. */
  cityName?: boolean;
  /** `pp.kk` of a code from another kab/kota. */
  foreignRegion?: string;
  /** A kecamatan cell that is none of the city's. */
  foreignKecamatan?: string;
  /** Whether the row's point (after fixes) lies in the city; absent without a point. */
  pointInside?: boolean;
}

const list = (values: Iterable<string>, max = 5): string => {
  const all = [...values];
  return all.length > max ? `${all.slice(0, max).join(', ')}, …` : all.join(', ');
};

/**
 * One file-level error when the whole file is about another town, else null: every code is
 * another kab/kota's, or every kecamatan is another town's, or there are points, none in the
 * city, and no row names a city kelurahan by code or exact name. A single row of ours anywhere
 * in the file keeps it a Kediri file (its other rows then get their own row messages).
 */
export function otherCityMessage(rows: readonly PlaceEvidence[]): ImportMessage | null {
  const ours = rows.some((r) => r.cityCode || r.cityName || r.pointInside);
  if (ours) return null;
  const regions = new Set(rows.flatMap((r) => (r.foreignRegion ? [r.foreignRegion] : [])));
  if (regions.size > 0)
    return { code: 'file_other_region', severity: 'error', params: { regions: list(regions) } };
  const kecamatan = new Set(rows.flatMap((r) => (r.foreignKecamatan ? [r.foreignKecamatan] : [])));
  if (kecamatan.size > 0)
    return { code: 'file_other_kecamatan', severity: 'error', params: { values: list(kecamatan) } };
  const points = rows.filter((r) => r.pointInside === false).length;
  if (points > 0) return { code: 'file_outside_city', severity: 'error', params: { points } };
  return null;
}
