import type { KodeKelurahan } from '../model/kelurahan';
import { fixLostDecimal } from './decimal-point';
import type { Bbox, ImportMessage, Locate } from './types';

/**
 * Kota Kediri's extent (WGS84), padded ~300 m around the kelurahan polygons of
 * `geodata/kelurahan.geojson` (111.9548…112.0824 E, 7.8762…7.7713 S). A quick reject before the
 * point-in-polygon lookup, and the inside test when no lookup is given.
 */
export const KEDIRI_BBOX: Bbox = {
  minLng: 111.952,
  minLat: -7.879,
  maxLng: 112.085,
  maxLat: -7.768,
};

export interface LocationInput {
  lng: number | null;
  lat: number | null;
}

export interface LocationResult {
  lng: number | null;
  lat: number | null;
  /** Kelurahan containing the (fixed) point; null when outside, unknown or no point. */
  locatedKode: KodeKelurahan | null;
  inside: boolean;
  messages: ImportMessage[];
}

export interface LocationContext {
  locate?: Locate;
  bbox: Bbox;
}

function inBbox(b: Bbox, lng: number, lat: number): boolean {
  return lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat;
}

/** The kelurahan at a point, '' when inside the city without a lookup, null when outside. */
function where(ctx: LocationContext, lng: number, lat: number): string | null {
  if (!inBbox(ctx.bbox, lng, lat)) return null;
  return ctx.locate ? ctx.locate(lng, lat) : '';
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** About 5 km around the city: a restored decimal point must land here to count. */
const NEAR_DEG = 0.05;

/**
 * Checks a point (see `checkPoint`); one that lost its decimal point is restored first when
 * exactly one position of it lands near the city, and dropped with a message saying so when
 * none or several do (see `fixLostDecimal`).
 */
export function checkLocation(input: LocationInput, ctx: LocationContext): LocationResult {
  const result = checkPoint(input, ctx);
  const { lng, lat } = input;
  if (lng === null || lat === null || result.inside) return result;
  const b = ctx.bbox;
  const near = (x: number, y: number) =>
    x >= b.minLng - NEAR_DEG &&
    x <= b.maxLng + NEAR_DEG &&
    y >= b.minLat - NEAR_DEG &&
    y <= b.maxLat + NEAR_DEG;
  const fix = fixLostDecimal(lng, lat, near);
  if (fix === null) return result;
  if (fix.kind === 'refused')
    return { lng: null, lat: null, locatedKode: null, inside: false, messages: [fix.message] };
  const fixed = checkPoint({ lng: fix.lng, lat: fix.lat }, ctx);
  return { ...fixed, messages: [...fix.messages, ...fixed.messages] };
}

/**
 * Checks a point: zero and one-sided locations are dropped, a point outside the city whose
 * swapped (or sign-corrected: Kediri is south of the equator, a positive latitude is a dropped
 * minus) version is inside is fixed with a warning; a point that stays outside is kept and
 * flagged; an impossible one (|lat| > 90, |lng| > 180) is dropped.
 */
function checkPoint(input: LocationInput, ctx: LocationContext): LocationResult {
  const { lng, lat } = input;
  const none = (messages: ImportMessage[]): LocationResult => ({
    lng: null,
    lat: null,
    locatedKode: null,
    inside: false,
    messages,
  });
  if (lng === null && lat === null) return none([]);
  if (lng === null || lat === null)
    return none([{ code: 'partial_location', severity: 'warning' }]);
  if (lng === 0 && lat === 0) return none([{ code: 'zero_location', severity: 'warning' }]);

  const direct = where(ctx, lng, lat);
  if (direct !== null)
    return { lng, lat, locatedKode: direct === '' ? null : direct, inside: true, messages: [] };
  const candidates: [lng: number, lat: number, fix: 'swap' | 'sign' | 'both'][] = [
    [lat, lng, 'swap'],
    [lng, -lat, 'sign'],
    [lat, -lng, 'both'],
  ];
  for (const [x, y, fix] of candidates) {
    const k = where(ctx, x, y);
    if (k === null) continue;
    const messages: ImportMessage[] = [];
    if (fix === 'swap' || fix === 'both')
      messages.push({
        code: 'swapped_latlng',
        severity: 'warning',
        params: { lng: round(x), lat: round(y) },
      });
    if (fix === 'sign' || fix === 'both')
      messages.push({ code: 'lat_sign_fixed', severity: 'warning', params: { lat: round(y) } });
    return { lng: x, lat: y, locatedKode: k === '' ? null : k, inside: true, messages };
  }
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return none([
      {
        code: 'coordinate_invalid',
        severity: 'warning',
        field: Math.abs(lat) > 90 ? 'lat' : 'lng',
        params: { value: `${lat}, ${lng}` },
      },
    ]);
  return {
    lng,
    lat,
    locatedKode: null,
    inside: false,
    messages: [
      { code: 'outside_city', severity: 'warning', params: { lng: round(lng), lat: round(lat) } },
    ],
  };
}
