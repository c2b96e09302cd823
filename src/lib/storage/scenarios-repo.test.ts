import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type JangkauDb } from './db';
import { deleteScenario, listScenarios, saveScenario } from './scenarios-repo';
import type { Scenario } from '../planning/scenario';

let db: JangkauDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const scenario = (id: string, updatedAt: string): Scenario => ({
  id,
  name: `Rencana ${id}`,
  target: 'bank_sampah',
  radiusM: 500,
  added: [{ id: 's1', lng: 112.01, lat: -7.82, origin: 'manual' }],
  removed: [],
  createdAt: updatedAt,
  updatedAt,
});

describe('scenarios repository', () => {
  it('saves, lists newest first, replaces and deletes', async () => {
    db = await openDb(`scenarios-${Math.random()}`);
    await saveScenario(db, scenario('a', '2026-12-01T00:00:00Z'));
    await saveScenario(db, scenario('b', '2026-12-02T00:00:00Z'));
    expect((await listScenarios(db)).map((s) => s.id)).toEqual(['b', 'a']);
    await saveScenario(db, { ...scenario('a', '2026-12-03T00:00:00Z'), name: 'Baru' });
    const list = await listScenarios(db);
    expect(list.map((s) => [s.id, s.name])).toEqual([
      ['a', 'Baru'],
      ['b', 'Rencana b'],
    ]);
    await deleteScenario(db, 'b');
    expect((await listScenarios(db)).map((s) => s.id)).toEqual(['a']);
  });

  it('refuses an invalid scenario and leaves a damaged row out of the list', async () => {
    db = await openDb(`scenarios-${Math.random()}`);
    await expect(
      saveScenario(db, { ...scenario('x', '2026-12-01T00:00:00Z'), radiusM: 0 }),
    ).rejects.toThrow(/not a valid scenario/);
    await db.scenarios.put({ id: 'damaged', updatedAt: '2026-12-01' } as unknown as Scenario);
    expect(await listScenarios(db)).toEqual([]);
  });
});

describe('scenarios in a backup', () => {
  it('travel in a full backup, and a backup from before them keeps the ones saved here', async () => {
    const { exportBackup, restoreBackup } = await import('./backup-repo');
    db = await openDb(`scenarios-${Math.random()}`);
    await saveScenario(db, scenario('a', '2026-12-01T00:00:00Z'));
    const backup = await exportBackup(db);
    expect(backup.tables.scenarios?.map((s) => s.id)).toEqual(['a']);
    await deleteScenario(db, 'a');
    await restoreBackup(db, backup);
    expect((await listScenarios(db)).map((s) => s.id)).toEqual(['a']);
    const { scenarios: _none, ...older } = backup.tables;
    await saveScenario(db, scenario('b', '2026-12-02T00:00:00Z'));
    await restoreBackup(db, { ...backup, tables: older });
    expect((await listScenarios(db)).map((s) => s.id)).toEqual(['b', 'a']);
    await expect(
      restoreBackup(db, { ...backup, tables: { ...older, scenarios: [{ id: 'x' } as never] } }),
    ).rejects.toThrow(/scenarios\[0\]: not a valid scenario/);
  });
});
