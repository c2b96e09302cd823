import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/guarded-test';
import { decodePng, type Pixels } from './support/pixels';

interface TestWindow {
  __jangkau: { project: (lngLat: [number, number]) => [number, number] };
}

/** Share of pixels whose colour moved by more than `tolerance` on any channel. */
function changedShare(a: Pixels, b: Pixels, tolerance = 24): number {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i] - b.data[i]) > tolerance ||
      Math.abs(a.data[i + 1] - b.data[i + 1]) > tolerance ||
      Math.abs(a.data[i + 2] - b.data[i + 2]) > tolerance
    )
      changed++;
  }
  return changed / (a.width * a.height);
}

const deckState = (page: Page) =>
  page.getByTestId('map').evaluate((el: HTMLElement) => ({
    renders: Number(el.dataset.deckRenders ?? 0),
    loaded: el.dataset.deckLoaded === 'true',
    layers: el.dataset.deckLayers ?? '',
  }));

/** Runs `action`, then waits for deck.gl to draw a frame after it with every layer loaded. */
async function afterRedraw(page: Page, action: () => Promise<void>): Promise<void> {
  const before = (await deckState(page)).renders;
  await action();
  await expect
    .poll(async () => {
      const s = await deckState(page);
      return s.renders > before && s.loaded;
    })
    .toBe(true);
}

/** The map area only (the panels and legend sit over its edges). */
const mapShot = async (page: Page) =>
  decodePng(await page.screenshot({ clip: { x: 380, y: 110, width: 620, height: 600 } }));

async function openWithCoverage(page: Page): Promise<void> {
  await page.goto('/');
  await waitForMap(page);
  // The choropleth needs the worker's coverage result: its legend appears with it.
  await expect(page.getByTestId('legend-class').first()).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('tab-layers').click();
}

test('every layer toggle changes the map', async ({ page }) => {
  test.setTimeout(240_000);
  await openWithCoverage(page);
  const toggles = [
    'choropleth',
    'bank_sampah_points',
    'prodamas_points',
    'home_care_points',
    'home_care_heatmap',
    'catchments',
    'overlap',
  ];
  for (const id of toggles) {
    const box = page.getByTestId(`layer-toggle-${id}`);
    const before = await mapShot(page);
    await afterRedraw(page, () => box.click());
    const after = await mapShot(page);
    const share = changedShare(before, after);
    expect(share, `pixels changed by toggling ${id}`).toBeGreaterThan(0.005);
  }
});

test('the choropleth legend shows five classes and follows the metric', async ({ page }) => {
  await openWithCoverage(page);
  const classes = page.getByTestId('legend-class');
  await expect(classes).toHaveCount(5);
  const first = await page.getByTestId('legend-classes').innerText();
  await page.getByTestId('layer-metric').selectOption('prodamas_budget_per_resident');
  await expect(classes).toHaveCount(5);
  await expect(page.getByTestId('legend')).toContainText('Rp');
  expect(await page.getByTestId('legend-classes').innerText()).not.toEqual(first);
  await page.getByTestId('class-method-jenks').check();
  await expect(classes).toHaveCount(5);
});

test('hovering a bank sampah point shows its fields as text', async ({ page, request }) => {
  await openWithCoverage(page);
  // An active site from the demo data (the default filter shows active sites only).
  const demo = (await (await request.get('/demo/bank-sampah.json')).json()) as {
    columns: string[];
    dicts: { status: string[] };
    rows: unknown[][];
  };
  const col = (name: string) => demo.columns.indexOf(name);
  const active = demo.rows.filter(
    (r) => demo.dicts.status[r[col('status')] as number] === 'aktif' && r[col('lng')] !== null,
  );
  const lngLat: [number, number] = [
    active[0][col('lng')] as number,
    active[0][col('lat')] as number,
  ];
  const [x, y] = await page.evaluate(
    (p) => (window as unknown as TestWindow).__jangkau.project(p),
    lngLat,
  );
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + x, box.y + y);
  const tooltip = page.getByTestId('hover-tooltip');
  await expect(tooltip).toBeVisible();
  // Sites can overlap at this zoom: the topmost is shown, so any active site's name will do.
  const title = await tooltip.locator('.title').innerText();
  expect(active.map((r) => r[col('name')])).toContain(title);
  await expect(tooltip).toContainText('Status');
  await expect(tooltip).toContainText('Aktif');
  await expect(tooltip).toContainText('RW');
});
