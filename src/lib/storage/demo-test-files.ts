import {
  BANK_SAMPAH_COLUMNS,
  DEFINED_PLACE_COLUMNS,
  DEMO_FILES,
  PATIENT_COLUMNS,
  POPULATION_COLUMNS,
  PRODAMAS_COLUMNS,
  VISIT_COLUMNS,
  encodeTable,
} from './demo-format';
import { BUJEL, POJOK, bankRow, populationRow, prodamasRow, visitRow } from './test-helpers';

const place = (kode: string, rw: number, rt: number | null) => ({
  kode,
  rw,
  rt,
  lng: 111.99,
  lat: -7.81,
});

/**
 * A tiny demo set in the real file format: 2 bank sampah, 3 projects, 1 patient × 2 visits,
 * 1 population row; presets: 2 Emas spots, 1 Kurnia loan, 1 E-SPTPD tax object.
 */
export const TINY_DEMO_FILES: Readonly<Record<string, unknown>> = {
  [DEMO_FILES.bank_sampah]: encodeTable(BANK_SAMPAH_COLUMNS, [bankRow(1), bankRow(2)], ['kode']),
  [DEMO_FILES.prodamas]: encodeTable(
    PRODAMAS_COLUMNS,
    [prodamasRow(1), prodamasRow(2), prodamasRow(3)],
    ['kode', 'category', 'title'],
  ),
  [DEMO_FILES.home_care]: {
    patients: encodeTable(PATIENT_COLUMNS, [visitRow(1)]),
    visits: encodeTable(VISIT_COLUMNS, [
      { patient: 0, date: '2023-01-10', service: 'pemeriksaan' },
      { patient: 0, date: '2023-02-10', service: 'perawatan_luka' },
    ]),
  },
  [DEMO_FILES.population]: encodeTable(POPULATION_COLUMNS, [
    { ...populationRow(1), rtCount: 34, rwCount: 7 },
  ]),
  [DEMO_FILES.emas]: encodeTable(
    [...DEFINED_PLACE_COLUMNS, 'name', 'venue', 'classes', 'participants', 'status'],
    [
      { ...place(BUJEL, 1, 2), name: 'GBE Community', venue: 'balai_warga', classes: 2 },
      { ...place(POJOK, 3, null), name: 'We-Smart', venue: 'tpq', classes: 1 },
    ].map((s) => ({ ...s, participants: 10 * s.classes + 3, status: 'aktif' })),
    ['kode', 'venue', 'status'],
  ),
  [DEMO_FILES.kurnia]: encodeTable(
    [...DEFINED_PLACE_COLUMNS, 'borrower', 'business', 'amountRp', 'start', 'status'],
    [
      {
        ...place(POJOK, 2, 5),
        borrower: 'umkm',
        business: 'kuliner',
        amountRp: 15_000_000,
        start: '2021-06-01',
        status: 'berjalan',
      },
    ],
  ),
  [DEMO_FILES.e_sptpd]: encodeTable(
    [...DEFINED_PLACE_COLUMNS, 'name', 'taxType', 'period', 'taxRp', 'filing'],
    [
      {
        ...place(BUJEL, 1, null),
        name: 'Hotel Uji',
        taxType: 'hotel',
        period: '2025-09-01',
        taxRp: 4_500_000,
        filing: 'daring',
      },
    ],
  ),
};
