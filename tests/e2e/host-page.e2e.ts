import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { test, expect } from './support/guarded-test';
import { decodePng, distinctColours, over, shareNear } from './support/pixels';
import { BACKGROUND } from '../../src/lib/map/colors';
import { CLASS_COLOURS } from '../../src/embed/choropleth';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const SUB_PATH = '/jangkau/';
/** The placeholder address of the published app in examples/host-page/index.html. */
const PLACEHOLDER = 'https://peta.example.org/jangkau/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** A tiny static server: files of `root` under `prefix`, nothing else (no directory listing). */
function serve(root: string, prefix: string, host: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    const rel = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, host, () => done(server)));
}

let app: Server;
let host: Server;
let hostRoot: string;

test.beforeAll(async () => {
  app = await serve(DIST, SUB_PATH, '127.0.0.1');
  // The host page is served from another origin (other host name and port), with the app's
  // placeholder address replaced by the test server's.
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}${SUB_PATH}`;
  const page = readFileSync('examples/host-page/index.html', 'utf8');
  expect(page).toContain(PLACEHOLDER);
  hostRoot = resolve('test-results', 'host-page');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(hostRoot, { recursive: true });
  writeFileSync(join(hostRoot, 'index.html'), page.replaceAll(PLACEHOLDER, appUrl));
  host = await serve(hostRoot, '/', 'localhost');
});

test.afterAll(async () => {
  await Promise.all([app, host].map((s) => new Promise((done) => s?.close(done))));
});

test('the sample host page on another origin shows the embed from a sub-path', async ({ page }) => {
  const appPort = (app.address() as AddressInfo).port;
  const hostPort = (host.address() as AddressInfo).port;
  const requests: string[] = [];
  const failures: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`http://localhost:${hostPort}/`);
  const frame = page.frameLocator('[data-testid="jangkau-embed"]');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
    timeout: 60_000,
  });
  await expect(frame.getByTestId('embed-panel-name')).toHaveText('Sukorame');

  const pixels = decodePng(await page.getByTestId('jangkau-embed').screenshot());
  expect(distinctColours(pixels)).toBeGreaterThan(20);
  const fill = CLASS_COLOURS.reduce((s, c) => s + shareNear(pixels, over(c, BACKGROUND), 10), 0);
  expect(fill, 'kelurahan choropleth fill').toBeGreaterThan(0.1);

  expect(failures, 'failed requests').toEqual([]);
  const appRequests = requests.filter((u) => u.startsWith(`http://127.0.0.1:${appPort}/`));
  expect(appRequests.every((u) => u.startsWith(`http://127.0.0.1:${appPort}${SUB_PATH}`))).toBe(
    true,
  );
  expect(appRequests.some((u) => u.endsWith(`${SUB_PATH}embed/data.json`))).toBe(true);
  expect(appRequests.some((u) => /\.geojson$/.test(u))).toBe(true);
  for (const url of requests.filter((u) => /^https?:/.test(u)))
    expect(['localhost', '127.0.0.1'], url).toContain(new URL(url).hostname);
});
