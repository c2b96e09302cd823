/** A CRS named by a file, read: degrees (WGS84 or CRS84), an EPSG code, or text we cannot read. */
export type CrsName =
  { kind: 'wgs84' } | { kind: 'epsg'; epsg: number } | { kind: 'unknown'; text: string };

/**
 * Reads a CRS name as GeoJSON (2008) and GIS exports write it: `urn:ogc:def:crs:EPSG::32749`,
 * `EPSG:32749`, `epsg:4326`, `urn:ogc:def:crs:OGC:1.3:CRS84`, or a bare number.
 */
export function parseCrsName(text: string): CrsName {
  const t = text.trim();
  if (/crs84$/i.test(t) || /^(?:urn:ogc:def:crs:)?epsg:{1,2}4326$/i.test(t))
    return { kind: 'wgs84' };
  const m = /^(?:urn:ogc:def:crs:)?epsg:(?:[\d.]*:)?(\d{4,5})$/i.exec(t) ?? /^(\d{4,5})$/.exec(t);
  if (m) return Number(m[1]) === 4326 ? { kind: 'wgs84' } : { kind: 'epsg', epsg: Number(m[1]) };
  return { kind: 'unknown', text: t };
}

/** UTM zones covering Indonesia: 46 (Aceh) to 54 (Papua). */
const UTM_ZONES = [46, 47, 48, 49, 50, 51, 52, 53, 54];

/**
 * The candidates when no CRS is named: WGS 84 / UTM zones of Indonesia, north then south, and
 * DGN95 / Indonesia TM-3 zones (the land office's grid). Their false origins differ by hundreds of
 * kilometres, so one city's metres fit at most one of them.
 */
export const GUESS_EPSG: readonly number[] = [
  ...UTM_ZONES.map((z) => 32600 + z),
  ...UTM_ZONES.map((z) => 32700 + z),
  ...Array.from({ length: 16 }, (_, i) => 23830 + i),
];

/**
 * The proj4 definition and a readable name of an EPSG code used for Indonesian data, or null:
 * WGS 84 / UTM 46–54 N and S (326xx, 327xx), DGN95 / UTM (23866–23872 = 46N–52N,
 * 23877–23884 = 47S–54S), DGN95 / Indonesia TM-3 (23830–23845: zones 3° wide from 94.5° E,
 * k = 0.9999, false easting 200 km, false northing 1,500 km) and Web Mercator (3857). DGN95 uses
 * the WGS 84 ellipsoid with a zero datum shift, so its definitions differ only in name.
 */
export function crsDefinition(epsg: number): { def: string; name: string } | null {
  const utm = (zone: number, south: boolean, datum: string) =>
    `+proj=utm +zone=${zone}${south ? ' +south' : ''} ${datum} +units=m +no_defs`;
  const wgs = '+datum=WGS84';
  const dgn = '+ellps=WGS84 +towgs84=0,0,0,0,0,0,0';
  if (epsg >= 32646 && epsg <= 32654)
    return { def: utm(epsg - 32600, false, wgs), name: `UTM ${epsg - 32600}N (EPSG:${epsg})` };
  if (epsg >= 32746 && epsg <= 32754)
    return { def: utm(epsg - 32700, true, wgs), name: `UTM ${epsg - 32700}S (EPSG:${epsg})` };
  if (epsg >= 23866 && epsg <= 23872)
    return {
      def: utm(epsg - 23820, false, dgn),
      name: `DGN95 / UTM ${epsg - 23820}N (EPSG:${epsg})`,
    };
  if (epsg >= 23877 && epsg <= 23884)
    return {
      def: utm(epsg - 23830, true, dgn),
      name: `DGN95 / UTM ${epsg - 23830}S (EPSG:${epsg})`,
    };
  if (epsg >= 23830 && epsg <= 23845) {
    const lon0 = 94.5 + 3 * (epsg - 23830);
    return {
      def: `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=0.9999 +x_0=200000 +y_0=1500000 ${dgn} +units=m +no_defs`,
      name: `DGN95 / TM-3 ${lon0}° (EPSG:${epsg})`,
    };
  }
  if (epsg === 3857) return { def: 'EPSG:3857', name: 'Web Mercator (EPSG:3857)' };
  return null;
}

/**
 * Whether `[x, y]` is in projected metres rather than degrees: shaped like a UTM or TM-3 easting
 * (20–900 km) and northing (0–10,000 km), beyond any degree. A latitude that lost its decimal
 * point (-85622000) is negative, a longitude (1164261040) too large, so neither is taken for metres.
 */
export function looksLikeMetres(x: number, y: number): boolean {
  return x >= 20_000 && x <= 900_000 && y >= 0 && y <= 10_000_000 && (x > 180 || y > 90);
}
