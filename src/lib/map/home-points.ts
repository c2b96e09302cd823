import type { HomeCareVisit } from '../model/records';

/** A record with a usable location. */
export type Located<T extends { lng: number | null; lat: number | null }> = T & {
  lng: number;
  lat: number;
};

export function located<T extends { lng: number | null; lat: number | null }>(
  rows: readonly T[],
): Located<T>[] {
  return rows.filter(
    (r): r is Located<T> =>
      r.lng !== null && r.lat !== null && Number.isFinite(r.lng) && Number.isFinite(r.lat),
  );
}

/** One home on the map: all visits at the same place, with the latest one for the tooltip. */
export interface HomePoint {
  /** `[lng, lat]`, degrees. */
  position: [number, number];
  visits: number;
  latest: HomeCareVisit;
}

/**
 * Groups visits by home: the same patient at the same place (coordinates rounded to 1e-6°, about
 * 0.1 m). Visits without a location are left out. Order follows each home's first visit.
 */
export function homesOf(visits: readonly HomeCareVisit[]): HomePoint[] {
  const homes = new Map<string, HomePoint>();
  for (const v of visits) {
    if (v.lng === null || v.lat === null || !Number.isFinite(v.lng) || !Number.isFinite(v.lat))
      continue;
    const key = `${v.patientId}|${Math.round(v.lng * 1e6)}|${Math.round(v.lat * 1e6)}`;
    const home = homes.get(key);
    if (!home) homes.set(key, { position: [v.lng, v.lat], visits: 1, latest: v });
    else {
      home.visits += 1;
      if (v.date > home.latest.date) home.latest = v;
    }
  }
  return [...homes.values()];
}

/** Point radius of a home in CSS pixels: grows with the square root of visits (area ∝ visits). */
export function homeRadiusPx(visits: number): number {
  return Math.min(14, 3 + 1.5 * Math.sqrt(Math.max(0, visits - 1)));
}
