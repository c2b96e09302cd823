import { describe, expect, it } from 'vitest';
import type { Rgba } from '../map/colors';
import { boundFormat, choroplethLegend, exportLegend, type LegendClass } from './legend-model';

const RP = 'Rp\u00a0';
const A: Rgba = [255, 0, 0, 255];
const B: Rgba = [0, 0, 255, 51];
const C: Rgba = [0, 128, 0, 255];

describe('choroplethLegend', () => {
  it('lists each class as a range, a single value alone, then no data, with counts', () => {
    const classes: LegendClass[] = [
      { min: 0.1, max: 13.39, color: A, count: 10 },
      { min: 20, max: 20, color: B, count: 3 },
    ];
    expect(choroplethLegend('id', { unit: 'score', classes, noDataCount: 2 })).toEqual([
      { colour: 'rgba(255, 0, 0, 1.000)', label: '0,1 – 13,4', count: 10 },
      // 51/255 = 0.2 opacity.
      { colour: 'rgba(0, 0, 255, 0.200)', label: '20', count: 3 },
      // NO_DATA is [190, 190, 190, 150]: 150/255 = 0.588.
      { colour: 'rgba(190, 190, 190, 0.588)', label: 'Tidak ada data', count: 2 },
    ]);
  });

  it('writes large rupiah bounds in words, in each language', () => {
    const classes: LegendClass[] = [
      { min: 40_000_000, max: 1_500_000_000, color: A },
      { min: 1_600_000_000, max: 2_000_000_000, color: B },
    ];
    expect(
      choroplethLegend('id', { unit: 'rupiah', classes, noDataCount: 0 }).map((e) => e.label),
    ).toEqual([`${RP}40 juta – ${RP}1,5 miliar`, `${RP}1,6 miliar – ${RP}2 miliar`]);
    expect(
      choroplethLegend('en', { unit: 'rupiah', classes, noDataCount: 0 }).map((e) => e.label),
    ).toEqual([`${RP}40 million – ${RP}1.5 billion`, `${RP}1.6 billion – ${RP}2 billion`]);
  });

  it('adds a row for hidden counts before "no data"', () => {
    const legend = choroplethLegend('en', {
      unit: 'count',
      classes: [{ min: 5, max: 12, color: A }],
      noDataCount: 1,
      suppressed: { color: C, minCount: 5 },
    });
    expect(legend.map((e) => e.label)).toEqual(['5 – 12', 'Below 5 (hidden)', 'No data']);
    expect(legend[1].colour).toBe('rgba(0, 128, 0, 1.000)');
  });
});

describe('boundFormat', () => {
  it('takes the shortest form that keeps different bounds apart', () => {
    // 2.4 juta and 2.6 juta are apart at one decimal.
    const apart = boundFormat('id', 'rupiah', [
      { min: 2_400_000, max: 2_400_000 },
      { min: 2_600_000, max: 2_600_000 },
    ]);
    expect(apart(2_400_000)).toBe(`${RP}2,4 juta`);
    // 2,381,825 and 2,396,166 both round to 2,4 juta; at two decimals 2,38 and 2,4 differ.
    const twoDigits = boundFormat('id', 'rupiah', [{ min: 2_381_825, max: 2_396_166 }]);
    expect(twoDigits(2_381_825)).toBe(`${RP}2,38 juta`);
    expect(twoDigits(2_396_166)).toBe(`${RP}2,4 juta`);
    // 2,381,825 and 2,381,848 agree to 2,38 juta: only the full amounts tell them apart.
    const full = boundFormat('en', 'rupiah', [
      { min: 2_380_952, max: 2_381_825 },
      { min: 2_381_848, max: 2_396_166 },
    ]);
    expect(full(2_381_825)).toBe(`${RP}2,381,825`);
    expect(full(2_381_848)).toBe(`${RP}2,381,848`);
  });

  it('adds a decimal to percentages only when one place is not enough', () => {
    expect(boundFormat('en', 'pct', [{ min: 12.34, max: 50 }])(12.34)).toBe('12.3%');
    // 12.31 and 12.34 both read 12.3% at one place.
    expect(boundFormat('en', 'pct', [{ min: 12.31, max: 12.34 }])(12.34)).toBe('12.34%');
  });
});

describe('exportLegend', () => {
  it('lists the plain fill, the selection and the two boundary lines without a choropleth', () => {
    const rows = exportLegend('en', null, true);
    expect(rows.map((r) => [r.label, r.line ?? false])).toEqual([
      ['Kelurahan', false],
      ['Selected kelurahan', false],
      ['Kecamatan boundary', true],
      ['City boundary', true],
    ]);
  });

  it('lists the classes without counts before the boundary lines', () => {
    const rows = exportLegend(
      'id',
      { unit: 'pct', classes: [{ min: 0, max: 50, color: A, count: 4 }], noDataCount: 0 },
      false,
    );
    expect(rows[0]).toEqual({ colour: 'rgba(255, 0, 0, 1.000)', label: '0% – 50%' });
    expect(rows).toHaveLength(3);
  });
});
