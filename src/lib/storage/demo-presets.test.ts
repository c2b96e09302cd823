import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deletePagesOf, undoBatch } from './batches-repo';
import { openDb, type JangkauDb } from './db';
import { DEMO_FILES } from './demo-format';
import {
  clearDemo,
  demoBatchId,
  getDemoState,
  loadDemoIfFirstStart,
  restoreDemo,
  type DemoSource,
} from './demo-repo';
import { TINY_DEMO_FILES as files } from './demo-test-files';
import { readAll, readDefined } from './records-read';
import { addDefinedBatch } from './records-repo';
import { BUJEL, POJOK, freshDbName } from './test-helpers';

let fetchedFiles: string[] = [];
const source: DemoSource = async (file) => {
  fetchedFiles.push(file);
  if (!(file in files)) throw new Error(`no ${file}`);
  return structuredClone(files[file]);
};

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
  fetchedFiles = [];
});
afterEach(async () => {
  await db.delete();
});

const presetCounts = async () =>
  Promise.all(['emas', 'kurnia', 'e_sptpd'].map(async (p) => (await readDefined(db, p)).length));

/** A database as the app left it before the presets had demo data: only the built-in batches. */
async function oldDemoDatabase(): Promise<void> {
  await loadDemoIfFirstStart(db, source);
  for (const p of ['emas', 'kurnia', 'e_sptpd'] as const) {
    await db.transaction('rw', db.batches, db.pages, async () => {
      await deletePagesOf(db, demoBatchId(p));
      await db.batches.delete(demoBatchId(p));
    });
  }
  expect(await presetCounts()).toEqual([0, 0, 0]);
  fetchedFiles = [];
}

describe('demo data of the presets (Emas, Kurnia, E-SPTPD)', () => {
  it('loads on first start as one demo batch of defined records per preset', async () => {
    expect(await loadDemoIfFirstStart(db, source)).toBe('loaded');
    expect(await presetCounts()).toEqual([2, 1, 1]);
    expect(await db.batches.get(demoBatchId('emas'))).toMatchObject({
      id: 'demo:emas',
      program: 'emas',
      kind: 'demo',
      rowCount: 2,
      sourceFile: 'demo/emas.json',
    });
    const spots = await readDefined(db, 'emas');
    expect(spots.map((s) => [s.program, s.kode, s.rw, s.rt, s.batchId])).toEqual([
      ['emas', BUJEL, 1, 2, 'demo:emas'],
      ['emas', POJOK, 3, null, 'demo:emas'],
    ]);
    // Every field of the definition has its value: 2 classes × 10 + 3 participants.
    expect(spots[0].values).toEqual({
      name: 'GBE Community',
      venue: 'balai_warga',
      classes: 2,
      participants: 23,
      status: 'aktif',
    });
    expect((await readDefined(db, 'kurnia'))[0].values).toEqual({
      borrower: 'umkm',
      business: 'kuliner',
      amountRp: 15_000_000,
      start: '2021-06-01',
      status: 'berjalan',
    });
  });

  it('clears and restores with the rest of the demo', async () => {
    await loadDemoIfFirstStart(db, source);
    await clearDemo(db);
    expect(await presetCounts()).toEqual([0, 0, 0]);
    expect(await db.batches.count()).toBe(0);
    await restoreDemo(db, source);
    await restoreDemo(db, source);
    expect(await presetCounts()).toEqual([2, 1, 1]);
  });

  it('an old demo database gets the presets’ demo on its next start, once', async () => {
    await oldDemoDatabase();
    expect(await loadDemoIfFirstStart(db, source)).toBe('presets-added');
    // Only the preset files are fetched; the built-in demo rows stay as they were.
    expect(fetchedFiles.sort()).toEqual(
      [DEMO_FILES.e_sptpd, DEMO_FILES.emas, DEMO_FILES.kurnia].sort(),
    );
    expect(await presetCounts()).toEqual([2, 1, 1]);
    expect((await readAll(db, 'bank_sampah')).length).toBe(2);
    fetchedFiles = [];
    expect(await loadDemoIfFirstStart(db, source)).toBe('not-empty');
    expect(fetchedFiles).toEqual([]);
  });

  it('leaves a preset the user imported into alone, and adds the others', async () => {
    await oldDemoDatabase();
    await addDefinedBatch(db, {
      program: 'emas',
      sourceFile: 'spots.csv',
      rows: [
        {
          program: 'emas',
          sourceRow: 2,
          kode: BUJEL,
          rw: 1,
          rt: 1,
          lng: null,
          lat: null,
          values: { name: 'Spot Saya', venue: null, classes: 1, participants: 12, status: 'aktif' },
        },
      ],
    });
    expect(await loadDemoIfFirstStart(db, source)).toBe('presets-added');
    expect(await presetCounts()).toEqual([1, 1, 1]);
    expect((await readDefined(db, 'emas'))[0].values.name).toBe('Spot Saya');
  });

  it('adds nothing after the user cleared the demo, or undid a preset’s demo batch', async () => {
    await loadDemoIfFirstStart(db, source);
    expect(await undoBatch(db, demoBatchId('kurnia'))).toBe(1);
    expect(await loadDemoIfFirstStart(db, source)).toBe('not-empty');
    expect(await presetCounts()).toEqual([2, 0, 1]);

    await oldDemoDatabase();
    await clearDemo(db);
    expect(await loadDemoIfFirstStart(db, source)).toBe('cleared-by-user');
    expect(await getDemoState(db)).toMatchObject({ loaded: false, cleared: true });
    expect(await presetCounts()).toEqual([0, 0, 0]);
  });

  it('writes nothing when a preset’s demo file lacks one of its definition’s fields', async () => {
    const broken: DemoSource = async (file) =>
      file === DEMO_FILES.kurnia
        ? { columns: ['kode', 'rw', 'rt', 'lng', 'lat', 'borrower'], rows: [] }
        : source(file);
    await expect(loadDemoIfFirstStart(db, broken)).rejects.toThrow(/kurnia: column business/);
    expect(await db.batches.count()).toBe(0);
  });
});
