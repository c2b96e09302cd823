import type { DefinedFilters } from '../coverage/defined-filter';
/**
 * The coverage worker: exposes core functions only (Comlink). The city geometry is prepared once
 * per `setGeometry` and kept here, so each job posts only records and options.
 */
import * as Comlink from 'comlink';
import type { KelurahanCollection } from '../model/kelurahan';
import type { BankSampah, HomeCareVisit, ProdamasProject } from '../model/records';
import { prepareCity, type CityGeometry } from '../coverage/city';
import { computeAll } from '../coverage/compute-all';
import type { CoverageInput } from '../coverage/input';
import type { CoverageResult } from '../coverage/result';
import type { CoverageOptionsPatch } from '../coverage/options';
import { openDb, type JangkauDb } from '../storage/db';
import { readAll, readAllDefined } from '../storage/records-read';
import { listCustomPrograms } from '../storage/programs-repo';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import type { ProgramDefinition } from '../programs/definition';
import type { DefinedRecord } from '../model/defined-record';
import { listPopulation } from '../storage/population-repo';
import type { CoverageFilters } from '../coverage/options';
import { buildMapPoints, pointBuffers, type PointRecords } from '../map/map-points';
import { comparePeriods, type PeriodComparison } from '../coverage/compare-periods';
import type { Period } from '../coverage/periods';
import { statusHistoryOf, type StatusHistory } from '../coverage/status-history';
import type { MapRecords, PointKind, RecordHit } from '../map/record-types';
import { createPlanSession, type PlanSession } from '../planning/plan-session';
import type {
  PlanFigures,
  PlanRanks,
  PlanRequest,
  SuggestRequest,
  Suggestion,
} from '../planning/plan-types';

let city: CityGeometry | null = null;
/** Resolves with the first geometry: the map may ask for points before the figures start. */
let cityReady: (c: CityGeometry) => void;
const firstCity = new Promise<CityGeometry>((resolve) => (cityReady = resolve));
let db: JangkauDb | null = null;
/**
 * The stored records as last read, tagged with the version the main thread gave. The promise is
 * kept, so the metrics and the map points asking for one version at once share one read.
 */
let stored: { version: number; input: Promise<StoredInput> } | null = null;
/** The records behind the map's last point sets, by index, for the tooltip. */
let points: { token: number; records: PointRecords } | null = null;
let nextToken = 1;

/** The stored records as they are: the engine's input, and the tooltips' records. */
interface StoredInput extends CoverageInput {
  bankSampah: BankSampah[];
  prodamas: ProdamasProject[];
  homeCare: HomeCareVisit[];
  /** Defined programmes (presets, users' own) with stored records, with their definitions. */
  defined: { definition: ProgramDefinition; records: DefinedRecord[] }[];
}

async function readStored(): Promise<StoredInput> {
  db ??= await openDb();
  const [bankSampah, prodamas, homeCare, population, definedRecords, custom] = await Promise.all([
    readAll(db, 'bank_sampah'),
    readAll(db, 'prodamas'),
    readAll(db, 'home_care'),
    listPopulation(db),
    readAllDefined(db),
    listCustomPrograms(db),
  ]);
  // Records whose definition is gone (a deleted programme) have nothing to be drawn by.
  const definitions = [...SHIPPED_PROGRAMS, ...custom];
  const defined = definitions
    .map((definition) => ({
      definition,
      records: definedRecords.filter((r) => r.program === definition.id),
    }))
    .filter((d) => d.records.length > 0);
  return { bankSampah, prodamas, homeCare, population, defined };
}

/**
 * Reads the records straight from IndexedDB here, so 100,000 records never cross (and block) the
 * main thread on their way to the engine; re-read only when the main thread says they changed.
 */
function storedInput(version: number): Promise<StoredInput> {
  if (stored?.version !== version) {
    const input = readStored();
    stored = { version, input };
    // A failed read is not kept: the next request reads again.
    input.catch(() => {
      if (stored?.input === input) stored = null;
    });
  }
  return stored.input;
}

/** The planning tab's session on one version of the stored records (demand, what-if engine). */
let plan: { version: number; session: Promise<PlanSession> } | null = null;

function planSession(version: number): Promise<PlanSession> {
  if (plan?.version !== version) {
    const session = storedInput(version).then((input) => createPlanSession(requireCity(), input));
    plan = { version, session };
    session.catch(() => {
      if (plan?.session === session) plan = null;
    });
  }
  return plan.session;
}

/** The sites' status history (from the revisions) of the stored records' version, read once. */
let history: { version: number; value: Promise<StatusHistory> } | null = null;

function storedHistory(version: number, input: StoredInput): Promise<StatusHistory> {
  if (history?.version !== version) {
    const statusField = new Map<string, string>([['bank_sampah', 'status']]);
    for (const d of input.defined)
      if (d.definition.archetype === 'site' && d.definition.active)
        statusField.set(d.definition.id, d.definition.active.field);
    const value = (async () => {
      db ??= await openDb();
      const revisions = await db.revisions
        .where('target')
        .anyOf([...statusField.keys()])
        .toArray();
      return statusHistoryOf(revisions, (target) => statusField.get(target) ?? null);
    })();
    history = { version, value };
    value.catch(() => {
      if (history?.value === value) history = null;
    });
  }
  return history.value;
}

function requireCity(): CityGeometry {
  if (!city) throw new Error('coverage worker: setGeometry() first');
  return city;
}

export const coverageApi = {
  /** Prepares the point index and sweep geometry; returns the kelurahan codes in engine order. */
  setGeometry(collection: KelurahanCollection): string[] {
    city = prepareCity(collection);
    cityReady(city);
    return [...city.kodes];
  },
  /**
   * All figures for the UI, on the records stored in IndexedDB (`version` bumps when they change).
   * The overlap raster's buffers are transferred, not copied.
   */
  async computeStored(version: number, options: CoverageOptionsPatch): Promise<CoverageResult> {
    const input = await storedInput(version);
    // One task's pause before the engine's long run: map points waiting on the same read go
    // first, so a 100,000-row import is on the map without waiting for every figure.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const result = computeAll(requireCity(), input, options, () => performance.now());
    return Comlink.transfer(result, [result.overlap.levels.buffer, result.overlap.mask.buffer]);
  },
  /**
   * Change between two periods (issue 13 §4): the engine once per period on the stored records
   * as they stood then, and the sites opened and closed in between (src/lib/coverage/periods.ts).
   */
  async comparePeriods(
    version: number,
    options: CoverageOptionsPatch,
    a: Period,
    b: Period,
  ): Promise<PeriodComparison> {
    const input = await storedInput(version);
    const statusHistory = await storedHistory(version, input);
    const geometry = city ?? (await firstCity);
    return comparePeriods(geometry, input, options, a, b, statusHistory, () => performance.now());
  },
  /**
   * The map's points for the stored records under `filters`, as typed arrays whose buffers are
   * transferred: the main thread draws them as they are and never holds the records for the map.
   */
  async mapPoints(
    version: number,
    filters: CoverageFilters,
    personal: boolean,
    definedFilters: DefinedFilters = {},
  ): Promise<MapRecords> {
    const input = await storedInput(version);
    const frame = (city ?? (await firstCity)).frame;
    const built = buildMapPoints(input, filters, personal, frame, definedFilters);
    points = { token: nextToken++, records: built.records };
    const answer: MapRecords = { token: points.token, ...built.sets };
    return Comlink.transfer(answer, pointBuffers(built.sets));
  },
  /**
   * A scenario's covered area and residents; the session applies only what changed since the
   * last request (one site dragged: milliseconds, see `npm run bench`). Null: not a site programme.
   */
  async planFigures(request: PlanRequest): Promise<PlanFigures | null> {
    const session = await planSession(request.recordsVersion);
    const figures = session.figures(request, () => performance.now());
    if (!figures) return null;
    return Comlink.transfer(figures, [
      figures.coveredPct.buffer,
      figures.coveredPp.buffer,
      figures.residentsPct.buffer,
      figures.residentsPp.buffer,
      figures.siteGain.buffer,
    ]);
  },
  /** A scenario's underserved index and ranks beside the real ones (the whole engine, twice). */
  async planRanks(request: PlanRequest): Promise<PlanRanks> {
    return (await planSession(request.recordsVersion)).ranks(request);
  },
  /** The next sites by maximal covering of residents (greedy + swap, `planning/mclp.ts`). */
  async suggestSites(request: SuggestRequest): Promise<Suggestion | null> {
    const session = await planSession(request.recordsVersion);
    return session.suggest(request, () => performance.now());
  },
  /** The record behind point `index` of the point sets `token` (null once they are replaced). */
  pointRecord(token: number, kind: PointKind, index: number): RecordHit | null {
    if (points?.token !== token) return null;
    const { records } = points;
    if (kind === 'bankSampah') {
      const record = records.bankSampah[index];
      return record ? { program: 'bank_sampah', record } : null;
    }
    if (kind === 'prodamas') {
      const record = records.prodamas[index];
      return record ? { program: 'prodamas', record } : null;
    }
    if (kind.startsWith('defined:')) {
      const drawn = records.defined.get(kind.slice('defined:'.length));
      const record = drawn?.records[index];
      return drawn && record ? { program: 'defined', definition: drawn.definition, record } : null;
    }
    const home = kind === 'homes' ? records.homes[index] : undefined;
    return home ? { program: 'home_care', record: home.latest, visits: home.visits } : null;
  },
};

export type CoverageApi = typeof coverageApi;

Comlink.expose(coverageApi);
