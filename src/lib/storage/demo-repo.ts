import { BATCH_TARGETS, type BatchTarget } from '../model/records';
import { PRESET_PROGRAMS } from '../programs/presets';
import { ALL_TABLES, type JangkauDb } from './db';
import { deletePagesOf } from './batches-repo';
import { decodeDefinedDemo, decodeDemoData, type DemoData, type DemoFiles } from './demo-decode';
import {
  DEFINED_DEMO_PROGRAMS,
  DEMO_FILES,
  DEMO_FORMAT,
  type DefinedDemoProgram,
  type DemoManifest,
} from './demo-format';
import { nowIso } from './ids';
import { addBatch, addDefinedBatch, type NewDefinedRecord } from './records-repo';

const DEMO_META_KEY = 'demo';
const TARGETS = BATCH_TARGETS;

/** Fixed batch id of one target's demo data, e.g. `demo:prodamas`, `demo:emas`. */
export const demoBatchId = (target: BatchTarget | DefinedDemoProgram): string => `demo:${target}`;

/** Demo records of the presets, by programme id. */
type DefinedDemoData = Partial<Record<DefinedDemoProgram, NewDefinedRecord[]>>;

export interface DemoState {
  /** Demo data is in the database. */
  loaded: boolean;
  /** The user cleared it: never load it again by itself. */
  cleared: boolean;
  /** ISO 8601 of the last load or clear. */
  changedAt?: string;
}

/** Fetches one demo file (parsed JSON) by name, e.g. `prodamas.json`. */
export type DemoSource = (file: string) => Promise<unknown>;

/**
 * Reads the demo files over HTTP. `base` is relative to the page, so the app works from any
 * sub-path (Vite copies `public/demo/` to `dist/demo/`).
 */
export function httpDemoSource(base = 'demo/'): DemoSource {
  return async (file) => {
    const res = await fetch(`${base}${file}`);
    if (!res.ok) throw new Error(`demo file ${file}: HTTP ${res.status}`);
    return res.json();
  };
}

async function fetchDemoData(source: DemoSource): Promise<DemoData> {
  const entries = await Promise.all(
    TARGETS.map(async (t) => [t, await source(DEMO_FILES[t])] as const),
  );
  return decodeDemoData(Object.fromEntries(entries) as DemoFiles);
}

/** The presets' demo records (`programs`), each checked against its definition's fields. */
async function fetchDefinedDemo(
  source: DemoSource,
  programs: readonly DefinedDemoProgram[],
): Promise<DefinedDemoData> {
  const entries = await Promise.all(
    programs.map(async (p) => {
      const definition = PRESET_PROGRAMS.find((d) => d.id === p);
      if (definition === undefined) throw new Error(`demo: no preset ${p}`);
      return [p, decodeDefinedDemo(await source(DEMO_FILES[p]), definition)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The manifest (label, seed, counts) for the UI's "data contoh" notice. */
export async function fetchDemoManifest(source: DemoSource): Promise<DemoManifest> {
  const m = (await source(DEMO_FILES.manifest)) as Partial<DemoManifest> | null;
  if (m === null || typeof m !== 'object' || m.format !== DEMO_FORMAT)
    throw new Error('demo manifest.json: not a Jangkau demo manifest');
  return m as DemoManifest;
}

export async function getDemoState(db: JangkauDb): Promise<DemoState> {
  const row = await db.meta.get(DEMO_META_KEY);
  const v = row?.value as Partial<DemoState> | undefined;
  return { loaded: v?.loaded === true, cleared: v?.cleared === true, changedAt: v?.changedAt };
}

export type FirstStartResult = 'loaded' | 'presets-added' | 'not-empty' | 'cleared-by-user';

/**
 * On start: loads the demo data if the database has never held anything (no records, no batches)
 * and the user has not cleared the demo before. Fetches before writing; one transaction writes.
 *
 * A database that holds the demo from before the presets had demo data gets theirs now
 * (`presets-added`), but only for a preset that has no batch at all: one the user imported into,
 * or whose demo batch they undid, is left as it is, so demo rows never mix into their own.
 */
export async function loadDemoIfFirstStart(
  db: JangkauDb,
  source: DemoSource,
): Promise<FirstStartResult> {
  const state = await getDemoState(db);
  if (state.cleared) return 'cleared-by-user';
  if (!(await isEmpty(db))) return state.loaded ? addMissingPresets(db, source) : 'not-empty';
  const [data, defined] = await Promise.all([
    fetchDemoData(source),
    fetchDefinedDemo(source, DEFINED_DEMO_PROGRAMS),
  ]);
  // Re-check inside the write: another tab may have loaded it while we fetched.
  return db.transaction('rw', ALL_TABLES, async () => {
    if (!(await isEmpty(db))) return 'not-empty';
    await writeDemo(db, data, defined);
    return 'loaded';
  });
}

async function addMissingPresets(db: JangkauDb, source: DemoSource): Promise<FirstStartResult> {
  const missing = await presetsWithoutBatch(db);
  if (missing.length === 0) return 'not-empty';
  const defined = await fetchDefinedDemo(source, missing);
  return db.transaction('rw', ALL_TABLES, async () => {
    const still = await presetsWithoutBatch(db);
    const state = await getDemoState(db);
    if (still.length === 0 || state.cleared || !state.loaded) return 'not-empty';
    await writeDefinedDemo(db, defined, still);
    return 'presets-added';
  });
}

async function presetsWithoutBatch(db: JangkauDb): Promise<DefinedDemoProgram[]> {
  const withBatch = new Set(
    await db.batches
      .where('program')
      .anyOf([...DEFINED_DEMO_PROGRAMS])
      .keys(),
  );
  return DEFINED_DEMO_PROGRAMS.filter((p) => !withBatch.has(p));
}

/** Removes every demo record and demo batch; the demo stays off until restored. */
export async function clearDemo(db: JangkauDb): Promise<number> {
  return db.transaction('rw', ALL_TABLES, async () => {
    const n = await deleteDemo(db);
    await setState(db, { loaded: false, cleared: true, changedAt: nowIso() });
    return n;
  });
}

/** Puts the demo data back (replacing any demo rows still there); imported data is untouched. */
export async function restoreDemo(db: JangkauDb, source: DemoSource): Promise<void> {
  const [data, defined] = await Promise.all([
    fetchDemoData(source),
    fetchDefinedDemo(source, DEFINED_DEMO_PROGRAMS),
  ]);
  await db.transaction('rw', ALL_TABLES, async () => {
    await deleteDemo(db);
    await writeDemo(db, data, defined);
  });
}

async function isEmpty(db: JangkauDb): Promise<boolean> {
  return (await db.pages.count()) === 0 && (await db.batches.count()) === 0;
}

async function writeDemo(db: JangkauDb, data: DemoData, defined: DefinedDemoData): Promise<void> {
  for (const t of TARGETS) {
    await addBatch(db, {
      id: demoBatchId(t),
      kind: 'demo',
      program: t,
      sourceFile: `demo/${DEMO_FILES[t]}`,
      rows: data[t],
    });
  }
  await writeDefinedDemo(db, defined, DEFINED_DEMO_PROGRAMS);
  await setState(db, { loaded: true, cleared: false, changedAt: nowIso() });
}

/** The presets' demo batches (`demo:emas`…), of defined records like an import through them. */
async function writeDefinedDemo(
  db: JangkauDb,
  defined: DefinedDemoData,
  programs: readonly DefinedDemoProgram[],
): Promise<void> {
  for (const p of programs) {
    const rows = defined[p];
    if (rows === undefined) throw new Error(`demo: ${p} was not fetched`);
    await addDefinedBatch(db, {
      id: demoBatchId(p),
      kind: 'demo',
      program: p,
      sourceFile: `demo/${DEMO_FILES[p]}`,
      rows,
    });
  }
}

async function deleteDemo(db: JangkauDb): Promise<number> {
  let n = 0;
  for (const t of [...TARGETS, ...DEFINED_DEMO_PROGRAMS]) {
    n += await deletePagesOf(db, demoBatchId(t));
  }
  await db.batches.where('kind').equals('demo').delete();
  return n;
}

async function setState(db: JangkauDb, state: DemoState): Promise<void> {
  await db.meta.put({ key: DEMO_META_KEY, value: state });
}
