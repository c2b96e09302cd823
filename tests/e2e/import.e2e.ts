import { test, expect, waitForMap } from './support/guarded-test';
import type { Page } from '@playwright/test';

const FIXTURES = 'tests/fixtures/import';

async function openData(page: Page) {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('tab-data').click();
  const counts = page.getByTestId('record-counts');
  // The demo's 134 bank sampah (published figure) are there before any import.
  await expect(counts).toContainText('134 bank sampah', { timeout: 60_000 });
  return counts;
}

test('a messy spreadsheet imports through the UI: report first, one batch, kept on reload, undone', async ({
  page,
}) => {
  const counts = await openData(page);
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/bank-sampah-id.csv`);

  // 16 data rows (17 lines, one blank). Rejected, by hand: row 11 has no name, row 12 names no
  // kelurahan of Kediri and has no coordinates, row 18 gives members as words.
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('16 baris');
  await expect(summary).toContainText('13 diterima');
  await expect(summary).toContainText('3 ditolak');
  const table = page.getByTestId('import-rows');
  await expect(table.locator('tr[data-row="4"]')).toContainText('tertukar');
  await expect(table.locator('tr[data-row="6"]')).toContainText('luar');

  // Hostile text from the file is shown as text, never run as markup.
  await page.getByLabel('Hanya baris bermasalah').uncheck();
  await expect(table.locator('tr[data-row="9"]')).toContainText("<script>alert('xss')</script>");
  await expect(table.locator('script, img')).toHaveCount(0);

  // Nothing is written until the user says so.
  await expect(counts).toContainText('134 bank sampah');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-saved')).toContainText('13 baris');
  await expect(counts).toContainText('147 bank sampah');

  await page.reload();
  await waitForMap(page);
  await page.getByTestId('tab-data').click();
  await expect(counts).toContainText('147 bank sampah', { timeout: 60_000 });

  await page.getByRole('button', { name: 'Batalkan impor bank-sampah-id.csv' }).click();
  await expect(counts).toContainText('134 bank sampah');
  await expect(page.getByTestId('batch-list')).toContainText('dibatalkan');
});

test('a rejected file leaves the database unchanged', async ({ page }) => {
  const counts = await openData(page);
  const before = await counts.textContent();
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/binary-junk.csv`);
  await expect(page.getByTestId('import-nothing')).toBeVisible();
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/all-invalid.csv`);
  await expect(page.getByTestId('import-nothing')).toBeVisible();
  await expect(counts).toHaveText(before!);
  await expect(page.getByText('Belum ada impor.')).toBeVisible();
});
