import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { Geodesic } from 'geographiclib-geodesic';
import { union } from '@turf/union';
import { intersect } from '@turf/intersect';
import { area } from '@turf/area';
import { featureCollection, polygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { prepareCity } from '../../src/lib/coverage/city';
import { coverageReport, type CoverageReport } from '../../src/lib/coverage/coverage-report';
import { collectEdges, insideByCrossings } from '../../src/lib/geo/edges';
import { assignPoints } from '../../src/lib/geo/point-index';
import { deepFreeze, FIXTURES, golden, loadKelurahan, readJson } from './coverage-helpers';

const fc = loadKelurahan();
const city = prepareCity(fc);

describe('golden: 40 sites at 500 m over the real kelurahan', () => {
  const input = deepFreeze(
    readJson<{ radius_m: number; sites: [number, number][] }>(
      resolve(FIXTURES, 'in/kediri-40-sites.json'),
    ),
  );
  const sites = Float64Array.from(input.sites.flat());
  const report = coverageReport(city, sites, input.radius_m);
  const rounded: CoverageReport = {
    ...report,
    kelurahan: report.kelurahan.map((r) => ({ ...r, covered_pct: round4(r.covered_pct) })),
    city: { ...report.city, covered_pct: round4(report.city.covered_pct) },
  };

  it('matches the reviewed output', () => {
    expect(rounded).toEqual(golden('kediri-40-sites.json', rounded));
    expect(report.kelurahan).toHaveLength(46);
    expect(report.sites_total).toBe(40);
  });

  it('agrees within 0.05 pp with geodesic 256-gons clipped by Turf (an independent computation)', () => {
    // Each disc: 256 points at exactly R metres along WGS84 geodesics (GeographicLib). Turf's own
    // buffer works on a sphere (500 m there is ~497 m north-south here), so it is not used.
    const discs = input.sites.map(([lng, lat]) => {
      const ring: [number, number][] = [];
      for (let i = 0; i < 256; i++) {
        const p = Geodesic.WGS84.Direct(lat, lng, (360 * i) / 256, input.radius_m);
        ring.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
      }
      ring.reverse(); // clockwise azimuths → counter-clockwise ring
      ring.push(ring[0]);
      return polygon([ring]);
    }) as Feature<Polygon | MultiPolygon>[];
    const merged = union(featureCollection(discs))!;
    let worst = 0;
    fc.features.forEach((kel, k) => {
      const cut = intersect(featureCollection<Polygon | MultiPolygon>([kel, merged]));
      const turfPct = cut ? (100 * area(cut)) / area(kel) : 0;
      worst = Math.max(worst, Math.abs(turfPct - report.kelurahan[k].covered_pct));
    });
    // Turf's spherical area scales both areas alike, so the ratio is ellipsoid-true to ~1e-4; the
    // 256-gon misses 1e-4 of each disc's area.
    expect(worst).toBeLessThan(0.05);
  }, 60_000);
});

describe('every point has exactly one owner, shared vertices included', () => {
  const edges = collectEdges(fc.features);
  // Every vertex of every kelurahan: a vertex in the interior of the city lies on 2+ kelurahan.
  const pts: number[] = [];
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) for (const [x, y] of ring) pts.push(x, y);
  }
  const owners = assignPoints(city.pointIndex, Float64Array.from(pts));

  it('gives each vertex the one kelurahan whose half-open crossing test contains it', () => {
    let multi = 0;
    for (let i = 0; i < owners.length; i++) {
      const inside = fc.features
        .map((_, k) => k)
        .filter((k) => insideByCrossings(edges, k, pts[2 * i], pts[2 * i + 1]));
      if (inside.length > 1) multi++;
      expect(owners[i]).toBe(inside.length === 1 ? inside[0] : -1);
    }
    expect(multi).toBe(0);
  });

  it('is deterministic and matches the reviewed owners', () => {
    const again = assignPoints(city.pointIndex, Float64Array.from(pts));
    expect(Array.from(again)).toEqual(Array.from(owners));
    const byKode = Array.from(owners, (k) => (k >= 0 ? city.kodes[k] : null));
    const counts: Record<string, number> = {};
    for (const k of byKode) counts[k ?? 'outside'] = (counts[k ?? 'outside'] ?? 0) + 1;
    expect(counts).toEqual(golden('vertex-owners.json', counts));
  });
});

function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
