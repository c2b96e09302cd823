import { describe, expect, it } from 'vitest';
import { cleanPartition } from './clean.ts';
import { checkPartition } from './partition-check.ts';
import { edgeTopology } from './shared-edges.ts';
import { rect } from './test-shapes.ts';

const D = 0.001; // ~110 m

describe('cleanPartition', () => {
  it('turns overlapping and gapped neighbours into a topological partition', async () => {
    // a/b overlap by ~1 m; b/c leave a ~2 m gap; full-width rows above and below enclose it.
    const input = [
      rect(112, -7.8, 112 + D, -7.8 + D),
      rect(112 + D - 1e-5, -7.8, 112 + 2 * D, -7.8 + D),
      rect(112 + 2 * D + 2e-5, -7.8, 112 + 3 * D, -7.8 + D),
      rect(112, -7.8 + D, 112 + 3 * D, -7.8 + 2 * D),
      rect(112, -7.8 - D, 112 + 3 * D, -7.8),
    ].map((geometry, i) => ({
      type: 'Feature' as const,
      properties: { kode: String(i) },
      geometry,
    }));
    const before = checkPartition(
      input.map((f) => ({ id: f.properties.kode, geometry: f.geometry })),
    );
    expect(before.overlaps.length).toBeGreaterThan(0);
    expect(before.gaps.length).toBeGreaterThan(0);

    const out = await cleanPartition(input);
    expect([...out.keys()].sort()).toEqual(['0', '1', '2', '3', '4']);
    const after = checkPartition([...out].map(([id, geometry]) => ({ id, geometry })));
    expect(after.overlaps.filter((o) => o.areaM2 > 1e-3)).toEqual([]);
    expect(after.gaps.filter((g) => g.areaM2 > 1e-3)).toEqual([]);
    expect(edgeTopology([...out.values()]).bad).toEqual([]);
  });
});
