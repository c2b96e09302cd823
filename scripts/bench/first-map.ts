/**
 * `npm run bench:first-map [-- --runs 5]`: time from navigation to the first drawn map, the app
 * (`dist/`, built with `npm run build` first if missing; `DIST` picks another folder) against a
 * bare page built here with Vite from the project's own packages (scripts/bench/bare-page/:
 * MapLibre with the app's style and a deck.gl overlay drawing the kelurahan polygons and names).
 * Both set the `jangkau:first-map-draw` mark on the same definition (map `idle` and a deck.gl
 * render with layers). Headless Chromium (SwiftShader); app and bare page alternate, a fresh
 * browser context each run (empty IndexedDB and caches, no service worker: a first visit), after
 * one discarded warm-up pair. Prints every run, both medians and their ratio (goal ≤ 1.3×), and
 * the median of the runs' paired ratios.
 * Figures, not assertions; not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const log = (s: string) => process.stdout.write(`${s}\n`);
const appDist = resolve(process.env.DIST ?? 'dist');
const GOAL = 1.3;

async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve('scripts/bench/bare-page'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
}

async function serve(outDir: string, configFile: string | false): Promise<PreviewServer> {
  return preview({
    configFile,
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir },
    logLevel: 'silent',
  });
}

interface Visit {
  /** Navigation start to the `jangkau:first-map-draw` mark. */
  ms: number;
  /** JavaScript the page had fetched by then (decoded bytes; the workers' code included). */
  jsBytes: number;
}

/** One first visit: a new context, so nothing is cached or stored from an earlier run. */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
    const result = await page.evaluate(() => {
      const ms = performance.getEntriesByName('jangkau:first-map-draw')[0]?.startTime ?? NaN;
      const jsBytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\.m?js(\?|$)/.test(r.name) && r.responseEnd <= ms)
        .reduce((sum, r) => sum + r.decodedBodySize, 0);
      return { ms, jsBytes };
    });
    if (!Number.isFinite(result.ms)) throw new Error(`${url}: no jangkau:first-map-draw mark`);
    return result;
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  if (!existsSync(join(appDist, 'index.html'))) {
    log(`no ${appDist}/index.html: running npm run build`);
    execSync('npm run build', { stdio: 'inherit' });
  }
  const bareDist = mkdtempSync(join(tmpdir(), 'jangkau-bare-'));
  let browser: Browser | null = null;
  const servers: PreviewServer[] = [];
  try {
    await buildBarePage(bareDist);
    // The app is served with its own config (as `vite preview` would); the bare page with none.
    const app = await serve(appDist, resolve('vite.config.ts'));
    const bare = await serve(bareDist, false);
    servers.push(app, bare);
    const appUrl = app.resolvedUrls?.local[0];
    const bareUrl = bare.resolvedUrls?.local[0];
    if (!appUrl || !bareUrl) throw new Error('preview server has no URL');
    const urls = { app: appUrl, bare: bareUrl };
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

    // Warm-up: the first launch pays for disk reads and shader compilation both would share.
    await visit(browser, urls.app);
    await visit(browser, urls.bare);

    const visits = { app: [] as Visit[], bare: [] as Visit[] };
    for (let i = 0; i < runs; i += 1) {
      // Alternate which goes first, so drift on a shared machine falls on both alike.
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const which of order) visits[which].push(await visit(browser, urls[which]));
      log(`run ${i + 1}: app ${sec(visits.app[i].ms)}  bare ${sec(visits.bare[i].ms)}`);
    }
    const appMs = median(visits.app.map((v) => v.ms));
    const bareMs = median(visits.bare.map((v) => v.ms));
    const ratio = appMs / bareMs;
    const kb = (vs: Visit[]) => `${(median(vs.map((v) => v.jsBytes)) / 1024).toFixed(0)} KB`;
    log(`median of ${runs}: app ${sec(appMs)}, bare page ${sec(bareMs)}`);
    log(`JavaScript fetched before the first draw: app ${kb(visits.app)}, bare ${kb(visits.bare)}`);
    // Each app run sits next to a bare run in time: on a shared machine the median of those
    // pairs' ratios is steadier than the ratio of the medians.
    const paired = median(visits.app.map((v, i) => v.ms / visits.bare[i].ms));
    log(`median of the ${runs} paired ratios: ${paired.toFixed(2)}×`);
    log(
      `ratio app / bare: ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'not met'})`,
    );
  } finally {
    await browser?.close();
    for (const server of servers) server.httpServer.close();
    rmSync(bareDist, { recursive: true, force: true });
  }
}

await main();
