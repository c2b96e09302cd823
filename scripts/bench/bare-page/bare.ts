/**
 * The reference of `npm run bench:first-map`: the least a page needs to draw Jangkau's first
 * picture — MapLibre with the app's own self-contained style and a deck.gl overlay drawing the
 * shipped kelurahan polygons and their names. It sets the same performance mark as the app, on the
 * same definition (map `idle` and a deck.gl render with layers), so the two figures compare.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import kelurahanUrl from '../../../geodata/kelurahan.geojson?url';
import { buildStyle } from '../../../src/lib/map/style';
import {
  KELURAHAN_FILL,
  KELURAHAN_LINE,
  LABEL_HALO,
  LABEL_TEXT,
} from '../../../src/lib/map/colors';

type Kelurahan = Feature<Polygon | MultiPolygon, { nama: string; label: [number, number] }>;

maplibregl.setWorkerUrl(workerUrl);

/** The city's bounding box `[west, south, east, north]`, from the polygons themselves. */
function bboxOf(fc: FeatureCollection<Polygon | MultiPolygon>): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else (c as unknown[]).forEach(visit);
  };
  for (const f of fc.features) visit(f.geometry.coordinates);
  return box;
}

async function main(): Promise<void> {
  const container = document.getElementById('map') as HTMLElement;
  const kelurahan = (await (await fetch(kelurahanUrl)).json()) as FeatureCollection<
    Kelurahan['geometry'],
    Kelurahan['properties']
  >;
  const map = new maplibregl.Map({
    container,
    style: buildStyle(),
    bounds: bboxOf(kelurahan),
    fitBoundsOptions: { padding: 24 },
  });
  let idle = false;
  let deckDrew = false;
  const check = () => {
    if (!idle || !deckDrew || container.dataset.mapState === 'ready') return;
    container.dataset.mapState = 'ready';
    performance.mark('jangkau:first-map-draw');
  };
  map.once('idle', () => {
    idle = true;
    check();
  });
  const overlay = new MapLibreOverlay({
    interleaved: false,
    onAfterRender: () => {
      deckDrew = true;
      check();
    },
    layers: [
      new GeoJsonLayer({
        id: 'kelurahan',
        data: kelurahan,
        filled: true,
        stroked: true,
        getFillColor: KELURAHAN_FILL,
        getLineColor: KELURAHAN_LINE,
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
      }),
      new TextLayer<Kelurahan>({
        id: 'labels',
        data: kelurahan.features as Kelurahan[],
        getPosition: (f) => f.properties.label,
        getText: (f) => f.properties.nama,
        getSize: 12,
        sizeUnits: 'pixels',
        getColor: LABEL_TEXT,
        fontFamily: '"DejaVu Sans", "Liberation Sans", Arial, sans-serif',
        fontWeight: 600,
        fontSettings: { sdf: true },
        outlineWidth: 3,
        outlineColor: LABEL_HALO,
      }),
    ],
  });
  map.addControl(overlay);
}

void main();
