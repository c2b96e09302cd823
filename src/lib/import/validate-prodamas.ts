import { PRODAMAS_CATEGORIES, type ProdamasProgress } from '../model/records';
import { PRODAMAS_CATEGORY_WORDS, PROGRESS_WORDS } from './enums';
import type { RowChecker } from './row-checker';
import type { ImportedRecords } from './types';
import type { RowPlace } from './validate-common';
import { cellText, isBlank, parseEnum, parseNumber } from './values';

/** Prodamas started in 2015. */
const FIRST_YEAR = 2015;

/** Progress as 0 / 50 / 100: "50%", "50", 0.5 (an Excel percent cell), "selesai". */
function progress(c: RowChecker): ProdamasProgress | null {
  const cell = c.raw('progress');
  if (isBlank(cell)) {
    c.add('error', 'required', 'progress');
    return null;
  }
  const word = parseEnum(cell, PROGRESS_WORDS);
  const n = word !== null ? Number(word) : parseNumber(cell, 'decimal');
  const pct = n === 0.5 || n === 1 ? n * 100 : n;
  if (pct === 0 || pct === 50 || pct === 100) return pct;
  c.add('error', 'progress_invalid', 'progress', { value: cellText(cell) });
  return null;
}

export function validateProdamas(
  c: RowChecker,
  place: RowPlace,
  sourceRow: number,
): ImportedRecords['prodamas'] | null {
  const year = c.number('year', 'integer', { required: true, min: FIRST_YEAR, max: 2100 });
  const category = c.choice('category', PRODAMAS_CATEGORY_WORDS, PRODAMAS_CATEGORIES, {
    required: true,
  });
  const title = c.text('title', true);
  const budgetRp = c.number('budgetRp', 'money', { required: true, min: 0, max: 1e12 });
  const prog = progress(c);
  if (
    c.failed ||
    year === null ||
    category === null ||
    title === null ||
    budgetRp === null ||
    prog === null ||
    place.kode === null
  )
    return null;
  return {
    year,
    kode: place.kode,
    rw: place.rw,
    rt: place.rt,
    category,
    title,
    budgetRp,
    progress: prog,
    lng: place.lng,
    lat: place.lat,
    sourceRow,
  };
}
