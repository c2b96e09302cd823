import type { MultiPolygon, Polygon, Position } from 'geojson';

/** `[west, south, east, north]` in degrees. */
type BBox = [number, number, number, number];

/** SVG user units across the drawing. */
export const REPORT_MAP_WIDTH = 1000;

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings(geometry)) {
    for (const [lng, lat] of ring) {
      box[0] = Math.min(box[0], lng);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lng);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

export function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * An equirectangular frame around `focus` (padded by `padShare` of its size on each side):
 * x east, y south, degrees of longitude shrunk by cos(latitude) so shapes keep their proportions
 * at Kediri's 7.8° S. `height` follows from the box's aspect.
 */
export function reportFrame(focus: BBox, padShare = 0.12) {
  const padX = (focus[2] - focus[0]) * padShare;
  const padY = (focus[3] - focus[1]) * padShare;
  const view: BBox = [focus[0] - padX, focus[1] - padY, focus[2] + padX, focus[3] + padY];
  const cosLat = Math.cos((((view[1] + view[3]) / 2) * Math.PI) / 180);
  const scale = REPORT_MAP_WIDTH / ((view[2] - view[0]) * cosLat);
  const height = (view[3] - view[1]) * scale;
  const project = ([lng, lat]: Position): [number, number] => [
    (lng - view[0]) * cosLat * scale,
    (view[3] - lat) * scale,
  ];
  /** SVG path data of a polygon, rounded to 0.1 unit. */
  const path = (geometry: Polygon | MultiPolygon): string =>
    rings(geometry)
      .map(
        (ring) =>
          'M' +
          ring
            .map((p) => {
              const [x, y] = project(p);
              return `${x.toFixed(1)},${y.toFixed(1)}`;
            })
            .join('L') +
          'Z',
      )
      .join('');
  return { view, height, project, path };
}
