import type { BinaryAttribute } from '@deck.gl/core';
import type { HexCells, PointSet } from '../record-types';

/** deck.gl binary data: `length` and typed arrays used as the GPU attributes as they are. */
export interface BinaryData {
  length: number;
  attributes: Record<string, BinaryAttribute>;
}

// One data object per point set and view: deck.gl compares `data` by identity, so rebuilding the
// layer list (every hover, zoom step or toggle) must not make it upload the buffers again.
const full = new WeakMap<PointSet, BinaryData>();
const positionsOnly = new WeakMap<PointSet, BinaryData>();

/**
 * RGBA bytes as colours: `normalized` tells deck.gl the bytes are its 0–255 colour format
 * (without it deck.gl warns on every layer whose default array type is Uint8ClampedArray).
 */
const colorAttribute = (value: Uint8Array): BinaryAttribute =>
  ({ value, size: 4, type: 'unorm8', normalized: true }) as BinaryAttribute;

/** Positions, colours and radii: the point layers. */
export function pointData(set: PointSet): BinaryData {
  let data = full.get(set);
  if (!data) {
    data = {
      length: set.length,
      attributes: {
        getPosition: { value: set.positions, size: 2 },
        getFillColor: colorAttribute(set.colors),
        getRadius: { value: set.radii, size: 1 },
      },
    };
    full.set(set, data);
  }
  return data;
}

/** Positions alone, for layers whose other props are constants (catchment discs, heatmap). */
export function positionData(set: PointSet): BinaryData {
  let data = positionsOnly.get(set);
  if (!data) {
    data = { length: set.length, attributes: { getPosition: { value: set.positions, size: 2 } } };
    positionsOnly.set(set, data);
  }
  return data;
}

const lengthOnly = new WeakMap<PointSet, { length: number }>();

/** Only the count, for a layer whose accessors read the set's arrays by index. */
export function countData(set: PointSet): { length: number } {
  let data = lengthOnly.get(set);
  if (!data) {
    data = { length: set.length };
    lengthOnly.set(set, data);
  }
  return data;
}

const cells = new WeakMap<HexCells, BinaryData>();

/** Hexagon cells: centres and colours. */
export function cellData(set: HexCells): BinaryData {
  let data = cells.get(set);
  if (!data) {
    data = {
      length: set.length,
      attributes: {
        getPosition: { value: set.positions, size: 2 },
        getFillColor: colorAttribute(set.colors),
      },
    };
    cells.set(set, data);
  }
  return data;
}
