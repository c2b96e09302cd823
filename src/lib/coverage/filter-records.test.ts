import { describe, expect, it } from 'vitest';
import { filterRecords } from './filter-records';
import { DEFAULT_OPTIONS, type CoverageFilters } from './options';

const NONE: CoverageFilters = {
  bankSampahStatus: null,
  prodamasYear: null,
  prodamasCategories: null,
  homeCareFrom: null,
  homeCareTo: null,
  homeCareGroups: null,
};

const input = Object.freeze({
  bankSampah: Object.freeze([
    { id: 'b1', status: 'aktif' as const },
    { id: 'b2', status: 'tidak_aktif' as const },
  ]),
  prodamas: Object.freeze([
    { id: 'p1', year: 2023, category: 'ekonomi' as const },
    { id: 'p2', year: 2024, category: 'ekonomi' as const },
    { id: 'p3', year: 2024, category: 'kesehatan' as const },
  ]),
  homeCare: Object.freeze([
    { id: 'h1', date: '2024-01-31', group: 'lansia' as const },
    { id: 'h2', date: '2024-02-01', group: 'disabilitas' as const },
    { id: 'h3', date: '2024-02-29', group: 'lansia' as const },
    { id: 'h4', date: '2024-03-01', group: 'bedridden' as const },
  ]),
});

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('filterRecords', () => {
  it('keeps everything when no filter is set', () => {
    const out = filterRecords(input, NONE);
    expect(ids(out.bankSampah)).toEqual(['b1', 'b2']);
    expect(ids(out.prodamas)).toEqual(['p1', 'p2', 'p3']);
    expect(ids(out.homeCare)).toEqual(['h1', 'h2', 'h3', 'h4']);
  });

  it('counts only active bank sampah by default', () => {
    expect(ids(filterRecords(input, DEFAULT_OPTIONS.filters).bankSampah)).toEqual(['b1']);
  });

  it('filters Prodamas by year and categories together', () => {
    const out = filterRecords(input, {
      ...NONE,
      prodamasYear: 2024,
      prodamasCategories: ['ekonomi'],
    });
    expect(ids(out.prodamas)).toEqual(['p2']);
  });

  it('treats the Home Care date range as inclusive at both ends', () => {
    const out = filterRecords(input, {
      ...NONE,
      homeCareFrom: '2024-02-01',
      homeCareTo: '2024-02-29',
    });
    expect(ids(out.homeCare)).toEqual(['h2', 'h3']);
  });

  it('filters Home Care by group, and an empty list keeps nothing', () => {
    expect(ids(filterRecords(input, { ...NONE, homeCareGroups: ['lansia'] }).homeCare)).toEqual([
      'h1',
      'h3',
    ]);
    expect(filterRecords(input, { ...NONE, homeCareGroups: [] }).homeCare).toEqual([]);
  });

  it('keeps record identity (no copies)', () => {
    expect(filterRecords(input, NONE).prodamas[0]).toBe(input.prodamas[0]);
  });
});
