import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../src/lib/export/index';
import { readImportFile, type ImportTarget } from '../../src/lib/import/index';
import { exportBackup } from '../../src/lib/storage/backup-repo';
import { openDb } from '../../src/lib/storage/db';
import { addBatch, type NewRecord } from '../../src/lib/storage/records-repo';
import { undoBatch } from '../../src/lib/storage/batches-repo';
import { options, readFixture } from './import-helpers';
import { readAll } from '../../src/lib/storage/records-read';

/** The import's records go into storage as they are, and the strict backup parser accepts the result. */
describe('import → storage → backup', () => {
  it('stores accepted rows as one batch and round-trips the backup', async () => {
    const db = await openDb(`jangkau-import-compat-${Date.now()}`);
    const files: [ImportTarget, string][] = [
      ['bank_sampah', 'bank-sampah-id.csv'],
      ['prodamas', 'prodamas-en.csv'],
      ['home_care', 'home-care-id.csv'],
      ['population', 'population.csv'],
    ];
    const batches = [];
    for (const [target, file] of files) {
      const report = await readImportFile(file, readFixture(file), options({ program: target }));
      const rows = report.records.flatMap((r) => (r.record ? [r.record] : []));
      batches.push(
        await addBatch(db, {
          program: target,
          sourceFile: file,
          rows: rows as NewRecord<ImportTarget>[],
        }),
      );
      expect((await readAll(db, target)).length).toBe(report.accepted);
    }
    const backup = await exportBackup(db);
    expect(parseBackup(serializeBackup(backup))).toEqual(backup);
    expect(backup.tables.bankSampah.find((r) => r.sourceRow === 9)?.name).toBe(
      "<script>alert('xss')</script>",
    );

    expect(await undoBatch(db, batches[0].id)).toBe(13);
    expect((await readAll(db, 'bank_sampah')).length).toBe(0);
    db.close();
  });
});
