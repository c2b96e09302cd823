import { describe, expect, it } from 'vitest';
import { buildLayers, type MapLayerState } from './build-layers';
import { Z_ORDER } from './zorder';
import type { LayerToggles } from '../state/view-defaults';
import { EMPTY_MAP_RECORDS, emptyPointSet } from './map-points';
import { BANK_SAMPAH_POINTS_MAX } from './layers/record-types';

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
