import { describe, expect, it } from 'vitest';
import { formatMetric, formatPercent, formatPublished, formatRupiah } from './format-metric';

// Expected texts are written out by hand from the forms in format-metric.ts (Indonesian: dot
// groups thousands, comma marks decimals; English the other way round). NBSP joins "Rp".
const RP = 'Rp\u00a0';

describe('formatMetric', () => {
  it('writes shares in percent with one decimal, any size', () => {
    expect(formatPercent('id', 12.345)).toBe('12,3%');
    expect(formatPercent('en', 12.345)).toBe('12.3%');
    expect(formatMetric('id', 'pct', 1234.5)).toBe('1.234,5%');
    expect(formatMetric('en', 'pct', 1234.5)).toBe('1,234.5%');
    expect(formatMetric('en', 'pct', 100)).toBe('100%');
    expect(formatMetric('id', 'pct', 0)).toBe('0%');
  });

  it('writes rupiah in full with "Rp" in both languages', () => {
    expect(formatRupiah('id', 1_500_000_000)).toBe(`${RP}1.500.000.000`);
    expect(formatRupiah('en', 1_500_000_000)).toBe(`${RP}1,500,000,000`);
    // Rupiah have no cents in practice: 2,380,952.38 per resident rounds to the rupiah.
    expect(formatMetric('id', 'rupiah', 2_380_952.38)).toBe(`${RP}2.380.952`);
  });

  it('writes large rupiah in words when short', () => {
    expect(formatRupiah('id', 1_500_000_000, { short: true })).toBe(`${RP}1,5 miliar`);
    expect(formatRupiah('en', 1_500_000_000, { short: true })).toBe(`${RP}1.5 billion`);
    expect(formatRupiah('id', 40_000_000, { short: true })).toBe(`${RP}40 juta`);
    expect(formatRupiah('en', 2_450_000, { short: true })).toBe(`${RP}2.5 million`);
    expect(formatRupiah('id', 3.2e12, { short: true })).toBe(`${RP}3,2 triliun`);
    expect(formatRupiah('id', 2_381_825, { short: true, shortDigits: 2 })).toBe(`${RP}2,38 juta`);
    // Below a million there is no word: the full amount.
    expect(formatRupiah('id', 950_000, { short: true })).toBe(`${RP}950.000`);
    // 999,960,000 rounds to 1,000.0 juta: it is written as 1 miliar instead.
    expect(formatRupiah('id', 999_960_000, { short: true })).toBe(`${RP}1 miliar`);
  });

  it('writes rates with two decimals below 10 and one above', () => {
    expect(formatMetric('id', 'rate', 1.236)).toBe('1,24');
    expect(formatMetric('en', 'rate', 1234.56)).toBe('1,234.6');
    expect(formatMetric('id', 'rate', 1234.5)).toBe('1.234,5');
  });

  it('writes scores with one decimal and counts whole, a mean with one decimal', () => {
    expect(formatMetric('id', 'score', 66.666)).toBe('66,7');
    expect(formatMetric('id', 'count', 13_772)).toBe('13.772');
    expect(formatMetric('en', 'count', 13_772)).toBe('13,772');
    expect(formatMetric('en', 'days', 12.25)).toBe('12.3');
    expect(formatMetric('en', 'count', 2_500_000, { short: true })).toBe('2.5 million');
    expect(formatMetric('id', 'score', 13.394, { digits: 2 })).toBe('13,39');
  });

  it('writes missing and hidden values', () => {
    expect(formatPublished('id', 'count', { kind: 'none' }, 5)).toBe('–');
    expect(formatPublished('en', 'count', { kind: 'suppressed' }, 5)).toBe('<5');
    expect(formatPublished('en', 'pct', { kind: 'value', value: 50 }, 5)).toBe('50%');
  });
});
