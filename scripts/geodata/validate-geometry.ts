import type { MultiPolygon, Polygon, Position } from 'geojson';
import { isCounterClockwise, polygonsOf } from './winding.ts';

/** `[west, south, east, north]` in degrees. */
type BboxDeg = [number, number, number, number];

/** A generous box around Kota Kediri (the city spans ~111.96–112.06 E, ~7.76–7.87 S). */
const KEDIRI_BBOX: BboxDeg = [111.9, -7.9, 112.1, -7.7];

interface Segment {
  ring: number;
  index: number;
  a: Position;
  b: Position;
}

/** Sign of the turn a→b→c: >0 left, <0 right, 0 collinear (exact for these magnitudes). */
function orient(a: Position, b: Position, c: Position): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** Segments share a point: proper crossing, a touching endpoint, or a collinear overlap. */
export function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true;
  }
  return (
    (d1 === 0 && onSegment(q1, q2, p1)) ||
    (d2 === 0 && onSegment(q1, q2, p2)) ||
    (d3 === 0 && onSegment(p1, p2, q1)) ||
    (d4 === 0 && onSegment(p1, p2, q2))
  );
}

/** Collinear segments sharing more than one point. */
function collinearOverlap(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  if (orient(p1, p2, q1) !== 0 || orient(p1, p2, q2) !== 0) return false;
  const axis = p1[0] !== p2[0] ? 0 : 1;
  const lo = Math.max(Math.min(p1[axis], p2[axis]), Math.min(q1[axis], q2[axis]));
  const hi = Math.min(Math.max(p1[axis], p2[axis]), Math.max(q1[axis], q2[axis]));
  return hi > lo;
}

/**
 * Self-intersections of one polygon's rings (or all parts of a MultiPolygon): within a ring any
 * contact between non-adjacent edges; between rings a crossing or a shared stretch (rings may
 * touch at a point). Brute force over edge pairs with a bbox test: fine for a few hundred
 * vertices per kelurahan.
 */
function selfIntersections(polygons: Position[][][]): string[] {
  const segs: Segment[] = [];
  polygons.flat().forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++)
      segs.push({ ring: r, index: i, a: ring[i], b: ring[i + 1] });
  });
  const ringLen = polygons.flat().map((ring) => ring.length - 1);
  const problems: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    for (let j = i + 1; j < segs.length; j++) {
      const t = segs[j];
      if (
        Math.max(s.a[0], s.b[0]) < Math.min(t.a[0], t.b[0]) ||
        Math.max(t.a[0], t.b[0]) < Math.min(s.a[0], s.b[0]) ||
        Math.max(s.a[1], s.b[1]) < Math.min(t.a[1], t.b[1]) ||
        Math.max(t.a[1], t.b[1]) < Math.min(s.a[1], s.b[1])
      ) {
        continue;
      }
      if (s.ring === t.ring) {
        const n = ringLen[s.ring];
        const adjacent = t.index === s.index + 1 || (s.index === 0 && t.index === n - 1);
        // Neighbouring edges share a vertex by design; they are wrong only if they fold back.
        if (
          adjacent ? collinearOverlap(s.a, s.b, t.a, t.b) : segmentsIntersect(s.a, s.b, t.a, t.b)
        ) {
          problems.push(`ring ${s.ring} edges ${s.index} and ${t.index} intersect`);
        }
      } else if (crossesOrOverlaps(s, t)) {
        problems.push(`rings ${s.ring} and ${t.ring} intersect at edges ${s.index}/${t.index}`);
      }
    }
  }
  return problems;
}

function crossesOrOverlaps(s: Segment, t: Segment): boolean {
  if (collinearOverlap(s.a, s.b, t.a, t.b)) return true;
  const d1 = orient(t.a, t.b, s.a);
  const d2 = orient(t.a, t.b, s.b);
  const d3 = orient(s.a, s.b, t.a);
  const d4 = orient(s.a, s.b, t.b);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * Everything wrong with a (Multi)Polygon as GeoJSON for this project: unclosed rings, rings
 * under 4 positions, non-RFC 7946 winding, non-finite or out-of-`bbox` positions, and
 * self-intersections. Empty list = valid.
 */
export function geometryProblems(geometry: Polygon | MultiPolygon, bbox = KEDIRI_BBOX): string[] {
  const problems: string[] = [];
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0) problems.push('no polygons');
  polygons.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const where = `part ${p} ring ${r}`;
      if (ring.length < 4) problems.push(`${where}: ${ring.length} positions, need >= 4`);
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (!first || first[0] !== last[0] || first[1] !== last[1])
        problems.push(`${where}: not closed`);
      for (const [lng, lat] of ring) {
        if (!(lng >= bbox[0] && lng <= bbox[2] && lat >= bbox[1] && lat <= bbox[3])) {
          problems.push(`${where}: position ${lng},${lat} outside bbox`);
          break;
        }
      }
      if (ring.length >= 4 && isCounterClockwise(ring) !== (r === 0)) {
        problems.push(`${where}: ${r === 0 ? 'outer ring not CCW' : 'hole not CW'}`);
      }
    });
  });
  return problems.concat(selfIntersections(polygons));
}
