/**
 * A local metric frame for a city-sized area: an affine map from WGS84 `[lng, lat]` degrees to
 * metres east (`x`) and north (`y`) of an origin, scaled by the WGS84 radii of curvature at the
 * origin (prime vertical `N` for east-west, meridional `M` for north-south).
 *
 * Why affine: a straight GeoJSON edge in degrees stays a straight edge in metres, so point-in-polygon
 * answers are identical in both spaces and polygon areas are exact polygons in the frame.
 *
 * Distortion: the north-south scale is exact to ~3e²·sinφ·cosφ·Δφ (≈ 3e-6 over ±7 km). The
 * east-west scale drifts with latitude as `cos φ`: relative error ≈ |tan φ0 · Δφ|. For Kota Kediri
 * (φ0 ≈ −7.82°, the city spans ±0.06° of latitude) that is ≤ 1.5e-4 (0.015 %): a 500 m radius is
 * off by ≤ 7.5 cm and an area by ≤ 0.015 %. `local-frame.test.ts` checks distances against
 * GeographicLib geodesics.
 */

/** WGS84 semi-major axis in metres. */
const WGS84_A = 6378137;
/** WGS84 flattening. */
const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const DEG = Math.PI / 180;

export interface LocalFrame {
  /** Origin `[lng, lat]` in degrees. */
  readonly originLng: number;
  readonly originLat: number;
  /** Metres per degree of longitude (east) at the origin latitude. */
  readonly mPerDegLng: number;
  /** Metres per degree of latitude (north) at the origin latitude. */
  readonly mPerDegLat: number;
}

/** Creates a frame centred on `[originLng, originLat]` (degrees). */
export function createLocalFrame(originLng: number, originLat: number): LocalFrame {
  const s = Math.sin(originLat * DEG);
  const w = Math.sqrt(1 - E2 * s * s);
  const primeVertical = WGS84_A / w;
  const meridional = (WGS84_A * (1 - E2)) / (w * w * w);
  return {
    originLng,
    originLat,
    mPerDegLng: primeVertical * Math.cos(originLat * DEG) * DEG,
    mPerDegLat: meridional * DEG,
  };
}

/** Metres east of the frame origin for a longitude in degrees. */
export function toX(frame: LocalFrame, lng: number): number {
  return (lng - frame.originLng) * frame.mPerDegLng;
}

/** Metres north of the frame origin for a latitude in degrees. */
export function toY(frame: LocalFrame, lat: number): number {
  return (lat - frame.originLat) * frame.mPerDegLat;
}

/** Longitude in degrees for `x` metres east of the origin. */
export function toLng(frame: LocalFrame, x: number): number {
  return frame.originLng + x / frame.mPerDegLng;
}

/** Latitude in degrees for `y` metres north of the origin. */
export function toLat(frame: LocalFrame, y: number): number {
  return frame.originLat + y / frame.mPerDegLat;
}

/** Euclidean distance in the frame between two `[lng, lat]` points, in metres. */
export function frameDistanceM(
  frame: LocalFrame,
  lng1: number,
  lat1: number,
  lng2: number,
  lat2: number,
): number {
  const dx = (lng2 - lng1) * frame.mPerDegLng;
  const dy = (lat2 - lat1) * frame.mPerDegLat;
  return Math.hypot(dx, dy);
}
