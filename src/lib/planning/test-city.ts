import type { Position } from 'geojson';
import type { KelurahanCollection, KelurahanFeature, LngLat } from '../model/kelurahan';
import { createLocalFrame, toLat, toLng } from '../geo/local-frame';

/** Corners of the 2×2 block of 0.01° squares the synthetic city is made of (degrees). */
const XS = [112.0, 112.01, 112.02];
const YS = [-7.82, -7.81, -7.8];

/** The frame `prepareCity` builds for this city: centred on its bounding box (same arithmetic). */
export const TEST_FRAME = createLocalFrame((XS[0] + XS[2]) / 2, (YS[0] + YS[2]) / 2);

/**
 * Metre bounds `[x0, y0, x1, y1]` of the tiny kelurahan: 10 m × 10 m between the centres of a
 * 50 m grid aligned to the frame origin (centres at …, −525, −475, … m), inside the SW square.
 */
export const TINY_M = [-495, -495, -485, -485] as const;

/** The tiny kelurahan's label point in metres: inside it, off its centre. */
export const TINY_LABEL_M = [-493, -492] as const;

function ring(x0: number, y0: number, x1: number, y1: number): Position[] {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

function feature(i: number, rings: Position[][], label: LngLat): KelurahanFeature {
  return {
    type: 'Feature',
    properties: {
      kode: `35.71.01.100${i}`,
      nama: `K${i}`,
      kode_kec: '35.71.01',
      nama_kec: 'Test',
      area_km2: 1,
      label,
    },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

/**
 * A synthetic partition for tests: four 0.01° squares (SW, SE, NW, NE: kelurahan 0–3) and a
 * tiny 10 m square (kelurahan 4) filling a hole in the SW one. Real geometry, no mocks.
 */
export function testCity(): KelurahanCollection {
  const [tx0, ty0, tx1, ty1] = TINY_M;
  const tiny = ring(
    toLng(TEST_FRAME, tx0),
    toLat(TEST_FRAME, ty0),
    toLng(TEST_FRAME, tx1),
    toLat(TEST_FRAME, ty1),
  );
  const squares = [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ].map(([i, j], k) => {
    const outer = ring(XS[i], YS[j], XS[i + 1], YS[j + 1]);
    const rings = k === 0 ? [outer, [...tiny].reverse()] : [outer];
    return feature(k, rings, [(XS[i] + XS[i + 1]) / 2, (YS[j] + YS[j + 1]) / 2]);
  });
  const label: LngLat = [toLng(TEST_FRAME, TINY_LABEL_M[0]), toLat(TEST_FRAME, TINY_LABEL_M[1])];
  return { type: 'FeatureCollection', features: [...squares, feature(4, [tiny], label)] };
}
