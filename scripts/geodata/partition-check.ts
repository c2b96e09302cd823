import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicAreaM2 } from './area.ts';
import { polygonsOf } from './winding.ts';

/** One area of a partition, named by `id` (e.g. a kelurahan code). `[lng, lat]` degrees. */
export interface PartitionPart {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** One connected piece where two parts overlap. */
interface OverlapPiece {
  a: string;
  b: string;
  /** Ellipsoidal area of the piece, m². */
  areaM2: number;
}

/** One hole in the union of all parts (a place inside the outline that no part covers). */
interface GapPiece {
  /** Ellipsoidal area of the hole, m². */
  areaM2: number;
  /** First vertex of the hole, `[lng, lat]`, to find it on a map. */
  at: Position;
}

export interface PartitionReport {
  overlaps: OverlapPiece[];
  gaps: GapPiece[];
  /** Ellipsoidal area of the union of all parts (the outline, holes excluded), m². */
  unionAreaM2: number;
  /** Number of holes in the union: 0 for a clean partition. */
  unionHoleCount: number;
}

type Bbox = [number, number, number, number];

function bboxOf(geometry: Polygon | MultiPolygon): Bbox {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygonsOf(geometry)) {
    for (const [x, y] of rings[0]) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

function bboxesTouch(p: Bbox, q: Bbox): boolean {
  return p[0] <= q[2] && q[0] <= p[2] && p[1] <= q[3] && q[1] <= p[3];
}

function feature(geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry };
}

/**
 * Measure how far a set of polygons is from a clean partition: every connected piece where two
 * parts overlap, and every hole in their union (a gap between neighbours; the union's outer
 * outline is taken as the outline of the whole, so notches on the outside are not counted).
 * Areas are ellipsoidal (WGS84) m². Pieces of any size are returned, so that float noise from
 * the polygon clipper (pieces of a few cm²) stays visible; callers pick the threshold.
 */
export function checkPartition(parts: readonly PartitionPart[]): PartitionReport {
  const boxes = parts.map((p) => bboxOf(p.geometry));
  const overlaps: OverlapPiece[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (!bboxesTouch(boxes[i], boxes[j])) continue;
      const shared = intersect({
        type: 'FeatureCollection',
        features: [feature(parts[i].geometry), feature(parts[j].geometry)],
      });
      if (!shared) continue;
      for (const rings of polygonsOf(shared.geometry)) {
        const areaM2 = geodesicAreaM2({ type: 'Polygon', coordinates: rings });
        if (areaM2 > 0) overlaps.push({ a: parts[i].id, b: parts[j].id, areaM2 });
      }
    }
  }
  const all = union({ type: 'FeatureCollection', features: parts.map((p) => feature(p.geometry)) });
  const gaps: GapPiece[] = [];
  let unionAreaM2 = 0;
  if (all) {
    for (const rings of polygonsOf(all.geometry)) {
      for (const hole of rings.slice(1)) {
        gaps.push({
          areaM2: geodesicAreaM2({ type: 'Polygon', coordinates: [hole] }),
          at: hole[0],
        });
      }
      unionAreaM2 += geodesicAreaM2({ type: 'Polygon', coordinates: [rings[0]] });
    }
  }
  return { overlaps, gaps, unionAreaM2, unionHoleCount: gaps.length };
}

/** Figures for a report: pieces larger than `thresholdM2`, and the largest of each kind. */
export interface PartitionSummary {
  overlapPairs: number;
  overlapPieces: number;
  overlapTotalM2: number;
  overlapMaxM2: number;
  gapPieces: number;
  gapTotalM2: number;
  gapMaxM2: number;
}

/** Summarise a report, counting only pieces larger than `thresholdM2` (default 1 m²). */
export function summarisePartition(report: PartitionReport, thresholdM2 = 1): PartitionSummary {
  const overlaps = report.overlaps.filter((o) => o.areaM2 > thresholdM2);
  const gaps = report.gaps.filter((g) => g.areaM2 > thresholdM2);
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  return {
    overlapPairs: new Set(overlaps.map((o) => `${o.a}|${o.b}`)).size,
    overlapPieces: overlaps.length,
    overlapTotalM2: sum(overlaps.map((o) => o.areaM2)),
    overlapMaxM2: Math.max(0, ...report.overlaps.map((o) => o.areaM2)),
    gapPieces: gaps.length,
    gapTotalM2: sum(gaps.map((g) => g.areaM2)),
    gapMaxM2: Math.max(0, ...report.gaps.map((g) => g.areaM2)),
  };
}
