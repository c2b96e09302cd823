/**
 * The coverage worker: exposes core functions only (Comlink). The city geometry is prepared once
 * per `setGeometry` and kept here, so each job posts only records and options.
 */
import * as Comlink from 'comlink';
import type { KelurahanCollection } from '../model/kelurahan';
import { prepareCity, type CityGeometry } from '../coverage/city';
import { computeAll } from '../coverage/compute-all';
import type { CoverageInput } from '../coverage/input';
import type { CoverageResult } from '../coverage/result';
import type { CoverageOptionsPatch } from '../coverage/options';
import { openDb, type JangkauDb } from '../storage/db';
import { listRecords } from '../storage/records-repo';
import { listPopulation } from '../storage/population-repo';

let city: CityGeometry | null = null;
let db: JangkauDb | null = null;
/** The stored records as last read, tagged with the version the main thread gave. */
let stored: { version: number; input: CoverageInput } | null = null;

/**
 * Reads the records straight from IndexedDB here, so 100,000 records never cross (and block) the
 * main thread on their way to the engine; re-read only when the main thread says they changed.
 */
async function storedInput(version: number): Promise<CoverageInput> {
  if (stored?.version === version) return stored.input;
  db ??= await openDb();
  const [bankSampah, prodamas, homeCare, population] = await Promise.all([
    listRecords(db, 'bank_sampah'),
    listRecords(db, 'prodamas'),
    listRecords(db, 'home_care'),
    listPopulation(db),
  ]);
  stored = { version, input: { bankSampah, prodamas, homeCare, population } };
  return stored.input;
}

function requireCity(): CityGeometry {
  if (!city) throw new Error('coverage worker: setGeometry() first');
  return city;
}

export const coverageApi = {
  /** Prepares the point index and sweep geometry; returns the kelurahan codes in engine order. */
  setGeometry(collection: KelurahanCollection): string[] {
    city = prepareCity(collection);
    return [...city.kodes];
  },
  /**
   * All figures for the UI, on the records stored in IndexedDB (`version` bumps when they change).
   * The overlap raster's buffers are transferred, not copied.
   */
  async computeStored(version: number, options: CoverageOptionsPatch): Promise<CoverageResult> {
    const input = await storedInput(version);
    const result = computeAll(requireCity(), input, options, () => performance.now());
    return Comlink.transfer(result, [result.overlap.levels.buffer, result.overlap.mask.buffer]);
  },
};

export type CoverageApi = typeof coverageApi;

Comlink.expose(coverageApi);
