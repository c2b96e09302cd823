import { describe, expect, it } from 'vitest';
import { otherCityMessage } from './other-city';

describe('a file about another town', () => {
  it('names the regions, kecamatan or points that say so', () => {
    expect(otherCityMessage([{ foreignRegion: '32.75' }, { foreignRegion: '32.75' }, {}])).toEqual({
      code: 'file_other_region',
      severity: 'error',
      params: { regions: '32.75' },
    });
    expect(otherCityMessage([{ foreignKecamatan: 'Gurah' }, { foreignKecamatan: 'Pare' }])).toEqual(
      { code: 'file_other_kecamatan', severity: 'error', params: { values: 'Gurah, Pare' } },
    );
    expect(otherCityMessage([{ pointInside: false }, { pointInside: false }, {}])).toEqual({
      code: 'file_outside_city',
      severity: 'error',
      params: { points: 2 },
    });
  });

  it('keeps a file with a single row of ours, or with nothing that points elsewhere', () => {
    expect(otherCityMessage([{ foreignRegion: '32.75' }, { cityCode: true }])).toBeNull();
    expect(otherCityMessage([{ pointInside: false }, { cityName: true }])).toBeNull();
    expect(otherCityMessage([{ pointInside: false }, { pointInside: true }])).toBeNull();
    // Unknown names only: each row is rejected on its own, no file verdict.
    expect(otherCityMessage([{}, {}])).toBeNull();
  });
});
