import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { listPopulation, populationByKode, populationYears } from './population-repo';
import { addBatch } from './records-repo';
import { BUJEL, POJOK, freshDbName, populationRow } from './test-helpers';

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
  await addBatch(db, {
    program: 'population',
    sourceFile: 'est.csv',
    rows: [
      populationRow(2, { year: 2020, total: 6900 }),
      populationRow(3, { year: 2025, total: 7200 }),
      populationRow(4, { year: 2025, kode: POJOK, total: 9500 }),
    ],
  });
  await addBatch(db, {
    program: 'population',
    sourceFile: 'bps.csv',
    rows: [populationRow(2, { year: 2025, total: 7111, isEstimate: false, source: 'BPS' })],
  });
});
afterEach(async () => {
  await db.delete();
});

describe('population', () => {
  it('lists by year and kode', async () => {
    expect(await populationYears(db)).toEqual([2020, 2025]);
    expect(await listPopulation(db, { year: 2025 })).toHaveLength(3);
    expect(await listPopulation(db, { kode: BUJEL, year: 2020 })).toHaveLength(1);
  });

  it('picks the latest year up to the asked one, a published figure over an estimate', async () => {
    const latest = await populationByKode(db);
    expect(latest.get(BUJEL)?.total).toBe(7111);
    expect(latest.get(POJOK)?.total).toBe(9500);
    const y2020 = await populationByKode(db, 2020);
    expect(y2020.get(BUJEL)?.total).toBe(6900);
    expect(y2020.has(POJOK)).toBe(false);
  });
});
