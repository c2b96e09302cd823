/**
 * `npx tsx scripts/bench/idb-floor.ts [--rows N]`: what one IndexedDB transaction of 100,000 adds
 * costs in this headless Chromium with no Dexie and no app: records shaped like an imported bank
 * sampah with the app's four indexes, the same without indexes, and 100,000 bare `{ id }`
 * objects. The floor under `bench:import`'s commit; figures, not assertions.
 */
import { parseArgs } from 'node:util';
import { openApp } from './open-app';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
const { page, close } = await openApp(120_000);
try {
  // Source text: tsx's helpers (`__name`) do not exist inside the page.
  const result = (await page.evaluate(`(async (n) => {
    const now = new Date().toISOString();
    const full = (i) => ({ id: 'floor:' + i, kode: '35.71.01.10' + (i % 46), name: 'Bank Sampah Uji ' + i,
      rt: 1 + (i % 12), rw: 1 + (i % 7), address: 'Jl. Uji ' + i, lng: 112 + i * 1e-6, lat: -7.8,
      type: 'unit', status: i % 2 ? 'aktif' : 'tidak_aktif', members: 20 + (i % 80), kgPerMonth: 10.5,
      established: null, sourceRow: i + 2, batchId: 'floor', sourceFile: 'bench.csv', createdAt: now, updatedAt: now });
    const cases = [
      ['bank sampah records, 4 indexes', full, ['kode', 'batchId', 'status', 'type']],
      ['bank sampah records, no index', full, []],
      ['bare { id } objects', (i) => ({ id: 'floor:' + i }), []],
    ];
    const out = [];
    for (const [label, make, indexes] of cases) {
      const name = 'jangkau-idb-floor-' + out.length;
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('t', { keyPath: 'id' });
          for (const index of indexes) store.createIndex(index, index);
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const values = Array.from({ length: n }, (_, i) => make(i));
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('t', 'readwrite');
        const store = tx.objectStore('t');
        for (const value of values) store.add(value);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      out.push([label, performance.now() - t0]);
      db.close();
      await new Promise((resolve) => { const del = indexedDB.deleteDatabase(name); del.onsuccess = del.onerror = resolve; });
    }
    return out;
  })(${rows})`)) as [string, number][];
  for (const [label, ms] of result)
    process.stdout.write(
      `${rows.toLocaleString('en')} adds in one transaction, ${label}: ${ms.toFixed(0)} ms\n`,
    );
} finally {
  await close();
}
