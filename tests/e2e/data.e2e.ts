import { readFileSync } from 'node:fs';
import { test, expect, waitForMap } from './support/guarded-test';
import type { Page } from '@playwright/test';

// Published figures the demo data follows (kediri-facts.md): 134 bank sampah in the city.
const DEMO_BANK_SAMPAH = '134 bank sampah';

async function openDataPanel(page: Page) {
  await page.getByTestId('tab-data').click();
  const counts = page.getByTestId('record-counts');
  await expect(counts).toBeVisible({ timeout: 60_000 });
  return counts;
}

test('demo data loads on first start into real IndexedDB, survives a reload, clears and restores', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const counts = await openDataPanel(page);
  await expect(counts).toContainText(DEMO_BANK_SAMPAH);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  const before = await counts.textContent();

  // Stored, not re-fetched: after a reload the same records are read back from IndexedDB.
  await page.reload();
  await waitForMap(page);
  await expect(await openDataPanel(page)).toHaveText(before!);

  await page.getByTestId('demo-clear').click();
  await expect(counts).toContainText('0 bank sampah');
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);

  // A cleared demo stays cleared across reloads: it is never loaded again by itself.
  await page.reload();
  await waitForMap(page);
  await expect(await openDataPanel(page)).toContainText('0 bank sampah');
  await page.getByTestId('demo-restore').click();
  await expect(counts).toHaveText(before!);
});

test('exports per programme; a full backup restores exactly; a broken backup changes nothing', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForMap(page);
  const counts = await openDataPanel(page);
  await expect(counts).toContainText(DEMO_BANK_SAMPAH);
  const before = await counts.textContent();

  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('backup-download').click();
  const backupPath = testInfo.outputPath('backup.json');
  await (await downloadPromise).saveAs(backupPath);
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup.tables.bankSampah).toHaveLength(134);

  // Per-programme exports: the 134 bank sampah as CSV (header + 134 lines), and Home Care as
  // GeoJSON without home locations unless the user asks for them.
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv-bank_sampah').click();
  const csvPath = testInfo.outputPath('bank-sampah.csv');
  await (await csvDownload).saveAs(csvPath);
  const csvLines = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  expect(csvLines).toHaveLength(1 + 134);
  expect(csvLines[0]).toContain('kelurahan');
  const geoDownload = page.waitForEvent('download');
  await page.getByTestId('export-geojson-home_care').click();
  const geoPath = testInfo.outputPath('home-care.geojson');
  await (await geoDownload).saveAs(geoPath);
  const visits = JSON.parse(readFileSync(geoPath, 'utf8')).features;
  expect(visits.length).toBeGreaterThan(1000);
  expect(visits.every((f: { geometry: unknown }) => f.geometry === null)).toBe(true);

  await page.getByTestId('demo-clear').click();
  await expect(counts).toContainText('0 bank sampah');

  page.on('dialog', (dialog) => dialog.accept());
  // A file that is not a backup: clear message, database unchanged.
  await page.getByTestId('backup-file').setInputFiles({
    name: 'not-a-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('alert')).toContainText('basis data tidak diubah');
  await expect(counts).toContainText('0 bank sampah');

  await page.getByTestId('backup-file').setInputFiles(backupPath);
  await expect(counts).toHaveText(before!);
});

test('the six quick wins each have a home: programme, privacy, radius and published facts', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await openDataPanel(page);
  const catalogue = page.getByTestId('program-catalogue');
  await catalogue.locator('summary').click();
  const entries = catalogue.locator('li[data-program]');
  await expect(entries).toHaveCount(6);
  await expect(entries.nth(0).getByTestId('program-records')).toHaveText('134 data tersimpan');
  const emas = catalogue.locator('li[data-program="emas"]');
  await expect(emas).toContainText('154 spot, 247 kelas, 3.260 peserta per 3 Desember 2024.');
  // The presets' demo data follows the published counts: 154 Emas spots, 121 Kurnia loans.
  await expect(emas.getByTestId('program-records')).toHaveText('154 data tersimpan');
  await expect(
    catalogue.locator('li[data-program="kurnia"]').getByTestId('program-records'),
  ).toHaveText('121 data tersimpan');
  await expect(emas).toContainText('Radius jangkauan 250 m.');
  await expect(emas.getByRole('link', { name: 'sumber' }).first()).toHaveAttribute(
    'href',
    /^https:\/\/jatim\.times\.co\.id\//,
  );
  await expect(catalogue.locator('li[data-program="kurnia"]')).toContainText('Data pribadi');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(emas).toContainText('154 spots, 247 classes, 3,260 participants');
  await expect(entries.nth(0).getByTestId('program-records')).toHaveText('134 records stored');
});
