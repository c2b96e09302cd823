import { describe, expect, it } from 'vitest';
import type { BankSampah, HomeCareVisit, ProdamasProject } from '../model/records';
import type { CoverageFilters } from '../coverage/options';
import { BANK_SAMPAH_STATUS_COLORS, HOME_CARE_COLOR, PRODAMAS_CATEGORY_COLORS } from './colors';
import { buildMapPoints, pointBuffers } from './map-points';
import { createLocalFrame } from '../geo/local-frame';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import type { DefinedRecord } from '../model/defined-record';

const FRAME = createLocalFrame(112, -7.82);

const NO_FILTERS: CoverageFilters = {
  bankSampahStatus: null,
  prodamasYear: null,
  prodamasCategories: null,
  homeCareFrom: null,
  homeCareTo: null,
  homeCareGroups: null,
};
const bank = (id: string, status: BankSampah['status'], lng: number | null) =>
  ({ id, status, lng, lat: lng === null ? null : -7.8 }) as BankSampah;
const project = (id: string, year: number, category: ProdamasProject['category']) =>
  ({ id, year, category, lng: 112.02, lat: -7.81 }) as ProdamasProject;
const visit = (id: string, patientId: string, date: string, lng: number) =>
  ({ id, patientId, date, group: 'lansia', lng, lat: -7.82 }) as HomeCareVisit;

const input = {
  bankSampah: [
    bank('a', 'aktif', 112.01),
    bank('b', 'tidak_aktif', 112.03),
    bank('c', 'aktif', null),
  ],
  prodamas: [project('p1', 2024, 'ekonomi'), project('p2', 2025, 'kesehatan')],
  homeCare: [
    visit('v1', 'P1', '2025-01-01', 112.05),
    visit('v2', 'P1', '2025-03-01', 112.05),
    visit('v3', 'P2', '2025-02-01', 112.06),
  ],
};

describe('buildMapPoints', () => {
  it('keeps located records under the filters, as [lng, lat] and RGBA per point', () => {
    const { sets, records } = buildMapPoints(
      input,
      { ...NO_FILTERS, bankSampahStatus: ['aktif'], prodamasYear: 2025 },
      true,
      FRAME,
    );
    expect(sets.bankSampah.length).toBe(1);
    expect([...sets.bankSampah.positions]).toEqual([112.01, -7.8]);
    expect([...sets.bankSampah.colors]).toEqual(BANK_SAMPAH_STATUS_COLORS.aktif);
    expect(records.bankSampah.map((r) => r.id)).toEqual(['a']);
    expect([...sets.prodamas.colors]).toEqual(PRODAMAS_CATEGORY_COLORS.kesehatan);
    expect(records.prodamas.map((r) => r.id)).toEqual(['p2']);
  });

  it('draws one point per home, sized and weighted by its visits; every visit for the heatmap', () => {
    const { sets, records } = buildMapPoints(input, NO_FILTERS, true, FRAME);
    expect(sets.homeCareVisits.length).toBe(3);
    expect(sets.homes.length).toBe(2);
    expect([...sets.homes.positions]).toEqual([112.05, -7.82, 112.06, -7.82]);
    // Two visits: 3 + 1.5·√(2 − 1) = 4.5 px; one visit: 3 px.
    expect([...sets.homes.radii]).toEqual([4.5, 3]);
    expect([...sets.homes.weights]).toEqual([2, 1]);
    expect([...sets.homes.colors.subarray(0, 4)]).toEqual(HOME_CARE_COLOR);
    expect(records.homes[0].latest.id).toBe('v2');
  });

  it('leaves Home Care out when personal locations are not allowed', () => {
    const { sets, records } = buildMapPoints(input, NO_FILTERS, false, FRAME);
    expect(sets.homes.length + sets.homeCareVisits.length).toBe(0);
    expect(records.homes).toEqual([]);
    expect(sets.bankSampah.length).toBe(2);
  });

  it('hands over every buffer for transfer, none twice', () => {
    const { sets } = buildMapPoints(input, NO_FILTERS, true, FRAME);
    const buffers = pointBuffers(sets);
    // Four point sets of four arrays, three cell sets of three.
    expect(buffers).toHaveLength(25);
    expect(new Set(buffers).size).toBe(25);
  });
});

describe('buildMapPoints for defined programmes', () => {
  const spot = (id: string, lng: number | null, status = 'aktif') =>
    ({
      id,
      program: 'emas',
      kode: 'k',
      rw: null,
      rt: null,
      lng,
      lat: lng === null ? null : -7.8,
      values: { status },
    }) as unknown as DefinedRecord;
  const loan = { ...spot('l', 112.02), program: 'kurnia', values: {} } as DefinedRecord;
  const defined = [
    {
      definition: SHIPPED_PROGRAMS.find((p) => p.id === 'emas')!,
      // A closed spot is not drawn: the engine's rule (the definition's `active` statuses).
      records: [spot('s1', 112.01), spot('s2', null), spot('s3', 112.03, 'tutup')],
    },
    { definition: SHIPPED_PROGRAMS.find((p) => p.id === 'kurnia')!, records: [loan] },
  ];

  it('draws located records in the programme colour; personal ones only in the full view', () => {
    const full = buildMapPoints({ ...input, defined }, NO_FILTERS, true, FRAME).sets.defined;
    expect(full.map((d) => [d.program, d.set.length])).toEqual([
      ['emas', 1],
      ['kurnia', 1],
    ]);
    expect([...full[0].set.colors]).toEqual([0, 158, 115, 255]);
    expect([...full[0].set.positions]).toEqual([112.01, -7.8]);
    // Kurnia borrowers are personal: a public view gets no point of theirs.
    const shared = buildMapPoints({ ...input, defined }, NO_FILTERS, false, FRAME).sets.defined;
    expect(shared.map((d) => d.program)).toEqual(['emas']);
  });
});
