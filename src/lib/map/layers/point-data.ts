import type { BinaryAttribute } from '@deck.gl/core';
import type { HexCells, PointSet } from '../record-types';

/** deck.gl binary data: `length` and typed arrays used as the GPU attributes as they are. */
export interface BinaryData {
  length: number;
  attributes: Record<string, BinaryAttribute>;
}

/**
 * One data object per set and view: deck.gl compares `data` by identity, so rebuilding the layer
 * list (every hover, zoom step or toggle) must not make it upload the buffers again.
 */
function perSet<S extends object, D>(build: (set: S) => D): (set: S) => D {
  const made = new WeakMap<S, D>();
  return (set) => {
    let data = made.get(set);
    if (data === undefined) {
      data = build(set);
      made.set(set, data);
    }
    return data;
  };
}

/**
 * RGBA bytes as colours: `normalized` tells deck.gl the bytes are its 0–255 colour format
 * (without it deck.gl warns on every layer whose default array type is Uint8ClampedArray).
 */
const colorAttribute = (value: Uint8Array): BinaryAttribute =>
  ({ value, size: 4, type: 'unorm8', normalized: true }) as BinaryAttribute;

/** Positions, colours and radii: the point layers. */
export const pointData = perSet((set: PointSet): BinaryData => ({
  length: set.length,
  attributes: {
    getPosition: { value: set.positions, size: 2 },
    getFillColor: colorAttribute(set.colors),
    getRadius: { value: set.radii, size: 1 },
  },
}));

/** Positions alone, for layers whose other props are constants (catchment discs). */
export const positionData = perSet((set: PointSet): BinaryData => ({
  length: set.length,
  attributes: { getPosition: { value: set.positions, size: 2 } },
}));

/** Only the count, for a layer whose accessors read the set's arrays by index (the heatmap). */
export const countData = perSet((set: PointSet) => ({ length: set.length }));

/** Hexagon cells: centres and colours. */
export const cellData = perSet((cells: HexCells): BinaryData => ({
  length: cells.length,
  attributes: {
    getPosition: { value: cells.positions, size: 2 },
    getFillColor: colorAttribute(cells.colors),
  },
}));
