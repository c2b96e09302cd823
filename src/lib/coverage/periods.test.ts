import { describe, expect, it } from 'vitest';
import { deepFreeze, loadKelurahan } from '../../../tests/unit/coverage-helpers';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import { puskesmas } from '../programs/test-definitions';
import { prepareCity } from './city';
import { comparePeriods } from './compare-periods';
import {
  parsePeriod,
  periodInput,
  periodOptions,
  periodText,
  yearPeriod,
  type PeriodBankSampah,
  type PeriodDefinedRecord,
  type PeriodSource,
} from './periods';
import { siteChanges } from './site-changes';
import { statusHistoryOf } from './status-history';
import type { HomeCareInput, ProdamasInput } from './input';
import type { Revision } from '../model/revision';

const fc = loadKelurahan();
const kode = (i: number) => fc.features[i].properties.kode;
const label = (i: number) => fc.features[i].properties.label;

const site = (
  id: string,
  k: number,
  established: string | null,
  status: 'aktif' | 'tidak_aktif',
  retiredOn?: string,
): PeriodBankSampah => ({
  id,
  name: `Bank Sampah ${id}`,
  kode: kode(k),
  lng: label(k)[0],
  lat: label(k)[1],
  status,
  established,
  ...(retiredOn ? { retiredOn } : {}),
});
const project = (year: number, k: number): ProdamasInput => ({
  kode: kode(k),
  lng: null,
  lat: null,
  year,
  rw: 1,
  rt: 1,
  category: 'infrastruktur',
  budgetRp: 100_000_000,
  progress: 100,
});
const visit = (date: string, k: number, patientId: string): HomeCareInput => ({
  kode: kode(k),
  lng: null,
  lat: null,
  date,
  patientId,
  group: 'lansia',
});

// Two tiny periods, 2022 and 2024, and what happened between them (hand-worked below):
// s1 open throughout; s2 founded in 2023 (opened); s3 retired on 15 March 2023 (closed);
// s4 inactive with no date and no history (taken as closed throughout); s5 inactive until a
// status change recorded on 1 February 2023 (opened).
const source: PeriodSource = deepFreeze({
  bankSampah: [
    site('s1', 0, '2020-05-01', 'aktif'),
    site('s2', 0, '2023-07-01', 'aktif'),
    site('s3', 1, '2019-01-10', 'tidak_aktif', '2023-03-15'),
    site('s4', 1, null, 'tidak_aktif'),
    site('s5', 2, '2018-06-01', 'aktif'),
  ],
  prodamas: [project(2022, 0), project(2023, 0), project(2024, 0), project(2024, 1)],
  homeCare: [
    visit('2022-12-31', 0, 'p1'),
    visit('2023-01-01', 0, 'p1'),
    visit('2024-06-01', 0, 'p2'),
    visit('2024-06-02', 0, 'p3'),
  ],
  population: [],
});
const revision = (
  recordId: string,
  at: string,
  before: string | null,
  after: string | null,
  target = 'bank_sampah',
): Revision => ({
  id: `rev-${recordId}-${at}`,
  recordId,
  target,
  at,
  by: 'test',
  kind: 'update',
  before: before === null ? null : { id: recordId, batchId: 'b', status: before },
  after: after === null ? null : { id: recordId, batchId: 'b', status: after },
  rev: 2,
  groupId: 'g',
});
const history = statusHistoryOf(
  [
    revision('s5', '2023-02-01T03:00:00.000Z', 'tidak_aktif', 'aktif'),
    // Same status before and after (a name edit): not a status change.
    revision('s1', '2023-05-01T03:00:00.000Z', 'aktif', 'aktif'),
    // Another programme's record with the same id: not bank sampah's.
    revision('s5', '2021-01-01T00:00:00.000Z', 'x', 'y', 'prodamas'),
  ],
  (target) => (target === 'bank_sampah' ? 'status' : null),
);
const y2022 = yearPeriod(2022);
const y2024 = yearPeriod(2024);

describe('period text', () => {
  it('reads a year and a date range, and writes them back', () => {
    expect(parsePeriod('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(parsePeriod('2024-03-01..2024-06-30')).toEqual({ from: '2024-03-01', to: '2024-06-30' });
    expect(periodText({ from: '2024-01-01', to: '2024-12-31' })).toBe('2024');
    expect(periodText({ from: '2024-03-01', to: '2024-06-30' })).toBe('2024-03-01..2024-06-30');
    expect(parsePeriod('2024-02-29..2024-02-29')).toEqual({ from: '2024-02-29', to: '2024-02-29' });
  });
  it('refuses anything else', () => {
    for (const bad of [
      '',
      '1999',
      '2101',
      '24',
      '2024-06-30..2024-03-01', // reversed
      '2023-02-29..2023-03-01', // no 29 February in 2023
      '2024-01-01..2024-02-01..2024-03-01',
      '2024-01-01',
      '2024-1-1..2024-2-1',
      'all',
    ])
      expect(parsePeriod(bad), bad).toBeNull();
  });
});

describe('statusHistoryOf', () => {
  it('keeps only status changes of the targets with a status field, oldest first', () => {
    expect([...history]).toEqual([
      ['bank_sampah\u0000s5', [{ on: '2023-02-01', from: 'tidak_aktif', to: 'aktif' }]],
    ]);
  });
});

describe('periodInput', () => {
  it('puts each site at the end of the period: founded by then, with the status it had then', () => {
    const at2022 = periodInput(source, y2022, history);
    const at2024 = periodInput(source, y2024, history);
    const statuses = (s: PeriodSource) => s.bankSampah.map((r) => `${r.id}:${r.status}`);
    // s2 is not founded yet in 2022; s3 was still open (retired 2023); s5 was still closed.
    expect(statuses(at2022.input)).toEqual([
      's1:aktif',
      's3:aktif',
      's4:tidak_aktif',
      's5:tidak_aktif',
    ]);
    expect(statuses(at2024.input)).toEqual([
      's1:aktif',
      's2:aktif',
      's3:tidak_aktif',
      's4:tidak_aktif',
      's5:aktif',
    ]);
    // s4 has no founding date and no history: said, in each period.
    expect(at2022.notes).toMatchObject({ undatedSites: 1, statusAsNow: 1 });
    // An unchanged record keeps its identity (no copy).
    expect(at2024.input.bankSampah[0]).toBe(source.bankSampah[0]);
  });

  it('takes the Prodamas years a period overlaps and the Home Care visits within it', () => {
    const at2022 = periodInput(source, y2022).input;
    expect(at2022.prodamas.map((p) => p.year)).toEqual([2022]);
    expect(at2022.homeCare.map((v) => v.date)).toEqual(['2022-12-31']);
    const range = periodInput(source, { from: '2023-03-01', to: '2024-06-01' }).input;
    expect(range.prodamas.map((p) => p.year)).toEqual([2023, 2024, 2024]);
    expect(range.homeCare.map((v) => v.date)).toEqual(['2024-06-01']);
  });

  it('places defined records by their date field: sites founded by the end, activities within', () => {
    const kurnia = SHIPPED_PROGRAMS.find((p) => p.id === 'kurnia')!;
    const emas = SHIPPED_PROGRAMS.find((p) => p.id === 'emas')!;
    const loan = (id: string, start: string | null): PeriodDefinedRecord => ({
      id,
      kode: kode(0),
      rw: 1,
      rt: 1,
      lng: null,
      lat: null,
      values: { start, amountRp: 1_000_000, status: 'berjalan' },
    });
    const spot = (id: string, status: string, retiredOn?: string): PeriodDefinedRecord => ({
      id,
      kode: kode(0),
      rw: null,
      rt: null,
      lng: null,
      lat: null,
      values: { name: id, status },
      ...(retiredOn ? { retiredOn } : {}),
    });
    const { input, notes } = periodInput(
      {
        ...source,
        defined: [
          {
            definition: kurnia,
            records: [loan('k1', '2022-04-01'), loan('k2', '2023-01-05'), loan('k3', null)],
          },
          { definition: emas, records: [spot('e1', 'aktif'), spot('e2', 'tutup', '2023-01-01')] },
        ],
      },
      y2022,
    );
    expect(input.defined?.[0].records.map((r) => r.id)).toEqual(['k1']);
    // Emas has no date field: every spot is there, e2 still open at the end of 2022.
    expect(input.defined?.[1].records.map((r) => `${r.id}:${r.values.status}`)).toEqual([
      'e1:aktif',
      'e2:aktif',
    ]);
    expect(notes).toMatchObject({ undatedRecords: 1, undatedPrograms: ['emas'] });
  });

  it('drops the time filters the period replaces and keeps the others', () => {
    const opts = periodOptions({
      filters: { prodamasYear: 2023, homeCareFrom: '2023-01-01', prodamasCategories: ['ekonomi'] },
      definedFilters: { kurnia: { from: { start: '2020-01-01' }, values: { status: ['lunas'] } } },
    });
    expect(opts.filters).toMatchObject({
      prodamasYear: null,
      homeCareFrom: null,
      homeCareTo: null,
      prodamasCategories: ['ekonomi'],
    });
    expect(opts.definedFilters).toEqual({ kurnia: { values: { status: ['lunas'] } } });
  });
});

describe('siteChanges', () => {
  it('lists the sites opened and closed from the end of one period to the end of the other', () => {
    const atA = periodInput(source, y2022, history).input;
    const atB = periodInput(source, y2024, history).input;
    const changes = siteChanges(source, atA, atB, y2022, y2024, history);
    // Opened first, then by kelurahan code (s2 in kelurahan 0, s5 in kelurahan 2), then closed.
    const opened = [
      { id: 's2', kode: kode(0), on: '2023-07-01' }, // founded
      { id: 's5', kode: kode(2), on: '2023-02-01' }, // status change recorded
    ].sort((x, y) => x.kode.localeCompare(y.kode));
    expect(changes.map((c) => [c.id, c.change, c.on])).toEqual([
      ...opened.map((o) => [o.id, 'opened', o.on]),
      ['s3', 'closed', '2023-03-15'], // retiredOn
    ]);
    // The other way round the same sites swap: what opened from 2022 to 2024 closed from 2024 to 2022.
    const back = siteChanges(source, atB, atA, y2024, y2022, history);
    expect(
      back
        .filter((c) => c.change === 'closed')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['s2', 's5']);
    expect(back.find((c) => c.id === 's3')).toMatchObject({ change: 'opened', on: '2023-03-15' });
  });

  it('dates a defined site’s closing by its retiredOn', () => {
    const def = puskesmas();
    const rec = (id: string, status: string, retiredOn?: string): PeriodDefinedRecord => ({
      id,
      kode: kode(3),
      rw: null,
      rt: null,
      lng: null,
      lat: null,
      values: { name: `PKM ${id}`, status },
      ...(retiredOn ? { retiredOn } : {}),
    });
    const src: PeriodSource = {
      ...source,
      defined: [
        { definition: def, records: [rec('p1', 'buka'), rec('p2', 'tutup', '2024-02-01')] },
      ],
    };
    const changes = siteChanges(
      src,
      periodInput(src, y2022).input,
      periodInput(src, y2024).input,
      y2022,
      y2024,
    ).filter((c) => c.program === 'puskesmas');
    expect(changes).toEqual([
      {
        program: 'puskesmas',
        id: 'p2',
        name: 'PKM p2',
        kode: kode(3),
        change: 'closed',
        on: '2024-02-01',
      },
    ]);
  });
});

describe('comparePeriods', () => {
  const city = prepareCity(fc);
  it('measures each period with the engine: counts per kelurahan as hand-worked', () => {
    const cmp = comparePeriods(city, source, {}, y2022, y2024, history);
    const count = (r: typeof cmp.resultA, k: number) => r.kelurahan[k].programs.bank_sampah.count;
    // Active bank sampah: kelurahan 0: s1 (2022) → s1, s2 (2024); kelurahan 1: s3 → none;
    // kelurahan 2: none → s5.
    expect([0, 1, 2].map((k) => count(cmp.resultA, k))).toEqual([1, 1, 0]);
    expect([0, 1, 2].map((k) => count(cmp.resultB, k))).toEqual([2, 0, 1]);
    // Prodamas: one project in kelurahan 0 in 2022; in 2024 one in kelurahan 0 and one in 1.
    expect([0, 1].map((k) => cmp.resultA.kelurahan[k].prodamas.projects)).toEqual([1, 0]);
    expect([0, 1].map((k) => cmp.resultB.kelurahan[k].prodamas.projects)).toEqual([1, 1]);
    // Home Care: 1 visit by 1 patient in 2022, 2 visits by 2 patients in 2024.
    expect(cmp.resultA.kelurahan[0].homeCare).toMatchObject({ visits: 1, patients: 1 });
    expect(cmp.resultB.kelurahan[0].homeCare).toMatchObject({ visits: 2, patients: 2 });
    expect(cmp.sites.map((s) => s.id).sort()).toEqual(['s2', 's3', 's5']);
    expect('overlap' in cmp.resultA).toBe(false);
  });
});
