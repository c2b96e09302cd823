import type { CityGeometry } from './city';
import { computeAll } from './compute-all';
import type { CoverageOptionsPatch } from './options';
import {
  periodInput,
  periodOptions,
  type Period,
  type PeriodNotes,
  type PeriodSource,
} from './periods';
import type { CoverageResult } from './result';
import { siteChanges, type SiteChange } from './site-changes';
import type { StatusHistory } from './status-history';

/** One period's figures: the engine's result without the overlap raster (the map keeps its own). */
type PeriodResult = Omit<CoverageResult, 'overlap'>;

/** Two periods measured by the same engine and options, and the sites that opened or closed. */
export interface PeriodComparison {
  a: Period;
  b: Period;
  resultA: PeriodResult;
  resultB: PeriodResult;
  notesA: PeriodNotes;
  notesB: PeriodNotes;
  sites: SiteChange[];
}

/**
 * Runs `computeAll` once per period on the records as they stood then (`periodInput`), with the
 * user's options less the time filters (`periodOptions`). Pure, like `computeAll`.
 */
export function comparePeriods(
  city: CityGeometry,
  source: PeriodSource,
  options: CoverageOptionsPatch,
  a: Period,
  b: Period,
  history: StatusHistory = new Map(),
  now: () => number = Date.now,
): PeriodComparison {
  const opts = periodOptions(options);
  const atA = periodInput(source, a, history);
  const atB = periodInput(source, b, history);
  const run = (input: PeriodSource): PeriodResult => {
    const { overlap: _overlap, ...rest } = computeAll(city, input, opts, now);
    return rest;
  };
  return {
    a,
    b,
    resultA: run(atA.input),
    resultB: run(atB.input),
    notesA: atA.notes,
    notesB: atB.notes,
    sites: siteChanges(source, atA.input, atB.input, a, b, history),
  };
}
