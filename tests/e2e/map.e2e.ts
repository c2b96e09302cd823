import { test, expect, waitForMap } from './support/guarded-test';
import { decodePng, distinctColours, over, shareNear } from './support/pixels';
import {
  BACKGROUND,
  KECAMATAN_LINE,
  KELURAHAN_FILL,
  KELURAHAN_LINE,
} from '../../src/lib/map/colors';
import type { Page } from '@playwright/test';

interface TestWindow {
  __jangkau: { project: (lngLat: [number, number]) => [number, number] };
}

/** Screen position (page coordinates) of a `[lng, lat]` on the map. */
async function pagePoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  const [x, y] = await page.evaluate(
    (p) => (window as unknown as TestWindow).__jangkau.project(p),
    lngLat,
  );
  return { x: box.x + x, y: box.y + y };
}

// Label points of two kelurahan, read from the shipped geodata by the app itself.
async function labelOf(page: Page, kode: string): Promise<[number, number]> {
  return page.evaluate(async (k) => {
    const link = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /kelurahan[^/]*\.geojson/.test(name));
    if (!link) throw new Error('kelurahan.geojson was not loaded');
    const collection = await (await fetch(link)).json();
    const feature = collection.features.find(
      (f: { properties: { kode: string } }) => f.properties.kode === k,
    );
    return feature.properties.label;
  }, kode);
}

test('the map draws the 46 kelurahan, and the time to first draw is measured', async ({ page }) => {
  // Every layer but the boundaries off: the plain fill, however soon the figures arrive.
  await page.goto('/#layers=');
  await waitForMap(page);
  const firstDrawMs = await page.evaluate(
    () => performance.getEntriesByName('jangkau:first-map-draw')[0]?.startTime ?? -1,
  );
  console.log(`time from navigation to first drawn map: ${Math.round(firstDrawMs)} ms`);
  expect(firstDrawMs).toBeGreaterThan(0);

  const pixels = decodePng(await page.getByTestId('map').screenshot());
  // The kelurahan fill, composited over the background, covers a good part of the fitted view.
  expect(shareNear(pixels, over(KELURAHAN_FILL, BACKGROUND), 10)).toBeGreaterThan(0.15);
  // Kelurahan outlines and the heavier kecamatan lines are drawn.
  expect(shareNear(pixels, KELURAHAN_LINE.slice(0, 3) as never, 24)).toBeGreaterThan(0.002);
  expect(shareNear(pixels, KECAMATAN_LINE.slice(0, 3) as never, 24)).toBeGreaterThan(0.002);
  // The background is there too (the city does not fill the whole view), and it is no blank canvas.
  expect(shareNear(pixels, BACKGROUND.slice(0, 3) as never, 4)).toBeGreaterThan(0.05);
  expect(distinctColours(pixels)).toBeGreaterThan(20);
});

test('hover shows a name; a click opens the panel with the right name and code', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const sukorame = await pagePoint(page, await labelOf(page, '35.71.01.1005'));
  await page.mouse.move(sukorame.x, sukorame.y);
  // The name is the tooltip's first line; the choropleth's figure may follow it.
  await expect(page.getByTestId('hover-tooltip').locator('.title')).toHaveText('Sukorame');

  const ngletih = await pagePoint(page, await labelOf(page, '35.71.03.1010'));
  await page.mouse.click(ngletih.x, ngletih.y);
  await expect(page.getByTestId('kelurahan-name')).toHaveText('Ngletih');
  await expect(page.getByTestId('kelurahan-code')).toHaveText('35.71.03.1010');
});

test('the picker works by keyboard alone, in both languages', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('kelurahan-picker')).toBeFocused();
  await page.keyboard.type('tinal');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('kelurahan-panel');
  await expect(panel.getByTestId('kelurahan-name')).toHaveText('Tinalan');
  await expect(panel.getByTestId('kelurahan-code')).toHaveText('35.71.03.1008');
  await expect(panel).toContainText('Kode wilayah');

  // Switch language by keyboard: the same panel now speaks English.
  await page.getByTestId('language-switch').focus();
  await page.keyboard.press('ArrowDown');
  await expect(panel).toContainText('Official code');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the online basemap fails quietly offline and the map keeps working', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('basemap-toggle').check();
  await expect(page.getByTestId('basemap-notice')).toBeVisible();
  const bangsal = await pagePoint(page, await labelOf(page, '35.71.03.1001'));
  await page.mouse.click(bangsal.x, bangsal.y);
  await expect(page.getByTestId('kelurahan-name')).toHaveText('Bangsal');

  // The only outside requests were the basemap tiles the user asked for (aborted by the guard),
  // and the only console errors are the browser's own notes on those failed tiles.
  expect(guard.outsideRequests.length).toBeGreaterThan(0);
  expect(
    guard.outsideRequests.every((url) => url.startsWith('https://tile.openstreetmap.org/')),
  ).toBe(true);
  guard.outsideRequests.length = 0;
  const tileErrors = guard.errors.filter((e) => e.includes('ERR_INTERNET_DISCONNECTED'));
  guard.errors.splice(
    0,
    guard.errors.length,
    ...guard.errors.filter((e) => !tileErrors.includes(e)),
  );
});

test('after a picker choice, a plain click on the map selects without moving the camera', async ({
  page,
}) => {
  const cameraNow = () =>
    page.evaluate(() => (window as unknown as { __jangkau: TestWindowCamera }).__jangkau.camera());
  await page.goto('/');
  await waitForMap(page);
  const before = await cameraNow();
  await page.getByTestId('kelurahan-picker').fill('Bujel');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kelurahan-name')).toHaveText('Bujel');
  // The picker flies the camera (from the next frame on); wait until it has left and settled.
  await expect
    .poll(
      async () => {
        const now = await cameraNow();
        return !now.moving && now.zoom !== before.zoom;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const settled = await cameraNow();

  // Campurejo's label point, clicked where the camera left it (its neighbour Sukorame if off-screen).
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  let target = await pagePoint(page, await labelOf(page, '35.71.01.1012'));
  let expected = 'Campurejo';
  if (target.y > box.y + box.height - 20 || target.y < box.y + 20) {
    target = await pagePoint(page, await labelOf(page, '35.71.01.1005'));
    expected = 'Sukorame';
  }
  await page.mouse.click(target.x, target.y);
  await expect(page.getByTestId('kelurahan-name')).toHaveText(expected);
  const after = await cameraNow();
  expect(after.moving).toBe(false);
  expect(after.zoom).toBeCloseTo(settled.zoom, 6);
  expect(after.center[0]).toBeCloseTo(settled.center[0], 7);
  expect(after.center[1]).toBeCloseTo(settled.center[1], 7);
});

interface TestWindowCamera {
  camera: () => { center: [number, number]; zoom: number; moving: boolean };
}
