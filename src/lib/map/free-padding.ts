/** A box in CSS pixels, in one coordinate space (the viewport). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Camera padding in CSS pixels, as MapLibre's `fitBounds` takes it. */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Below this free width or height a panel is not worth avoiding: the target would be a speck. */
export const MIN_FREE_PX = 120;

const SIDES = ['left', 'right', 'top', 'bottom'] as const;

function freeArea(map: Box, p: Padding): number {
  const width = map.right - map.left - p.left - p.right;
  const height = map.bottom - map.top - p.top - p.bottom;
  return width < MIN_FREE_PX || height < MIN_FREE_PX ? -1 : width * height;
}

/**
 * The padding that keeps a fitted target clear of the panels over the map. Each panel that
 * overlaps the map pushes the padding from one side — the side that leaves the largest free
 * rectangle — plus `marginPx`; a panel that cannot be avoided without leaving less than
 * {@link MIN_FREE_PX} either way is ignored. Pure: boxes in, padding out.
 */
export function paddingAround(map: Box, covers: readonly Box[], marginPx = 24): Padding {
  let padding: Padding = { top: marginPx, bottom: marginPx, left: marginPx, right: marginPx };
  for (const cover of covers) {
    const left = Math.max(cover.left, map.left);
    const right = Math.min(cover.right, map.right);
    const top = Math.max(cover.top, map.top);
    const bottom = Math.min(cover.bottom, map.bottom);
    if (left >= right || top >= bottom) continue;
    const push: Padding = {
      left: right - map.left + marginPx,
      right: map.right - left + marginPx,
      top: bottom - map.top + marginPx,
      bottom: map.bottom - top + marginPx,
    };
    let best: Padding | null = null;
    let bestArea = -1;
    for (const side of SIDES) {
      const candidate = { ...padding, [side]: Math.max(padding[side], push[side]) };
      const area = freeArea(map, candidate);
      if (area > bestArea) {
        best = candidate;
        bestArea = area;
      }
    }
    if (best && bestArea > 0) padding = best;
  }
  return padding;
}
