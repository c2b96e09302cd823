import proj4 from 'proj4';
import { crsDefinition, GUESS_EPSG } from './projection';

// proj4 is ~40 KB gzipped: this module is loaded only for files in metres (see point-frame.ts).

/** Converts projected metres `[x, y]` (easting, northing) to WGS84 `[lng, lat]`; null if not finite. */
export type Projector = (x: number, y: number) => [lng: number, lat: number] | null;

/** A projector for a supported EPSG code (see `crsDefinition`), or null. */
export function projectorFor(epsg: number): Projector | null {
  const crs = crsDefinition(epsg);
  if (crs === null) return null;
  const converter = proj4(crs.def, 'WGS84');
  return (x, y) => {
    const [lng, lat] = converter.forward([x, y]);
    return Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lat) <= 90 ? [lng, lat] : null;
  };
}

/**
 * The single Indonesian UTM or TM-3 zone (EPSG code) that places most of the sample points inside
 * the city, or null when none or more than one does. Zones of a grid are 3° or 6° apart and the
 * grids' origins far apart, so for one city's points at most one fits; refusing a tie keeps a
 * guess from ever being arbitrary.
 */
export function guessUtmZone(
  samples: readonly [x: number, y: number][],
  inCity: (lng: number, lat: number) => boolean,
): number | null {
  const fits: number[] = [];
  for (const epsg of GUESS_EPSG) {
    const project = projectorFor(epsg);
    if (project === null) continue;
    let inside = 0;
    for (const [x, y] of samples) {
      const p = project(x, y);
      if (p !== null && inCity(p[0], p[1])) inside++;
    }
    if (inside * 2 > samples.length) fits.push(epsg);
  }
  return fits.length === 1 ? fits[0] : null;
}
