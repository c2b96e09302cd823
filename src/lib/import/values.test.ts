import { describe, expect, it } from 'vitest';
import {
  parseCoordinate,
  parseDate,
  parseInteger,
  parseNumber,
  parseRtRw,
  parseRtRwPair,
} from './values';

describe('parseNumber', () => {
  it.each([
    ['1.234.567,89', 'decimal', 1234567.89],
    ['1,234,567.89', 'decimal', 1234567.89],
    ['Rp 100.000.000', 'money', 100_000_000],
    ['Rp 100.000.000,-', 'money', 100_000_000],
    ['Rp1.500.000', 'money', 1_500_000],
    ['Rp 3 juta', 'money', 3_000_000],
    ['1,5 jt', 'money', 1_500_000],
    ['25,000,000', 'money', 25_000_000],
    ['-7,8123', 'decimal', -7.8123],
    ['\u22127,8123', 'decimal', -7.8123],
    ['112.0123', 'decimal', 112.0123],
    ['1.500', 'integer', 1500],
    ['1.500', 'decimal', 1.5],
    ['1,5', 'decimal', 1.5],
    ['50%', 'decimal', 50],
    [' 85 ', 'integer', 85],
  ] as const)('%s (%s) = %d', (text, kind, expected) => {
    expect(parseNumber(text, kind)).toBeCloseTo(expected, 9);
  });

  it.each(['abc', '1.2.3', '12,34,5', '1..2', '', 'Rp', '10 kg'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('rejects fractions where a whole number is needed', () => {
    expect(parseInteger('2,5')).toBeNull();
    expect(parseInteger('2.500')).toBe(2500);
  });
});

describe('parseCoordinate', () => {
  // 7°49'12" = 7 + 49/60 + 12/3600 = 7.82 exactly; 112°0'36" = 112.01.
  it.each([
    [`7°49'12"S`, -7.82, 'lat'],
    [`7° 49' 12" LS`, -7.82, 'lat'],
    [`S 7 49 12`, -7.82, 'lat'],
    [`7 49 12 S`, -7.82, 'lat'],
    [`112°0'36"E`, 112.01, 'lng'],
    [`112° 0′ 36″ BT`, 112.01, 'lng'],
    [`7.82 S`, -7.82, 'lat'],
    [`LS 7,82`, -7.82, 'lat'],
  ] as const)('%s', (text, value, axis) => {
    expect(parseCoordinate(text)).toEqual({ value, axis });
  });

  it('reads decimal degrees with a decimal comma', () => {
    expect(parseCoordinate('-7,81234')).toEqual({ value: -7.81234 });
    expect(parseCoordinate(-7.5)).toEqual({ value: -7.5 });
  });

  it.each(['abc', `7°61'00"S`, 'N 7 S', ''])('rejects %j', (text) => {
    expect(parseCoordinate(text)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['12/01/2024', '2024-01-12'],
    ['12-01-2024', '2024-01-12'],
    ['12.01.24', '2024-01-12'],
    ['2024-01-12', '2024-01-12'],
    ['2024-01-12T10:30:00', '2024-01-12'],
    ['12 Januari 2024', '2024-01-12'],
    ['12 Agustus 2024', '2024-08-12'],
    ['1 Pebruari 2024', '2024-02-01'],
    ['12-Jan-2024', '2024-01-12'],
    ['Senin, 12 Februari 2024', '2024-02-12'],
    ['January 12, 2024', '2024-01-12'],
    ['29/02/2024', '2024-02-29'],
  ])('%s', (text, iso) => {
    expect(parseDate(text)).toEqual({ iso });
  });

  it('reads Excel serial dates (45292 = 2024-01-01) and Date cells', () => {
    expect(parseDate(45292)).toEqual({ iso: '2024-01-01' });
    expect(parseDate(new Date(Date.UTC(2024, 0, 12)))).toEqual({ iso: '2024-01-12' });
  });

  it('notes US order and year-only dates', () => {
    expect(parseDate('01/13/2024')).toEqual({ iso: '2024-01-13', note: 'us_order' });
    expect(parseDate('2014')).toEqual({ iso: '2014-01-01', note: 'year_only' });
  });

  it.each(['30/02/2024', '29/02/2023', '32/01/2024', 'kemarin', '13/13/2024', '12 Smarch 2024'])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('RT / RW', () => {
  it('reads single and combined cells', () => {
    expect(parseRtRw('RT 03')).toBe(3);
    expect(parseRtRw('rw.005')).toBe(5);
    expect(parseRtRw('0')).toBeNull();
    expect(parseRtRwPair('03/05')).toEqual({ rt: 3, rw: 5 });
    expect(parseRtRwPair('RT 03 RW 05')).toEqual({ rt: 3, rw: 5 });
  });
});
