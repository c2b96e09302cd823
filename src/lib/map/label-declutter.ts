/** A label's box on screen: centre and half sizes in CSS pixels. */
export interface LabelBox {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

/**
 * Which labels to draw so that none overlaps another: taken in the order given (most important
 * first), a label is kept unless its box overlaps one already kept. Boxes that only touch do not
 * overlap. A hidden label hides nothing, so a less important label may show where the one that
 * would have covered it was itself crowded out. O(n²): meant for the city's 46 names.
 */
export function declutter(boxes: readonly LabelBox[]): boolean[] {
  const kept: LabelBox[] = [];
  return boxes.map((box) => {
    const overlaps = kept.some(
      (k) =>
        Math.abs(k.x - box.x) < k.halfWidth + box.halfWidth &&
        Math.abs(k.y - box.y) < k.halfHeight + box.halfHeight,
    );
    if (!overlaps) kept.push(box);
    return !overlaps;
  });
}
