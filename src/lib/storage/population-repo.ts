import type { KodeKelurahan } from '../model/kelurahan';
import type { Population } from '../model/records';
import type { JangkauDb } from './db';
import { readAll } from './records-read';

/** Population rows, optionally of one year and/or kelurahan. */
export async function listPopulation(
  db: JangkauDb,
  filter: { year?: number; kode?: KodeKelurahan } = {},
): Promise<Population[]> {
  const { year, kode } = filter;
  // A few hundred rows at most (46 kelurahan × years): filtering them here is instant.
  return (await readAll(db, 'population')).filter(
    (r) => (year === undefined || r.year === year) && (kode === undefined || r.kode === kode),
  );
}

/** Years that have population rows, ascending. */
export async function populationYears(db: JangkauDb): Promise<number[]> {
  const years = new Set((await readAll(db, 'population')).map((r) => r.year));
  return [...years].sort((a, b) => a - b);
}

/**
 * The denominator to use per kelurahan: for each code the row of the latest year ≤ `year`
 * (any year when `year` is omitted), a published figure winning over an estimate of the same year.
 */
export async function populationByKode(
  db: JangkauDb,
  year?: number,
): Promise<Map<KodeKelurahan, Population>> {
  const rows = await readAll(db, 'population');
  const best = new Map<KodeKelurahan, Population>();
  for (const row of rows) {
    if (year !== undefined && row.year > year) continue;
    const cur = best.get(row.kode);
    if (cur === undefined || better(row, cur)) best.set(row.kode, row);
  }
  return best;
}

function better(a: Population, b: Population): boolean {
  if (a.year !== b.year) return a.year > b.year;
  if (a.isEstimate !== b.isEstimate) return !a.isEstimate;
  return a.updatedAt > b.updatedAt;
}
