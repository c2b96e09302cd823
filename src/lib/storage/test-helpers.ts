import type { NewRecord } from './records-repo';

/** Small hand-made rows for the storage tests (codes are real Kota Kediri kelurahan). */

export const BUJEL = '35.71.01.1006';
export const POJOK = '35.71.01.1004';
const BURENGAN = '35.71.03.1015';

let dbCounter = 0;
/** A fresh database name per test, so tests never see each other's rows. */
export const freshDbName = (): string => `jangkau-test-${++dbCounter}-${Date.now()}`;

export function bankRow(sourceRow: number, over: Partial<NewRecord<'bank_sampah'>> = {}) {
  return {
    sourceRow,
    name: `Bank Sampah Uji ${sourceRow}`,
    kode: BUJEL,
    rw: 1,
    rt: 2,
    address: 'Jl. Uji',
    lng: 111.99,
    lat: -7.81,
    type: 'unit',
    status: 'aktif',
    established: '2019-05-01',
    members: 40,
    kgPerMonth: 250,
    ...over,
  } satisfies NewRecord<'bank_sampah'>;
}

export function prodamasRow(sourceRow: number, over: Partial<NewRecord<'prodamas'>> = {}) {
  return {
    sourceRow,
    year: 2024,
    kode: POJOK,
    rw: 3,
    rt: 1,
    category: 'infrastruktur',
    title: 'Paving jalan lingkungan',
    budgetRp: 40_000_000,
    progress: 100,
    lng: null,
    lat: null,
    ...over,
  } satisfies NewRecord<'prodamas'>;
}

export function visitRow(sourceRow: number, over: Partial<NewRecord<'home_care'>> = {}) {
  return {
    sourceRow,
    date: '2023-04-15',
    patientId: 'P-0001',
    kode: BURENGAN,
    rw: 2,
    rt: 4,
    lng: 112.03,
    lat: -7.83,
    service: 'pemeriksaan',
    group: 'lansia',
    ...over,
  } satisfies NewRecord<'home_care'>;
}

export function populationRow(sourceRow: number, over: Partial<NewRecord<'population'>> = {}) {
  return {
    sourceRow,
    year: 2025,
    kode: BUJEL,
    total: 7000,
    elderly: 770,
    source: 'estimasi (uji)',
    isEstimate: true,
    ...over,
  } satisfies NewRecord<'population'>;
}
