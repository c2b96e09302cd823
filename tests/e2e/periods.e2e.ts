import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/guarded-test';
import { decodePng, shareNear, over, type Pixels } from './support/pixels';
import { BACKGROUND, CHANGE_RAMP } from '../../src/lib/map/colors';

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

/** The map right of the open tab panel, above the legend. */
const mapShot = async (page: Page) =>
  decodePng(await page.screenshot({ clip: { x: 420, y: 110, width: 560, height: 520 } }));

test('two periods give a change map, a ranking by change and the sites opened', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  // The metric's choropleth needs the worker's first result.
  await expect(page.getByTestId('legend-class').first()).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('tab-ranking').click();
  await page.getByTestId('ranking-metric').selectOption('bank_sampah_count');
  await expect(page.getByTestId('ranking-row')).toHaveCount(46, { timeout: 60_000 });
  const normal = await mapShot(page);

  await page.getByTestId('periods-toggle').check();
  // The demo's bank sampah: 24 units founded from mid 2022 to 2023, so 2021 → 2023 has openings.
  await page.getByTestId('period-a-kind').selectOption('2021');
  await page.getByTestId('period-b-kind').selectOption('2023');
  await expect(page.getByTestId('change-row')).toHaveCount(46, { timeout: 60_000 });
  await expect(page.getByTestId('legend-change')).toBeVisible();
  await expect(page.getByTestId('legend-change-title')).toContainText('Perubahan');

  // Sorted by change, most improved first: the top row gained a bank sampah or more.
  const top = page.getByTestId('change-row').first();
  await expect(top.getByTestId('change-value')).toContainText('+');
  expect(Number(await top.getAttribute('data-delta'))).toBeGreaterThan(0);
  await expect(page.getByTestId('sites-opened').locator('li').first()).toBeVisible();

  // The change is drawn: the fill differs from the metric's own classes, in the PuOr purples.
  await expect
    .poll(async () => changedShare(normal, await mapShot(page)), { timeout: 30_000 })
    .toBeGreaterThan(0.02);
  const purple = over(CHANGE_RAMP[6], BACKGROUND);
  const lightPurple = over(CHANGE_RAMP[5], BACKGROUND);
  const shot = await mapShot(page);
  expect(shareNear(shot, purple, 24) + shareNear(shot, lightPurple, 24)).toBeGreaterThan(0.005);

  await expect.poll(() => page.url()).toContain('compare=2021,2023');
});
