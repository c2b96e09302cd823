import { test, expect, waitForMap } from './support/guarded-test';
import { readFile } from 'node:fs/promises';
import { decodePng, distinctColours, shareNear } from './support/pixels';
import { CITY_LINE } from '../../src/lib/map/colors';

test('share dialog: link, embed snippet, PNG of the map; Escape closes and focus returns', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('kelurahan-picker').fill('Bujel');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kelurahan-panel')).toBeVisible();

  // The link is the page's own address, which the URL state keeps in step with the view.
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('kel=35.71.01.1006');

  const opener = page.getByTestId('share-open');
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Bagikan peta ini' });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('share-link')).toHaveValue(/#.*kel=35\.71\.01\.1006/);
  const snippet = await page.getByTestId('share-embed').inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?/);
  expect(snippet).toContain('kelurahan=35.71.01.1006');
  expect(snippet).toContain('lang=id');
  expect(snippet).toContain('title="Peta Jangkau, Kota Kediri"');

  // Focus stays in the modal dialog: Tab from the last control wraps inside it.
  await page.getByTestId('share-export-png').focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Tutup', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('share-export-png')).toBeFocused();

  const download = page.waitForEvent('download');
  await page.getByTestId('share-export-png').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^jangkau-peta-\d{4}-\d{2}-\d{2}\.png$/);
  const png = decodePng(await readFile((await file.path())!));
  const map = (await page.getByTestId('map').boundingBox())!;
  // Device pixel ratio 1: the map's own size plus the title band (58) and attribution band (26).
  expect(png.width).toBe(Math.round(map.width));
  expect(png.height).toBe(Math.round(map.height) + 58 + 26);
  expect(shareNear(png, [20, 25, 45], 2), 'title band').toBeGreaterThan(0.04);
  expect(shareNear(png, CITY_LINE.slice(0, 3) as never, 24), 'city boundary').toBeGreaterThan(
    0.002,
  );
  expect(distinctColours(png)).toBeGreaterThan(20);
  await expect(page.getByTestId('share-dialog')).toContainText('Gambar diunduh.');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
