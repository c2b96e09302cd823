import { test, expect, waitForMap } from './support/guarded-test';
import type { Page } from '@playwright/test';

interface TestWindow {
  __jangkau: { project: (lngLat: [number, number]) => [number, number] };
}

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload=window.__pwned=3>';
/** Two sites inside Kelurahan Pojok, `[lng, lat]`. */
const AT_IMG: [number, number] = [111.955, -7.8155];
const AT_SCRIPT: [number, number] = [111.9605, -7.8205];

const csv = [
  'nama;kelurahan;rt;rw;alamat;lintang;bujur;jenis;status',
  `${IMG};Pojok;1;1;"${SVG.replaceAll('"', '""')}";${AT_IMG[1]};${AT_IMG[0]};unit;aktif`,
  `${SCRIPT};Pojok;2;1;Jl. Aman;${AT_SCRIPT[1]};${AT_SCRIPT[0]};unit;aktif`,
].join('\n');

/** Markup the payloads would create if any of them were parsed as HTML. */
async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    images: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
  }));
  expect(found).toEqual({ pwned: undefined, handlers: 0, images: 0, inlineScripts: 0 });
}

test('imported HTML and script payloads show as literal text in tooltip, lists and report', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('tab-data').click();
  const counts = page.getByTestId('record-counts');
  await expect(counts).toContainText('134 bank sampah', { timeout: 60_000 });
  await page.getByTestId('import-file').setInputFiles({
    name: 'payloads.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByTestId('import-commit').click();
  await expect(counts).toContainText('136 bank sampah');
  await page.getByTestId('tab-data').click(); // close the sheet so the map is free to hover

  // Tooltip: hover the first site.
  const box = (await page.getByTestId('map').boundingBox())!;
  const [x, y] = await page.evaluate(
    (at) => (window as unknown as TestWindow).__jangkau.project(at),
    AT_IMG,
  );
  await page.mouse.move(box.x + x, box.y + y);
  await expect(page.getByTestId('hover-tooltip')).toContainText(IMG);
  await expectNothingInjected(page);

  // Profile record list.
  await page.getByTestId('kelurahan-picker').fill('Pojok');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByTestId('profile-section-records').locator('summary').click();
  const list = page.getByTestId('records-list-bank_sampah');
  await expect(list).toContainText(IMG);
  await expect(list).toContainText(SCRIPT);

  // The printable report lists names and addresses.
  await page.getByTestId('open-report').click();
  const sites = page.getByTestId('report-sites');
  await expect(sites).toContainText(IMG);
  await expect(sites).toContainText(SCRIPT);
  await expect(sites).toContainText(SVG);
  await expectNothingInjected(page);
});

test('hostile URL parameters and fragment inject nothing and break nothing', async ({ page }) => {
  const hash = new URLSearchParams({
    lang: '<img src=x onerror=window.__pwned=4>',
    kel: '<script>window.__pwned=5</script>',
    metric: '"><svg onload=window.__pwned=6>',
    map: '12/<b>/x',
  }).toString();
  await page.goto(`/?kel=${encodeURIComponent('<script>window.__pwned=7</script>')}#${hash}`);
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('kelurahan-panel')).toHaveCount(0);
  await page.getByTestId('share-open').click();
  const snippet = await page.getByTestId('share-embed').inputValue();
  expect(snippet).not.toContain('<script');
  expect(snippet).not.toContain('<img');
  await expectNothingInjected(page);
});
