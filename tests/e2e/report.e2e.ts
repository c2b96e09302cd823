import { test, expect, waitForMap } from './support/guarded-test';

test('kelurahan report: figures, rank and gaps; print shows only the report, on one A4 page', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('kelurahan-picker').fill('Pojok');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panelRank = page.getByTestId('kelurahan-rank');
  await expect(panelRank).toContainText('dari 46', { timeout: 60_000 });
  const rank = (await panelRank.textContent())!.match(/peringkat (\d+) dari 46/)![1];

  await page.getByTestId('open-report').click();
  const report = page.getByTestId('report-view');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Kelurahan Pojok');
  await expect(report).toContainText('Kecamatan Mojoroto');
  // The same rank as the profile, and the figures of the coverage result.
  await expect(page.getByTestId('report-rank')).toHaveText(
    `${rank} dari 46 (1 = paling kurang terlayani)`,
  );
  await expect(page.getByTestId('report-bank_sampah')).toContainText('luas terjangkau');
  await expect(page.getByTestId('report-prodamas')).toContainText('kegiatan');
  // The demo's Emas spots (a preset, as data) have their line too.
  await expect(page.getByTestId('report-defined-emas')).toContainText('titik');
  await expect(page.getByTestId('report-sites').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('report-map').locator('path')).not.toHaveCount(0);
  await expect(report).toContainText('Di bawah median kota');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByTestId('map')).toBeHidden();
  await expect(page.locator('.maplibregl-ctrl').first()).toBeHidden();
  await expect(page.getByTestId('report-print')).toBeHidden();
  await expect(page.getByTestId('report-figures')).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length, 'one A4 page').toBe(1);

  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  await expect(page.locator('.topbar')).toBeVisible();
});
