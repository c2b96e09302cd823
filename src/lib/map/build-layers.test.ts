import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { buildLayers, type MapLayerState } from './build-layers';
import { Z_ORDER, type LayerId } from './zorder';
import { CHOROPLETH_RAMP, KELURAHAN_FILL } from './colors';
import type { LayerToggles } from '../explore/view-defaults';
import { choroplethOf } from '../explore/choropleth';
import type { KelurahanCoverage } from '../coverage/result';
import type { KelurahanFeature } from '../model/kelurahan';
import { EMPTY_MAP_RECORDS, emptyPointSet } from './map-points';
import { homeCareHeatmapLayer } from './layers/heatmap-layer';
import { BANK_SAMPAH_POINTS_MAX, type PointSet } from './record-types';

const ALL_ON: LayerToggles = {
  bank_sampah_points: true,
  prodamas_points: true,
  home_care_points: true,
  home_care_heatmap: true,
  catchments: true,
  // The overlap image needs the DOM's ImageData; its layer is covered by the e2e test.
  overlap: false,
  choropleth: true,
};

const state = (patch: Partial<MapLayerState>): MapLayerState => ({
  kelurahan: { type: 'FeatureCollection', features: [] },
  kecamatan: { type: 'FeatureCollection', features: [] },
  kota: { type: 'FeatureCollection', features: [] },
  selectedKode: null,
  toggles: ALL_ON,
  zoom: 15,
  allowPersonalLocations: true,
  records: EMPTY_MAP_RECORDS,
  heatmap: homeCareHeatmapLayer,
  radiusM: { bank_sampah: 500, prodamas: 120, home_care: 500 },
  overlap: null,
  choropleth: null,
  ...patch,
});

const ids = (s: MapLayerState) => buildLayers(s).map((layer) => layer.id);

describe('buildLayers', () => {
  it('lists layers in zorder.ts order', () => {
    const out = ids(state({}));
    expect(out).toEqual(
      [...out].sort((a, b) => Z_ORDER.indexOf(a as never) - Z_ORDER.indexOf(b as never)),
    );
    expect(out).toContain('home-care-points');
    expect(out).toContain('prodamas-points');
  });

  it('draws no Home Care layer when personal locations are not allowed', () => {
    const out = ids(state({ allowPersonalLocations: false }));
    expect(out.filter((id) => id.startsWith('home-care'))).toEqual([]);
    expect(out).toContain('bank-sampah-points');
  });

  it('switches dense programmes to hexagons below the points zoom', () => {
    const out = ids(state({ zoom: 12 }));
    expect(out).toContain('prodamas-hex');
    expect(out).toContain('home-care-hex');
    expect(out).not.toContain('prodamas-points');
    expect(out).toContain('bank-sampah-points');
  });

  it('aggregates bank sampah to hexagons at city zoom only beyond BANK_SAMPAH_POINTS_MAX sites', () => {
    const many = { ...emptyPointSet(), length: BANK_SAMPAH_POINTS_MAX + 1 };
    const records = { ...EMPTY_MAP_RECORDS, bankSampah: many };
    const city = ids(state({ zoom: 12, records }));
    expect(city).toContain('bank-sampah-hex');
    expect(city).not.toContain('bank-sampah-points');
    expect(city).not.toContain('bank-sampah-catchments');
    const street = ids(state({ zoom: 15, records }));
    expect(street).toContain('bank-sampah-points');
    expect(street).toContain('bank-sampah-catchments');
    const few = { ...EMPTY_MAP_RECORDS, bankSampah: { ...many, length: BANK_SAMPAH_POINTS_MAX } };
    expect(ids(state({ zoom: 12, records: few }))).toContain('bank-sampah-catchments');
  });
});

// Props and update triggers: deck.gl redraws an accessor only when its trigger changes, so a
// radius or metric that does not reach the triggers leaves stale discs or fills on screen.

const layerById = (s: MapLayerState, id: LayerId): Layer => {
  const layer = buildLayers(s).find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer;
};

// deck.gl types accessors per layer class; the tests read them as plain functions of one datum.
type Props = Record<string, unknown> & { updateTriggers: Record<string, unknown> };
const props = (layer: Layer) => layer.props as unknown as Props;
const call = (accessor: unknown, datum: unknown) => (accessor as (d: unknown) => unknown)(datum);

const onePoint = (lng: number, lat: number): PointSet => ({
  ...emptyPointSet(),
  length: 1,
  positions: Float64Array.of(lng, lat),
});
const site = onePoint(112.01, -7.81);
const home = onePoint(112.02, -7.82);
const records = { ...EMPTY_MAP_RECORDS, bankSampah: site, homes: home };
/** The typed array a layer draws its positions from (deck.gl binary attributes). */
const positionsOf = (p: Props) =>
  (p.data as { attributes: { getPosition: { value: Float64Array } } }).attributes.getPosition.value;

const square = (kode: string, x: number): KelurahanFeature => ({
  type: 'Feature',
  properties: { kode, nama: kode, kode_kec: '35.71.01', nama_kec: 'K', area_km2: 1, label: [x, 0] },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});

describe('layer props and update triggers', () => {
  it('draws catchments with the chosen radius in metres and re-runs getRadius when it changes', () => {
    const s = state({ records, radiusM: { bank_sampah: 650, prodamas: 120, home_care: 1200 } });
    const bank = props(layerById(s, 'bank-sampah-catchments'));
    expect(bank.radiusUnits).toBe('meters');
    expect(bank.getRadius).toBe(650);
    expect(bank.updateTriggers.getRadius).toBe(650);
    expect(positionsOf(bank)).toBe(site.positions);
    const homes = props(layerById(s, 'home-care-catchments'));
    expect(homes.getRadius).toBe(1200);
    expect(homes.updateTriggers.getRadius).toBe(1200);
    expect(positionsOf(homes)).toBe(home.positions);
  });

  it('changes the fill colours and their trigger when the choropleth metric changes', () => {
    // a has the lowest underserved score (least underserved: light end) and the fewest visits
    // (worst served for visits: dark end), so the same kelurahan flips ends between the metrics.
    const row = (kode: string, score: number, visits: number) =>
      ({ kode, underserved: { score }, homeCare: { visits } }) as unknown as KelurahanCoverage;
    const rows = [
      row('a', 1, 10),
      row('b', 2, 20),
      row('c', 3, 30),
      row('d', 4, 40),
      row('e', 5, 50),
    ];
    const kelurahan = {
      type: 'FeatureCollection' as const,
      features: [square('a', 0), square('b', 2)],
    };
    const fill = (metric: 'underserved_score' | 'home_care_visits') =>
      props(
        layerById(
          state({ kelurahan, choropleth: choroplethOf(rows, metric, 'quantile') }),
          'kelurahan-fill',
        ),
      );
    const score = fill('underserved_score');
    const visits = fill('home_care_visits');
    expect(call(score.getFillColor, kelurahan.features[0])).toEqual(CHOROPLETH_RAMP[0]);
    expect(call(visits.getFillColor, kelurahan.features[0])).toEqual(CHOROPLETH_RAMP[4]);
    expect(score.updateTriggers.getFillColor).not.toEqual(visits.updateTriggers.getFillColor);

    const plain = props(
      layerById(state({ kelurahan, toggles: { ...ALL_ON, choropleth: false } }), 'kelurahan-fill'),
    );
    expect(call(plain.getFillColor, kelurahan.features[0])).toEqual(KELURAHAN_FILL);
  });
});

describe('defined programmes', () => {
  it('get one points layer each, sorted at their place in zorder.ts', () => {
    const set = { ...emptyPointSet(), length: 1, positions: Float64Array.of(112, -7.8) };
    const meta = { names: { id: 'x', en: 'x' }, color: [0, 0, 0] as [number, number, number] };
    const records = {
      ...EMPTY_MAP_RECORDS,
      defined: [
        { program: 'emas', archetype: 'site' as const, ...meta, set },
        { program: 'kurnia', archetype: 'activity' as const, ...meta, set },
      ],
    };
    const out = ids(state({ records }));
    expect(out).toContain('defined-points:emas');
    expect(out.indexOf('defined-points:emas')).toBeGreaterThan(out.indexOf('home-care-points'));
    expect(out.indexOf('defined-points:emas')).toBeLessThan(out.indexOf('prodamas-points'));
    // Activities start off, like the Prodamas points; the user's choice wins either way.
    expect(out).not.toContain('defined-points:kurnia');
    const chosen = ids(state({ records, definedShown: { kurnia: true, emas: false } }));
    expect(chosen).toContain('defined-points:kurnia');
    expect(chosen).not.toContain('defined-points:emas');
  });
});
