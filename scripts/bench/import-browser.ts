/**
 * `npm run bench:import [-- --rows N]`: a 100,000-row CSV through the app's real browser path —
 * file input → import worker (parse + validate) → report → one IndexedDB transaction — in headless
 * Chromium against the production build (run `npm run build` first). Prints the times, how often
 * the progress bar moved, and how responsive the page stayed (longest gap between animation
 * frames, long tasks), next to the same parse + validate run in this Node process as a baseline.
 * Figures, not assertions.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openApp } from './open-app';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';
import { buildPointIndex, createLocator } from '../../src/lib/geo/point-index';
import { readImportFile } from '../../src/lib/import';
import { bankSampahCsv } from './bank-sampah-csv';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const csv = bankSampahCsv(fc, rows);
const bytes = new TextEncoder().encode(csv);
const log = (s: string) => process.stdout.write(`${s}\n`);
log(`${rows.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB CSV`);

// Baseline: the same core, same file, on this Node thread.
const gazetteer = fc.features.map(({ properties: p }) => ({ ...p }));
const locate = createLocator(
  buildPointIndex(fc.features),
  gazetteer.map((g) => g.kode),
);
const n0 = performance.now();
const nodeReport = await readImportFile('bench.csv', bytes, {
  gazetteer,
  locate,
  program: 'bank_sampah',
});
const nodeMs = performance.now() - n0;
log(`node core parse + validate: ${nodeMs.toFixed(0)} ms (${nodeReport.accepted} accepted)`);

const { page, close } = await openApp(90_000);
try {
  await page.getByTestId('tab-data').click();
  await page.getByTestId('record-counts').waitFor({ timeout: 90_000 });

  // Responsiveness probes: gaps between animation frames, long tasks, progress bar updates.
  // Passed as source text: tsx's helpers (`__name`) do not exist inside the page.
  await page.evaluate(`(() => {
    const w = window;
    w.maxGap = 0; w.longTasks = 0; w.longTaskMs = 0; w.progressMoves = 0;
    let last = performance.now();
    const tick = (t) => { w.maxGap = Math.max(w.maxGap, t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { w.longTasks += 1; w.longTaskMs += e.duration; }
    }).observe({ type: 'longtask' });
    new MutationObserver(() => { w.progressMoves += 1; }).observe(document.body, {
      subtree: true, attributes: true, attributeFilter: ['value'],
    });
  })()`);

  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles({
    name: 'bench.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bytes),
  });
  await page.getByTestId('import-summary').waitFor({ timeout: 300_000 });
  const reportMs = Date.now() - t0;
  const t1 = Date.now();
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-saved').waitFor({ timeout: 300_000 });
  const commitMs = Date.now() - t1;
  const probe = await page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    return {
      maxGap: w.maxGap,
      longTasks: w.longTasks,
      longTaskMs: w.longTaskMs,
      progressMoves: w.progressMoves,
    };
  });
  const summary = await page.getByTestId('import-saved').textContent();
  log(
    `browser: file → report ${reportMs} ms; commit (one IndexedDB transaction) ${commitMs} ms; total ${reportMs + commitMs} ms`,
  );
  log(`browser/node ratio for parse + validate: ${(reportMs / nodeMs).toFixed(2)}×`);
  log(
    `progress bar updates: ${probe.progressMoves}; longest gap between frames: ${probe.maxGap.toFixed(0)} ms; long tasks: ${probe.longTasks} (${probe.longTaskMs.toFixed(0)} ms in all)`,
  );
  log(`app says: ${summary?.trim()}`);
} finally {
  await close();
}
