/**
 * `npx tsx scripts/bench/render-frames.ts [--visits 100000]`: map frame times with 100,000 Home
 * Care visits, in headless Chromium against a production build (build it first; `DIST` picks the
 * folder, default `dist/`). The visits are written straight into the app's IndexedDB (the store
 * the app reads on start), then the page reloads, the Home Care points layer is switched on in the
 * layers panel, and the mouse pans and wheel-zooms the map while requestAnimationFrame deltas are
 * recorded: at city zoom (hexagon aggregates) and at zoom ≥ 14 (one point per home). Prints
 * median, p95 and max frame time and fps. Figures, not assertions; not part of `npm test`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { openApp } from './open-app';
import type { KelurahanCollection } from '../../src/lib/model/kelurahan';
import type { HomeCareVisit } from '../../src/lib/model/records';
import { HOME_CARE_GROUPS, HOME_CARE_SERVICES } from '../../src/lib/model/records';

const { values } = parseArgs({ options: { visits: { type: 'string', default: '100000' } } });
const count = Number(values.visits);
const log = (s: string) => process.stdout.write(`${s}\n`);

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One visit per home (so 100k points on the map), scattered ±~400 m around kelurahan centres. */
function syntheticVisits(fc: KelurahanCollection, n: number): HomeCareVisit[] {
  const rnd = random(1478);
  const now = new Date().toISOString();
  return Array.from({ length: n }, (_, i) => {
    const k = fc.features[Math.floor(rnd() * fc.features.length)].properties;
    const month = 1 + Math.floor(rnd() * 12);
    return {
      id: `bench-${i}`,
      date: `2025-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      patientId: `B${i}`,
      kode: k.kode,
      rw: 1 + Math.floor(rnd() * 8),
      rt: 1 + Math.floor(rnd() * 6),
      lng: k.label[0] + (rnd() - 0.5) * 0.008,
      lat: k.label[1] + (rnd() - 0.5) * 0.008,
      service: HOME_CARE_SERVICES[Math.floor(rnd() * HOME_CARE_SERVICES.length)],
      group: HOME_CARE_GROUPS[Math.floor(rnd() * HOME_CARE_GROUPS.length)],
      batchId: 'bench:render-frames',
      sourceFile: 'bench',
      sourceRow: i + 2,
      createdAt: now,
      updatedAt: now,
    };
  });
}

const stats = (deltas: number[]) => {
  const s = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const median = at(0.5);
  return { frames: s.length, median, p95: at(0.95), max: s[s.length - 1], fps: 1000 / median };
};

const mapState = (page: Page) =>
  page.getByTestId('map').evaluate((el: HTMLElement) => ({
    renders: Number(el.dataset.deckRenders ?? 0),
    loaded: el.dataset.deckLoaded === 'true',
    layers: el.dataset.deckLayers ?? '',
  }));

async function waitForLayer(page: Page, id: string): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const s = await mapState(page);
    if (s.layers.split(' ').includes(id) && s.loaded) return Date.now() - t0;
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.deckRenders) >
        before,
      s.renders,
      { timeout: 180_000 },
    );
  }
}

/** Pans with the mouse and zooms with the wheel while rAF deltas are recorded. */
async function measure(page: Page, zoomSteps: number): Promise<number[]> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(`(() => {
    const w = window; w.benchDeltas = []; w.benchOn = true;
    let last = performance.now();
    const tick = (t) => { w.benchDeltas.push(t - last); last = t; if (w.benchOn) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  for (let round = 0; round < 2; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(cx + i * 12, cy + i * 6);
    for (let i = 19; i >= 0; i--) await page.mouse.move(cx + i * 12, cy + i * 6);
    await page.mouse.up();
    for (let i = 0; i < zoomSteps; i++) await page.mouse.wheel(0, -120);
    for (let i = 0; i < zoomSteps; i++) await page.mouse.wheel(0, 120);
  }
  return page.evaluate(`(() => { window.benchOn = false; return window.benchDeltas.slice(1); })()`);
}

const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const visits = syntheticVisits(fc, count);
const { page, close } = await openApp(120_000);
try {
  await page.getByTestId('legend').waitFor({ timeout: 120_000 });
  // The app has created and filled its database; add the visits to its Home Care store.
  const w0 = Date.now();
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('jangkau');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('homeCare', 'readwrite');
      const store = tx.objectStore('homeCare');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, visits);
  log(
    `${count.toLocaleString('en')} synthetic visits (one per home) stored in ${Date.now() - w0} ms`,
  );

  await page.reload();
  await page.waitForSelector('[data-map-state="ready"]', { timeout: 180_000 });
  await page.getByTestId('legend').waitFor({ timeout: 180_000 });
  await page.getByTestId('tab-layers').click();
  // Only the Home Care homes: no choropleth or bank sampah to share the frame.
  await page.getByTestId('layer-toggle-choropleth').uncheck();
  await page.getByTestId('layer-toggle-bank_sampah_points').uncheck();
  await page.getByTestId('tab-layers').click();
  const report = (label: string, deltas: number[]) => {
    const s = stats(deltas);
    log(
      `${label}: ${s.frames} frames; median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; ${s.fps.toFixed(1)} fps (median)`,
    );
    return s;
  };
  // Baseline: boundaries and labels only, same gestures.
  const base = report('baseline (boundaries only), city zoom, pan + wheel', await measure(page, 3));

  await page.getByTestId('tab-layers').click();
  await page.getByTestId('layer-toggle-home_care_points').check();
  await page.getByTestId('tab-layers').click();
  const hexMs = await waitForLayer(page, 'home-care-hex');
  log(`home-care-hex first full draw: ${hexMs} ms after the toggle`);

  const hex = report('city zoom, hexagons, pan + wheel', await measure(page, 3));

  // Zoom in past the points threshold at the city centre, then wait for the points layer.
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -240);
  const pointsMs = await waitForLayer(page, 'home-care-points');
  const zoom = await page.evaluate(() => location.hash);
  log(`home-care-points drawn ${pointsMs} ms after the zoom settled (${zoom})`);
  const points = report('zoom ≥ 14, 100k points, pan + wheel', await measure(page, 2));
  log(
    `median frame time vs. baseline: hexagons ${(hex.median / base.median).toFixed(2)}×, points ${(points.median / base.median).toFixed(2)}×`,
  );
} finally {
  await close();
}
