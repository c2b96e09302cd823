import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

const KODES = new Set(['35.71.01.1005', '35.71.03.1010']);

const DEFAULTS: UrlState = Object.freeze({
  camera: null,
  kode: null,
  metric: 'underserved_score',
  classMethod: 'quantile',
  layers: {
    bank_sampah_points: true,
    prodamas_points: false,
    home_care_points: false,
    home_care_heatmap: false,
    catchments: false,
    overlap: false,
    choropleth: true,
  },
  radiusM: { bank_sampah: 500, prodamas: 120, home_care: 500 },
  filters: {
    bankSampahStatus: ['aktif'],
    prodamasYear: null,
    prodamasCategories: null,
    homeCareFrom: null,
    homeCareTo: null,
    homeCareGroups: null,
  },
  locale: 'id',
  compare: null,
  demand: null,
}) as UrlState;

const FULL: UrlState = {
  camera: { center: [112.01234, -7.81234], zoom: 13.5 },
  kode: '35.71.03.1010',
  metric: 'home_care_visits',
  classMethod: 'jenks',
  layers: { ...DEFAULTS.layers, bank_sampah_points: false, home_care_heatmap: true },
  radiusM: { bank_sampah: 650, prodamas: 120, home_care: 1200 },
  filters: {
    bankSampahStatus: null,
    prodamasYear: 2023,
    prodamasCategories: ['ekonomi', 'infrastruktur'],
    homeCareFrom: '2024-02-01',
    homeCareTo: '2024-02-29',
    homeCareGroups: [],
  },
  locale: 'en',
  compare: {
    a: { from: '2023-01-01', to: '2023-12-31' },
    b: { from: '2024-03-01', to: '2024-06-30' },
  },
  demand: { program: 'rt_points', field: 'jiwa' },
};

describe('URL state', () => {
  it('reads a residents point layer, with or without a weight field, and refuses odd ones', () => {
    expect(parseUrlState('#demand=rt_points', KODES).demand).toEqual({
      program: 'rt_points',
      field: null,
    });
    expect(parseUrlState('#demand=rt_points:jiwa', KODES).demand).toEqual({
      program: 'rt_points',
      field: 'jiwa',
    });
    for (const bad of ['<b>', 'rt:jiwa:x', 'RT', 'rt:', ':jiwa'])
      expect(parseUrlState(`#demand=${encodeURIComponent(bad)}`, KODES).demand).toBeUndefined();
  });

  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULTS, DEFAULTS)).toBe('');
    expect(parseUrlState('', KODES)).toEqual({});
    expect(parseUrlState('#', KODES)).toEqual({});
  });

  it('writes a readable fragment', () => {
    expect(serializeUrlState(FULL, DEFAULTS)).toBe(
      'map=13.5/-7.81234/112.01234&kel=35.71.03.1010&metric=home_care_visits&class=jenks' +
        '&layers=home_care_heatmap,choropleth&radius=bank_sampah:650,home_care:1200' +
        '&bs=all&year=2023&cat=infrastruktur,ekonomi&group=&from=2024-02-01&to=2024-02-29' +
        '&compare=2023,2024-03-01..2024-06-30&demand=rt_points:jiwa&lang=en',
    );
  });

  it('round-trips every field', () => {
    const parsed = parseUrlState(`#${serializeUrlState(FULL, DEFAULTS)}`, KODES);
    const merged = {
      ...DEFAULTS,
      ...parsed,
      radiusM: { ...DEFAULTS.radiusM, ...parsed.radiusM },
      filters: { ...DEFAULTS.filters, ...parsed.filters },
    };
    // Lists come back in canonical order.
    expect(merged).toEqual({
      ...FULL,
      filters: { ...FULL.filters, prodamasCategories: ['infrastruktur', 'ekonomi'] },
    });
  });

  it('reads a single status, all statuses and the year "all"', () => {
    expect(parseUrlState('bs=tidak_aktif&year=all', KODES).filters).toEqual({
      bankSampahStatus: ['tidak_aktif'],
      prodamasYear: null,
    });
    const both = {
      ...DEFAULTS,
      filters: { ...DEFAULTS.filters, bankSampahStatus: ['tidak_aktif', 'aktif'] },
    };
    expect(serializeUrlState(both as UrlState, DEFAULTS)).toBe('bs=all');
  });

  it('rounds the camera to about a metre', () => {
    const state = {
      ...DEFAULTS,
      camera: { center: [112.0123456789, -7.8] as [number, number], zoom: 12.3456 },
    };
    expect(serializeUrlState(state, DEFAULTS)).toBe('map=12.35/-7.8/112.01235');
  });

  it('ignores hostile and malformed values without throwing', () => {
    const hostile = [
      'metric=<script>alert(1)</script>',
      'kel=<img src=x onerror=alert(1)>',
      'kel=35.71.99.9999',
      'lang=fr',
      'class=__proto__',
      'map=NaN/-7.8/112',
      'map=1e999/-7.8/112',
      'map=12/-7.8',
      'map=12/95/112',
      'map=25/-7.8/112',
      'radius=bank_sampah:99999999999999999999',
      'radius=bank_sampah:1e3',
      'radius=toString:500',
      'bs=aktif,<b>',
      'year=20235',
      'year=1850',
      'year=2023.5',
      'cat=ekonomi,constructor',
      'from=2024-02-30',
      'to=2024-13-01',
      'group=' + 'lansia,'.repeat(200),
      'layers=choropleth&layers=overlap',
      'unknown=1&__proto__=x&constructor=y',
      '%E0%A4%A',
      '&&&===',
    ].join('&');
    expect(() => parseUrlState(hostile, KODES)).not.toThrow();
    expect(parseUrlState(hostile, KODES)).toEqual({});
  });

  it('keeps the valid parameters next to bad ones', () => {
    expect(
      parseUrlState('kel=35.71.01.1005&metric=bogus&lang=en&lang=id&radius=prodamas:200', KODES),
    ).toEqual({ kode: '35.71.01.1005', radiusM: { prodamas: 200 } });
  });

  it('drops a reversed date range and a repeated key', () => {
    expect(parseUrlState('from=2024-03-01&to=2024-02-01', KODES)).toEqual({});
    expect(parseUrlState('from=2024-03-01&kel=35.71.01.1005&kel=35.71.03.1010', KODES)).toEqual({
      filters: { homeCareFrom: '2024-03-01' },
    });
  });

  it('reads an empty list as "none" and accepts a leap day', () => {
    expect(parseUrlState('layers=&cat=&to=2024-02-29', KODES)).toEqual({
      layers: Object.fromEntries(Object.keys(DEFAULTS.layers).map((k) => [k, false])),
      filters: { prodamasCategories: [], homeCareTo: '2024-02-29' },
    });
  });

  it('clamps and snaps a radius to the slider, so the slider and the engine agree', () => {
    // bank sampah slider: 300–800 m, step 10 from 300. 555 → (555 − 300) / 10 = 25.5 steps, a tie,
    // which HTML's range input rounds up: 300 + 26·10 = 560. 554 → 25.4 → 25 → 550.
    // home care: 200–3000 m, step 50. 225 → 0.5 steps → 1 → 250; 1210 → 20.2 → 20 → 1200.
    expect(parseUrlState('radius=bank_sampah:555', KODES)).toEqual({
      radiusM: { bank_sampah: 560 },
    });
    expect(parseUrlState('radius=bank_sampah:554,home_care:225,prodamas:120', KODES)).toEqual({
      radiusM: { bank_sampah: 550, home_care: 250, prodamas: 120 },
    });
    expect(parseUrlState('radius=home_care:1210', KODES)).toEqual({
      radiusM: { home_care: 1200 },
    });
    // Outside the slider's range: the nearest end, not the raw number.
    expect(parseUrlState('radius=bank_sampah:9000,prodamas:10,home_care:-5', KODES)).toEqual({
      radiusM: { bank_sampah: 800, prodamas: 50, home_care: 200 },
    });
  });

  it('reads two periods to compare and ignores a bad pair whole', () => {
    expect(parseUrlState('compare=2022,2024', KODES).compare).toEqual({
      a: { from: '2022-01-01', to: '2022-12-31' },
      b: { from: '2024-01-01', to: '2024-12-31' },
    });
    for (const bad of ['2022', '2022,', '2022,2024,2025', '2022,2024-06-30..2024-01-01', 'x,y'])
      expect(parseUrlState(`compare=${bad}`, KODES), bad).toEqual({});
    expect(parseUrlState('compare=2022,2024&compare=2021,2023', KODES)).toEqual({});
  });
});
