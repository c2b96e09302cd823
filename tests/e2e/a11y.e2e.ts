import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForMap } from './support/guarded-test';
import type { Page } from '@playwright/test';

/** axe-core on the current page: no serious or critical violation. */
async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    // The map canvas is a picture with an accessible name on its region; axe cannot judge it.
    .exclude('.maplibregl-canvas')
    .exclude('#deckgl-overlay')
    .analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

test('desktop: the explorer passes axe with panels open', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await expectNoSeriousViolations(page);
  for (const tab of ['layers', 'filters', 'ranking', 'coverage', 'planning', 'data']) {
    await page.getByTestId(`tab-${tab}`).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expectNoSeriousViolations(page);
  }
});

test('phone 360×740: panels do not overlap each other and the map stays visible', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('kelurahan-picker').fill('Bujel');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kelurahan-panel')).toBeVisible();
  await page.getByTestId('tab-layers').click();
  await expect(page.getByRole('tabpanel')).toBeVisible();

  const boxes = await page.evaluate(() => {
    const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().toJSON();
    return {
      profile: rect('[data-testid="kelurahan-panel"]'),
      sheet: rect('[role="tabpanel"]'),
      map: rect('[data-testid="map"]'),
    };
  });
  expect(overlaps(boxes.profile, boxes.sheet)).toBe(false);
  // Some of the map is still uncovered by both panels.
  const mapArea = boxes.map.width * boxes.map.height;
  const covered =
    boxes.profile.width * boxes.profile.height + boxes.sheet.width * boxes.sheet.height;
  expect(covered).toBeLessThan(mapArea * 0.9);
  await page.screenshot({ path: test.info().outputPath('phone.png') });
  await expectNoSeriousViolations(page);
});
