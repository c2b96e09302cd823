import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undoBatch } from './batches-repo';
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
import { addBatch } from './records-repo';
import { BUJEL, bankRow, freshDbName } from './test-helpers';
import { readAll } from './records-read';

let fetched = 0;
const source: DemoSource = async (file) => {
  fetched++;
  if (!(file in files)) throw new Error(`no ${file}`);
  return structuredClone(files[file]);
};

let db: JangkauDb;
beforeEach(async () => {
  db = await openDb(freshDbName());
  fetched = 0;
});
afterEach(async () => {
  await db.delete();
});

async function counts() {
  return Promise.all(
    (['bank_sampah', 'prodamas', 'home_care', 'population'] as const).map((t) =>
      readAll(db, t).then((rows) => rows.length),
    ),
  );
}

describe('demo data', () => {
  it('loads on first start into one demo batch per target', async () => {
    expect(await loadDemoIfFirstStart(db, source)).toBe('loaded');
    expect(await counts()).toEqual([2, 3, 2, 1]);
    const visits = (await readAll(db, 'home_care')).sort((a, b) => a.date.localeCompare(b.date));
    expect(visits.map((v) => [v.patientId, v.kode, v.service])).toEqual([
      ['P-0001', '35.71.03.1015', 'pemeriksaan'],
      ['P-0001', '35.71.03.1015', 'perawatan_luka'],
    ]);
    const batch = await db.batches.get(demoBatchId('prodamas'));
    expect(batch).toMatchObject({ kind: 'demo', rowCount: 3, sourceFile: 'demo/prodamas.json' });
    const pop = await readAll(db, 'population');
    expect(pop[0]).toMatchObject({ kode: BUJEL, rtCount: 34, isEstimate: true });
    expect(await getDemoState(db)).toMatchObject({ loaded: true, cleared: false });
    // Second start: database not empty, nothing fetched again.
    fetched = 0;
    expect(await loadDemoIfFirstStart(db, source)).toBe('not-empty');
    expect(fetched).toBe(0);
  });

  it('does not load over the user’s own data', async () => {
    await addBatch(db, { program: 'bank_sampah', sourceFile: 'mine.csv', rows: [bankRow(2)] });
    expect(await loadDemoIfFirstStart(db, source)).toBe('not-empty');
    expect(await counts()).toEqual([1, 0, 0, 0]);
  });

  it('clear removes only demo rows and is remembered; restore brings them back', async () => {
    await loadDemoIfFirstStart(db, source);
    const mine = await addBatch(db, {
      program: 'bank_sampah',
      sourceFile: 'mine.csv',
      rows: [bankRow(2)],
    });
    // 2 + 3 + 2 + 1 built-in rows, 2 + 1 + 1 preset rows.
    expect(await clearDemo(db)).toBe(12);
    expect(await counts()).toEqual([1, 0, 0, 0]);
    expect((await db.batches.toArray()).map((b) => b.id)).toEqual([mine.id]);
    expect(await getDemoState(db)).toMatchObject({ loaded: false, cleared: true });

    // Even with the user's rows undone (database empty again) the cleared demo stays away.
    await db.pages.where('target').equals('bank_sampah').delete();
    await db.batches.clear();
    expect(await loadDemoIfFirstStart(db, source)).toBe('cleared-by-user');
    expect(await counts()).toEqual([0, 0, 0, 0]);

    await restoreDemo(db, source);
    expect(await counts()).toEqual([2, 3, 2, 1]);
    expect(await getDemoState(db)).toMatchObject({ loaded: true, cleared: false });
    // Restoring twice replaces, never duplicates.
    await restoreDemo(db, source);
    expect(await counts()).toEqual([2, 3, 2, 1]);
  });

  it('restores after one demo batch was undone on its own', async () => {
    await loadDemoIfFirstStart(db, source);
    expect(await undoBatch(db, demoBatchId('prodamas'))).toBe(3);
    await restoreDemo(db, source);
    expect(await counts()).toEqual([2, 3, 2, 1]);
    expect((await db.batches.get(demoBatchId('prodamas')))?.undone).toBeUndefined();
  });

  it('writes nothing when a demo file is broken', async () => {
    const broken: DemoSource = async (file) =>
      file === DEMO_FILES.prodamas ? { columns: ['year'], rows: [] } : source(file);
    await expect(loadDemoIfFirstStart(db, broken)).rejects.toThrow(/column/);
    expect(await counts()).toEqual([0, 0, 0, 0]);
    expect(await db.batches.count()).toBe(0);
  });
});
