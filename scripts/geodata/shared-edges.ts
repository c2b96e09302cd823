import type { MultiPolygon, Polygon } from 'geojson';
import { polygonsOf } from './winding.ts';

/** How the edges of a set of polygons fit together. */
export interface EdgeTopology {
  /** Edges used by exactly two rings, once in each direction: shared boundaries. */
  shared: number;
  /** Keys (see {@link edgeKeys}) of edges used once: the outline of the whole. */
  outline: string[];
  /** Edges used twice in the same direction or more than twice: overlapping parts. */
  bad: string[];
}

/**
 * Count how every edge (pair of consecutive vertices) is used across all polygons. In a
 * topological partition with consistent winding each interior edge appears exactly twice, in
 * opposite directions, and every other edge once (on the outline); a vertex present on one side
 * of a boundary but not the other shows up as extra outline edges. Comparison is exact, so run it
 * on the coordinates as written.
 */
export function edgeTopology(geometries: readonly (Polygon | MultiPolygon)[]): EdgeTopology {
  const uses = new Map<string, number[]>();
  for (const g of geometries) {
    for (const [key, dir] of directedEdges(g)) {
      const list = uses.get(key) ?? [];
      list.push(dir);
      uses.set(key, list);
    }
  }
  const result: EdgeTopology = { shared: 0, outline: [], bad: [] };
  for (const [key, dirs] of uses) {
    if (dirs.length === 1) result.outline.push(key);
    else if (dirs.length === 2 && dirs[0] !== dirs[1]) result.shared += 1;
    else result.bad.push(key);
  }
  return result;
}

/** Every edge of a geometry as `[undirected key, +1 | -1 direction]`. */
function* directedEdges(g: Polygon | MultiPolygon): Generator<[string, number]> {
  for (const rings of polygonsOf(g)) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = `${ring[i][0]},${ring[i][1]}`;
        const b = `${ring[i + 1][0]},${ring[i + 1][1]}`;
        yield a < b ? [`${a};${b}`, 1] : [`${b};${a}`, -1];
      }
    }
  }
}

/** Undirected edge keys of a geometry, comparable with {@link EdgeTopology.outline}. */
export function edgeKeys(g: Polygon | MultiPolygon): string[] {
  return [...directedEdges(g)].map(([key]) => key);
}
