import { readFileSync } from 'node:fs';
import { test, expect, waitForMap } from './support/guarded-test';
import type { Page } from '@playwright/test';

interface Hooks {
  __jangkau: {
    project: (lngLat: [number, number]) => [number, number];
    camera: () => { moving: boolean; zoom: number };
  };
}

const TAB_IDS = ['layers', 'filters', 'ranking', 'coverage', 'data'];

/** [west, south, east, north] of one kelurahan, read from the shipped geodata. */
function bboxOf(kode: string): [number, number, number, number] {
  const fc = JSON.parse(readFileSync('geodata/kelurahan.geojson', 'utf8')) as {
    features: { properties: { kode: string }; geometry: { coordinates: number[][][] } }[];
  };
  const feature = fc.features.find((f) => f.properties.kode === kode);
  if (!feature) throw new Error(`no kelurahan ${kode}`);
  const points = feature.geometry.coordinates.flat();
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const cameraNow = (page: Page) =>
  page.evaluate(() => (window as unknown as Hooks).__jangkau.camera());

async function pick(page: Page, name: string): Promise<void> {
  const before = await cameraNow(page);
  await page.getByTestId('kelurahan-picker').fill(name);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kelurahan-name')).toHaveText(name);
  // The fit starts a frame after the choice: wait until the camera has left and settled.
  await expect
    .poll(async () => {
      const now = await cameraNow(page);
      return !now.moving && now.zoom !== before.zoom;
    })
    .toBe(true);
}

/** Labels whose text is wider than their button (cut off), as "lang width: label". */
async function cutTabs(page: Page, lang: string, width: number): Promise<string[]> {
  const cut: string[] = [];
  for (const id of TAB_IDS) {
    const tab = page.getByTestId(`tab-${id}`);
    const overflows = await tab.evaluate((el) => el.scrollWidth > el.clientWidth);
    if (overflows) cut.push(`${lang} ${width}: ${await tab.innerText()}`);
  }
  return cut;
}

test('every tab label is fully visible at 1280, 1366 and 360 px in both languages', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const cut: string[] = [];
  for (const lang of ['id', 'en']) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const width of [1280, 1366, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 768 });
      cut.push(...(await cutTabs(page, lang, width)));
    }
  }
  expect(cut).toEqual([]);
});

test('phone 360×740: tools fold into a menu, the map keeps three quarters of the screen, the legend folds', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForMap(page);
  const map = await page.getByTestId('map').boundingBox();
  expect(map?.height ?? 0).toBeGreaterThanOrEqual(0.75 * 740);

  // Share, basemap and language wait behind the menu button.
  await expect(page.getByTestId('language-switch')).toBeHidden();
  await expect(page.getByTestId('share-open')).toBeHidden();
  const menu = page.getByTestId('tools-menu');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('share-open')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('language-switch')).toBeHidden();

  // The legend starts folded to its header on a phone and opens with one tap.
  const fold = page.getByTestId('legend-fold');
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('legend-classes')).toBeHidden();
  await fold.click();
  await expect(page.getByTestId('legend-classes')).toBeVisible();
});

test('a chosen kelurahan is fitted clear of the profile, and the legend is not behind it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('tab-coverage').click();
  await pick(page, 'Bujel');
  const [west, south, east, north] = bboxOf('35.71.01.1006');
  const corners = await page.evaluate(
    (c) => c.map((p) => (window as unknown as Hooks).__jangkau.project(p)),
    [
      [west, north],
      [east, south],
    ] as [number, number][],
  );
  const mapBox = await page.getByTestId('map').boundingBox();
  const profile = await page.getByTestId('kelurahan-panel').boundingBox();
  const sheet = await page.locator('#tabpanel-coverage').boundingBox();
  const legend = await page.getByTestId('legend').boundingBox();
  if (!mapBox || !profile || !sheet || !legend) throw new Error('missing box');
  const [[x0, y0], [x1, y1]] = corners.map(([x, y]) => [mapBox.x + x, mapBox.y + y]);
  // The whole kelurahan lies right of the open panel, left of the profile, inside the map.
  expect(x0).toBeGreaterThanOrEqual(sheet.x + sheet.width);
  expect(x1).toBeLessThanOrEqual(profile.x);
  expect(y0).toBeGreaterThanOrEqual(mapBox.y);
  expect(y1).toBeLessThanOrEqual(mapBox.y + mapBox.height);
  // The legend stands beside the profile, not under it.
  expect(legend.x + legend.width).toBeLessThanOrEqual(profile.x);
});
