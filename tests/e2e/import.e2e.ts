import { test, expect, waitForMap } from './support/guarded-test';
import { colourAround } from './support/map-points';
import type { Page } from '@playwright/test';

/** Share of the map's pixels in Emas green (its definition's colour), points drawn opaque. */
const FIXTURES = 'tests/fixtures/import';

/** The four spots of emas-spots-located.csv (typed from the file). */
const LOCATED_SPOTS: [number, number][] = [
  [111.966391, -7.813231],
  [111.986029, -7.798804],
  [112.034861, -7.842708],
  [112.01083, -7.795414],
];

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

test('real office files import: a hospital list and a Home Care list with names but no ids', async ({
  page,
}) => {
  const counts = await openData(page);
  // `Nama, Jenis, longitude, latitude`, 9 hospitals inside the city: "Rumah Sakit" is no bank
  // sampah type, kept as a new category with a warning; every row imports.
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/rumah-sakit.csv`);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('9 baris');
  await expect(summary).toContainText('9 diterima');
  await page.getByTestId('import-commit').click();
  await expect(counts).toContainText('143 bank sampah');

  // 5 visits: 4 with a name get a pseudonymous id made in this browser, the one without a name
  // is refused; no name or birth date is shown or kept.
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/home-care-names.csv`);
  await expect(summary).toContainText('5 baris');
  await expect(summary).toContainText('4 diterima');
  await expect(summary).toContainText('1 ditolak');
  await page.getByLabel('Hanya baris bermasalah').uncheck();
  const table = page.getByTestId('import-rows');
  await expect(table.locator('tr[data-row="2"]')).toBeVisible();
  for (const secret of ['Siti', 'Aminah', 'Budi', '1950'])
    await expect(table).not.toContainText(secret);
  await page.getByTestId('import-commit').click();
  await expect(counts).toContainText('4.450 kunjungan Home Care');
});

test('a quick win without a built-in table imports through its definition: Emas spots', async ({
  page,
}) => {
  await openData(page);
  // The demo's 154 Emas spots (published figure, 3 Dec 2024) are drawn before any import.
  await expect(page.getByTestId('legend-defined')).toContainText('English Massive (Emas)', {
    timeout: 60_000,
  });
  const before = await colourAround(page, LOCATED_SPOTS, [0, 158, 115]);
  await page.getByTestId('import-program').selectOption('emas');
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/emas-spots.csv`);
  // 6 rows, by hand: one has no spot name (rejected); the rest import.
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('6 baris');
  await expect(summary).toContainText('5 diterima');
  await expect(page.getByTestId('import-report')).toContainText('English Massive (Emas)');
  // The venue "Musala" is none of Emas's: kept as new, warned. The mapping editor merges it into
  // TPQ and checks again: one warning fewer (3 → 2), nothing else changes.
  await expect(summary).toContainText('3 dengan peringatan');
  const editor = page.getByTestId('defined-mapping-editor');
  await editor.locator('summary').click();
  await editor.getByTestId('merge-venue').selectOption('tpq');
  await editor.locator('button.btn').click();
  await expect(summary).toContainText('5 diterima (2 dengan peringatan)');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-saved')).toContainText('5 baris');
  // Those spots name only their kelurahan: nothing more to draw. Four more with coordinates (the
  // hospital fixture's, inside the city) are on the map in Emas green, and the legend names it.
  await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/emas-spots-located.csv`);
  await expect(summary).toContainText('4 diterima');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('legend-defined')).toContainText('English Massive (Emas)');
  await expect
    .poll(() => colourAround(page, LOCATED_SPOTS, [0, 158, 115]), { timeout: 30_000 })
    .toBeGreaterThan(before + 0.05);
  // Its catchment, at the preset's 250 m, in the coverage panel: the demo's 154 located active
  // spots and the four imported (status defaulted to active) reach some area: 154 + 4 = 158.
  await page.getByTestId('tab-coverage').click();
  await expect(page.getByTestId('city-covered-emas')).toContainText('158 titik');
  await expect(page.getByTestId('city-covered-emas')).toContainText('wilayah terjangkau');
  await page.getByTestId('tab-data').click();

  const emas = page.locator('[data-testid="program-catalogue"] li[data-program="emas"]');
  await page.getByTestId('program-catalogue').locator('summary').click();
  // 154 demo spots + 5 + 4 imported = 163.
  await expect(emas.getByTestId('program-records')).toHaveText('163 data tersimpan');
  await page.reload();
  await waitForMap(page);
  await page.getByTestId('tab-data').click();
  await page.getByTestId('program-catalogue').locator('summary').click();
  await expect(emas.getByTestId('program-records')).toHaveText('163 data tersimpan', {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Batalkan impor emas-spots.csv' }).click();
  await expect(emas.getByTestId('program-records')).toHaveText('158 data tersimpan');
  await page.getByRole('button', { name: 'Batalkan impor emas-spots-located.csv' }).click();
  // Both imports undone: the demo's 154 spots are what is left, still drawn.
  await expect(emas.getByTestId('program-records')).toHaveText('154 data tersimpan');
  await expect(page.getByTestId('legend-defined')).toContainText('English Massive (Emas)');
});
