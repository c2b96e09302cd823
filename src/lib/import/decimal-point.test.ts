import { describe, expect, it } from 'vitest';
import { fixLostDecimal } from './decimal-point';

// Kota Kediri's box, padded 0.05° as checkLocation does.
const near = (lng: number, lat: number) =>
  lng >= 111.902 && lng <= 112.135 && lat >= -7.929 && lat <= -7.718;

describe('coordinates that lost their decimal point', () => {
  it('restores the single position that lands near the city', () => {
    // 1120123456 / 10^7 = 112.0123456 (10^8 gives 11.2, 10^6 gives 1120.1); -78123456 / 10^7.
    expect(fixLostDecimal(1120123456, -78123456, near)).toMatchObject({
      kind: 'fixed',
      lng: 112.0123456,
      lat: -7.8123456,
    });
    // Only the latitude lost it: the longitude is left alone.
    const one = fixLostDecimal(112.01, -781234, near);
    expect(one).toMatchObject({ kind: 'fixed', lng: 112.01, lat: -7.81234 });
    expect(one?.kind === 'fixed' && one.messages.map((m) => m.field)).toEqual(['lat']);
  });

  it('refuses when no position lands, and leaves ordinary points alone', () => {
    // Issue 10's example: -8.5622, 116.426104 is Lombok, not Kediri.
    expect(fixLostDecimal(1164261040, -85622000, near)).toEqual({
      kind: 'refused',
      message: {
        code: 'decimal_point_none',
        severity: 'warning',
        params: { value: '-85622000, 1164261040' },
      },
    });
    expect(fixLostDecimal(112.01, -7.81, near)).toBeNull();
    // Not an integer: a real out-of-range value, not a lost decimal point.
    expect(fixLostDecimal(1120.5, -7.81, near)).toBeNull();
  });

  it('refuses, naming the readings, when more than one lands', () => {
    // A city box 10× wider than a degree step admits two readings of 1120 (112.0 and 11.2).
    const wide = (lng: number, lat: number) => lng >= 10 && lng <= 120 && lat >= -8 && lat <= -7;
    expect(fixLostDecimal(1120, -7.5, wide)).toMatchObject({
      kind: 'refused',
      message: {
        code: 'decimal_point_ambiguous',
        params: { candidates: '-7.5, 112 / -7.5, 11.2' },
      },
    });
  });
});
