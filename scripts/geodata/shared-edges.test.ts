import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { edgeKeys, edgeTopology } from './shared-edges.ts';
import { rect } from './test-shapes.ts';

describe('edgeTopology', () => {
  it('two cells sharing an edge: 1 shared edge, 6 on the outline', () => {
    const topo = edgeTopology([rect(0, 0, 1, 1), rect(1, 0, 2, 1)]);
    expect(topo.shared).toBe(1);
    expect(topo.outline).toHaveLength(6);
    expect(topo.bad).toEqual([]);
    // Outline = the 2×1 rectangle's edges with the midpoints of its long sides as vertices.
    const outline: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(new Set(topo.outline)).toEqual(new Set(edgeKeys(outline)));
  });

  it('a vertex on one side only (T-junction) leaves lone edges inside the outline', () => {
    const right: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 0.5],
          [1, 0],
        ],
      ],
    };
    const topo = edgeTopology([rect(0, 0, 1, 1), right]);
    expect(topo.shared).toBe(0);
    expect(topo.outline).toHaveLength(9);
  });

  it('the same cell twice (full overlap) is flagged', () => {
    expect(edgeTopology([rect(0, 0, 1, 1), rect(0, 0, 1, 1)]).bad).toHaveLength(4);
  });
});
