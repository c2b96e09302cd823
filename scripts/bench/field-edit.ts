/**
 * `npm run bench:field-edit [-- --rows N]`: what one field edit costs next to a large
 * import, in Node with fake-indexeddb (its structured clone is slower than a browser's, so the
 * figures are an upper bound and a ratio, not a phone's): updating one record at the start,
 * middle and end of an N-row import, deleting one, and adding one to a field batch of 999.
 * Figures, not assertions.
 */
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { openDb } from '../../src/lib/storage/db';
import {
  addFieldRecord,
  deleteFieldRecords,
  updateFieldRecords,
} from '../../src/lib/storage/edits-repo';
import { readAll } from '../../src/lib/storage/records-read';
import { addBatch } from '../../src/lib/storage/records-repo';
import { bankRow, prodamasRow } from '../../src/lib/storage/test-helpers';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
const db = await openDb('jangkau-bench-field-edit');
const time = async (label: string, run: () => Promise<unknown>) => {
  const t = performance.now();
  await run();
  console.log(`${label}: ${(performance.now() - t).toFixed(0)} ms`);
};
try {
  await addBatch(db, {
    program: 'bank_sampah',
    sourceFile: 'bench.csv',
    rows: Array.from({ length: rows }, (_, i) => bankRow(i + 2)),
  });
  const all = await readAll(db, 'bank_sampah');
  for (const i of [0, Math.floor(rows / 2), rows - 1]) {
    const r = all[i];
    await time(`update record ${i + 1} of ${rows}`, () =>
      updateFieldRecords(db, 'bank_sampah', [{ id: r.id, record: { ...r, members: 1 } }], 'bench'),
    );
  }
  await time(`delete record ${rows} of ${rows}`, () =>
    deleteFieldRecords(db, 'bank_sampah', [all[rows - 1].id], 'bench'),
  );
  for (let i = 0; i < 999; i++) await addFieldRecord(db, 'prodamas', prodamasRow(0), 'bench');
  await time('add a field record to a page of 999', () =>
    addFieldRecord(db, 'prodamas', prodamasRow(0), 'bench'),
  );
} finally {
  await db.delete();
}
