import { describe, expect, it } from 'vitest';
import { crsDefinition, looksLikeMetres, parseCrsName } from './projection';
import { guessUtmZone, projectorFor } from './projector';

/**
 * Hand check, Snyder "Map Projections — A Working Manual" (USGS PP 1395), transverse Mercator on
 * the ellipsoid, eqs. 8-9…8-13, WGS84 (a = 6378137 m, 1/f = 298.257223563, e² = 0.00669438,
 * e'² = 0.00673950), point 112° E, 7.8° S:
 *   UTM 49S: λ0 = 111°, k0 = 0.9996, FE 500 km, FN 10,000 km.
 *     N = 6378530.2545 m, T = tan²φ = 0.0187643, C = e'²cos²φ = 0.0066154,
 *     A = (λ−λ0)cosφ = 0.0172918, M = −862532.661 m
 *     x = k0·N·(A + (1−T+C)A³/6 + …) = 110257.655 → E = 610257.655 m
 *     y = k0·(M + N·tanφ·(A²/2 + …)) = −862318.240 → N = 9137681.760 m
 *   DGN95 / TM-3 49.2 (EPSG:23836): λ0 = 112.5°, k0 = 0.9999, FE 200 km, FN 1,500 km
 *     → E = 144856.664 m, N = 637520.938 m.
 * The series is good to a millimetre this close to the central meridian; 1e-7° is 1 cm.
 */
describe('projected coordinates to WGS84', () => {
  it.each([
    [32749, 610257.655, 9137681.76],
    [23879, 610257.655, 9137681.76], // DGN95 / UTM 49S: WGS84 ellipsoid, zero shift
    [23836, 144856.664, 637520.938],
  ])('EPSG:%i (%f, %f) → 112° E, 7.8° S', (epsg, x, y) => {
    const p = projectorFor(epsg)?.(x, y);
    expect(p).not.toBeNull();
    expect(Math.abs(p![0] - 112)).toBeLessThan(1e-7);
    expect(Math.abs(p![1] + 7.8)).toBeLessThan(1e-7);
  });

  it('knows the UTM zones of Indonesia and DGN95, and nothing else', () => {
    expect(crsDefinition(32746)?.name).toBe('UTM 46S (EPSG:32746)');
    expect(crsDefinition(32654)?.name).toBe('UTM 54N (EPSG:32654)');
    expect(crsDefinition(23830)?.def).toContain('+lon_0=94.5 ');
    expect(crsDefinition(23845)?.def).toContain('+lon_0=139.5 ');
    expect(crsDefinition(32645)).toBeNull();
    expect(crsDefinition(32755)).toBeNull();
    expect(crsDefinition(2056)).toBeNull();
  });

  it.each([
    ['urn:ogc:def:crs:EPSG::32749', { kind: 'epsg', epsg: 32749 }],
    ['EPSG:32749', { kind: 'epsg', epsg: 32749 }],
    ['urn:ogc:def:crs:EPSG:9.8.1:23836', { kind: 'epsg', epsg: 23836 }],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', { kind: 'wgs84' }],
    ['EPSG:4326', { kind: 'wgs84' }],
    ['urn:ogc:def:crs:EPSG::4326', { kind: 'wgs84' }],
    ['WGS 84 / UTM zone 49S', { kind: 'unknown', text: 'WGS 84 / UTM zone 49S' }],
  ])('reads the CRS name %s', (text, parsed) => expect(parseCrsName(text)).toEqual(parsed));

  it('guesses zone 49S for Kediri metres, and no zone for metres elsewhere', () => {
    const kediri = (lng: number, lat: number) =>
      lng > 111.95 && lng < 112.09 && lat > -7.88 && lat < -7.76;
    expect(guessUtmZone([[610257.655, 9137681.76]], kediri)).toBe(32749);
    // The land office's grid: DGN95 / TM-3 zone 49.2 metres of the same point.
    expect(guessUtmZone([[144856.664, 637520.938]], kediri)).toBe(23836);
    // The same metres in zone 50S are 6° east (118° E, Sumbawa): not here.
    expect(guessUtmZone([[610257.655, 1137681.76]], kediri)).toBeNull();
    expect(looksLikeMetres(610257.655, 9137681.76)).toBe(true);
    expect(looksLikeMetres(1164261040, -85622000)).toBe(false);
    expect(looksLikeMetres(144856.664, 637520.938)).toBe(true);
    expect(looksLikeMetres(112.01, 7.81)).toBe(false);
  });
});
