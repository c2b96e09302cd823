import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/guarded-test';

/** Kelurahan names in ranking order, once the worker's figures are in. */
async function rankingOrder(page: Page): Promise<string[]> {
  return page.getByTestId('ranking-row').locator('.row-button').allTextContents();
}

async function openRanking(page: Page): Promise<void> {
  await page.getByTestId('tab-ranking').click();
  // Figures come from the coverage worker after the demo data is stored: a real signal.
  await expect(page.getByTestId('ranking-row')).toHaveCount(46, { timeout: 60_000 });
}

test('a filter changes the counts, the ranking and the URL', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('tab-filters').click();
  // Published figures: 63 of Kota Kediri's 134 bank sampah units are active (2023).
  await expect(page.getByTestId('filtered-count-bank_sampah')).toHaveText('63 bank sampah');

  await openRanking(page);
  await page.getByTestId('ranking-metric').selectOption('bank_sampah_count');
  await expect(page.locator('th[aria-sort="descending"]')).toContainText(
    'Bank sampah: jumlah unit',
  );
  const before = await rankingOrder(page);
  const topCount = await page.getByTestId('ranking-row').first().locator('td').nth(1).innerText();

  await page.getByTestId('tab-filters').click();
  await page.getByTestId('filter-bs-all').check();
  await expect(page.getByTestId('filtered-count-bank_sampah')).toHaveText('134 bank sampah');

  await openRanking(page);
  // Counting inactive units too raises the top count and reorders the table.
  await expect
    .poll(async () => page.getByTestId('ranking-row').first().locator('td').nth(1).innerText())
    .not.toBe(topCount);
  expect(await rankingOrder(page)).not.toEqual(before);
  await expect.poll(() => page.url()).toContain('bs=all');
  await expect.poll(() => page.url()).toContain('metric=bank_sampah_count');
});

test('the ranking works by mouse and by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await openRanking(page);

  // A click anywhere on a row (here its score cell, away from the name) opens that kelurahan.
  const third = page.getByTestId('ranking-row').nth(2);
  const thirdName = await third.locator('.row-button').innerText();
  const cell = await third.locator('td').nth(1).boundingBox();
  if (!cell) throw new Error('ranking cell has no box');
  await page.mouse.click(cell.x + cell.width / 2, cell.y + cell.height / 2);
  await expect(page.getByTestId('kelurahan-name')).toHaveText(thirdName);

  // Keyboard: from the metric list, Tab on (export, the period comparison's switch) to the first
  // header, Enter sorts by name.
  await page.getByTestId('ranking-metric').focus();
  for (let i = 0; i < 6; i += 1) {
    const onHeader = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.testid === 'sort-nama',
    );
    if (onHeader) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('sort-nama')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Kelurahan');
  const names = await rankingOrder(page);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));

  // Tab on through the headers to the first row, Enter selects it.
  for (let i = 0; i < 10; i += 1) {
    const onRow = await page.evaluate(() =>
      document.activeElement?.classList.contains('row-button'),
    );
    if (onRow) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('ranking-row').first().locator('.row-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kelurahan-name')).toHaveText(names[0]);
});

test('a shared link reproduces the kelurahan, metric, language and camera', async ({ page }) => {
  await page.goto('/#map=14/-7.8231/112.0312&kel=35.71.03.1010&metric=bank_sampah_count&lang=en');
  await waitForMap(page);
  await expect(page.getByTestId('kelurahan-name')).toHaveText('Ngletih');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('tab-ranking').click();
  await expect(page.getByTestId('ranking-metric')).toHaveValue('bank_sampah_count');
  await expect(page.getByRole('heading', { name: 'Kelurahan ranking' })).toBeVisible();
  // The map jumped to the link's camera: its settled position is written back unchanged.
  await expect.poll(() => page.url()).toContain('map=14/-7.8231/112.0312');
  expect(page.url()).toContain('kel=35.71.03.1010');
});

test('malformed URL parameters are ignored without errors', async ({ page }) => {
  const hostile = [
    'kel=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'metric=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'map=NaN/1e999/x',
    'lang=xx',
    'layers=choropleth&layers=overlap',
    'radius=bank_sampah:99999999',
    'from=2024-99-99',
    'bs=__proto__',
  ].join('&');
  await page.goto(`/#${hostile}`);
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('kelurahan-name')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.getByTestId('tab-filters').click();
  await expect(page.getByTestId('filter-bs-aktif')).toBeChecked();
  await page.getByTestId('tab-ranking').click();
  await expect(page.getByTestId('ranking-metric')).toHaveValue('underserved_score');
  // The rejected parameters are dropped from the address bar too.
  await expect.poll(() => new URL(page.url()).hash).toBe('');
});

test('a radius off the slider step shows and computes the same snapped value', async ({ page }) => {
  // Bank sampah slider: 300–800 m in steps of 10, so 555 m snaps to 560 m (a tie goes up).
  await page.goto('/#radius=bank_sampah:555');
  await waitForMap(page);
  await page.getByTestId('tab-coverage').click();
  const slider = page.getByTestId('radius-bank_sampah');
  await expect(slider).toHaveValue('560');
  // The label reads the radius the coverage worker is given; the address bar is written from it.
  await expect(page.locator('label[for="radius-bank_sampah"] strong')).toHaveText('560 m');
  await expect.poll(() => new URL(page.url()).hash).toBe('#radius=bank_sampah:560');
  await expect(page.getByTestId('city-covered-bank_sampah')).toBeVisible({ timeout: 60_000 });
});
