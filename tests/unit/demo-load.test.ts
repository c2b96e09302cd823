import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../src/lib/storage/backup-repo';
import { openDb } from '../../src/lib/storage/db';
import type { DemoManifest } from '../../src/lib/storage/demo-format';
import {
  clearDemo,
  fetchDemoManifest,
  loadDemoIfFirstStart,
  restoreDemo,
} from '../../src/lib/storage/demo-repo';
import { readAll, readDefined } from '../../src/lib/storage/records-read';

const source = async (file: string): Promise<unknown> =>
  JSON.parse(readFileSync(join('public/demo', file), 'utf8'));
const manifest: DemoManifest = await fetchDemoManifest(source);

describe('the real demo files through the storage layer', () => {
  it('load on first start, clear, restore, backup round-trip', async () => {
    const db = await openDb(`jangkau-demo-load-${Date.now()}`);
    try {
      expect(await loadDemoIfFirstStart(db, source)).toBe('loaded');
      const counts = async () => [
        (await readAll(db, 'bank_sampah')).length,
        (await readAll(db, 'prodamas')).length,
        (await readAll(db, 'home_care')).length,
        (await readAll(db, 'population')).length,
        (await readDefined(db, 'emas')).length,
        (await readDefined(db, 'kurnia')).length,
        (await readDefined(db, 'e_sptpd')).length,
      ];
      const expected = [
        manifest.counts.bankSampah,
        manifest.counts.prodamasProjects,
        manifest.counts.homeCareVisits,
        manifest.counts.populationRows,
        manifest.counts.emasSpots,
        manifest.counts.kurniaLoans,
        manifest.counts.eSptpdObjects,
      ];
      expect(await counts()).toEqual(expected);
      expect((await readAll(db, 'bank_sampah')).filter((r) => r.status === 'aktif').length).toBe(
        63,
      );

      const backup = await exportBackup(db);
      await clearDemo(db);
      expect(await counts()).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(await loadDemoIfFirstStart(db, source)).toBe('cleared-by-user');
      await restoreDemo(db, source);
      expect(await counts()).toEqual(expected);

      await restoreBackup(db, backup);
      expect(await counts()).toEqual(expected);
      expect(await readAll(db, 'bank_sampah')).toEqual(backup.tables.bankSampah);
      // The presets' demo spots are stored as their definition's fields: 154 spots (facts §3).
      expect((await readDefined(db, 'emas')).length).toBe(154);
    } finally {
      await db.delete();
    }
  });
});
