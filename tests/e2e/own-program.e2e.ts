import { readFileSync } from 'node:fs';
import { test, expect, waitForMap } from './support/guarded-test';
import type { Page } from '@playwright/test';
import { colourAround } from './support/map-points';
import { CUSTOM_PALETTE } from '../../src/lib/programs/custom-palette';

const FIXTURE = 'tests/e2e/fixtures/puskesmas.csv';
/** The open centres of the fixture (Pakunden is "Tutup": not active, not drawn), typed from it. */
const OPEN_CENTRES: [number, number][] = [
  [111.966391, -7.813231],
  [111.986029, -7.798804],
  [112.01083, -7.795414],
];

async function openData(page: Page) {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('tab-data').click();
  // The demo's records are read: the panels are ready for a write.
  await expect(page.getByTestId('record-counts')).toContainText('134 bank sampah', {
    timeout: 60_000,
  });
}

const catalogueEntry = (page: Page) =>
  page.locator('[data-testid="program-catalogue"] li[data-program="puskesmas"]');

async function openCatalogue(page: Page) {
  const details = page.getByTestId('program-catalogue');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

test('a planner defines "Puskesmas" from a facility list, imports it, keeps it, deletes it and undoes that', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openData(page);

  // Define from the file: its place columns are read as place, the others proposed as fields.
  await page.getByTestId('define-file').setInputFiles(FIXTURE);
  const editor = page.getByTestId('program-editor');
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('editor-location')).toContainText('Alamat');
  await expect(page.getByTestId('editor-location')).toContainText('Kelurahan');
  const fields = page.getByTestId('editor-fields');
  await expect(fields.locator('li[data-field="name"]')).toContainText('Nama Puskesmas');
  await expect(fields.locator('li[data-field="jenis"]')).toContainText('Induk, Pembantu');
  // "Buka" is an active word: proposed as what counts as active.
  await expect(
    page.getByTestId('editor-active').getByRole('checkbox', { name: 'Buka' }),
  ).toBeChecked();

  await page.getByTestId('editor-name-id').fill('Puskesmas');
  await expect(page.getByTestId('editor-id')).toContainText('Kode program: puskesmas');
  await page.getByTestId('editor-name-en').fill('Community health centres');
  await page.getByTestId('editor-radius').fill('1000');
  await page.getByTestId('editor-radius-source-id').fill('Perkiraan: 1 km jalan kaki');
  await page.getByTestId('editor-radius-source-en').fill('Estimate: 1 km on foot');
  await expect(page.getByTestId('editor-index')).toContainText('Jangkauan Puskesmas (bobot 1)');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-saved')).toContainText('Program «Puskesmas» tersimpan.');

  // It is an import target of its own, and the same file imports into it straight away.
  await expect(
    page.getByTestId('import-program').locator('optgroup[label="Program sendiri"] option'),
  ).toHaveText(['Puskesmas']);
  await page.getByTestId('editor-import-now').click();
  const summary = page.getByTestId('import-summary');
  // 4 rows, all in Kota Kediri with their kelurahan and coordinates: all accepted.
  await expect(summary).toContainText('4 baris');
  await expect(summary).toContainText('4 diterima');
  await expect(page.getByTestId('import-report')).toContainText('Puskesmas');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-saved')).toContainText('4 baris');

  await openCatalogue(page);
  await expect(catalogueEntry(page).getByTestId('program-records')).toHaveText('4 data tersimpan');
  // Its layer: the open centres in its colour (the first of the custom palette, none taken yet).
  const colour = CUSTOM_PALETTE[0].rgb;
  await expect
    .poll(() => colourAround(page, OPEN_CENTRES, colour, 12), { timeout: 30_000 })
    .toBeGreaterThan(0.05);
  // Its catchment at its 1 km over the 3 open centres, and its component of the index, weighted 1.
  await page.getByTestId('tab-coverage').click();
  await expect(page.getByTestId('city-covered-puskesmas')).toContainText('3 titik');
  await expect(page.getByTestId('weight-puskesmas_covered_pct')).toHaveValue('1');
  await page.getByTestId('tab-ranking').click();
  const column = page.getByTestId('sort-component:puskesmas_covered_pct');
  await expect(column).toBeVisible();
  // Sorted by its points, the top kelurahan gets some of its score from it.
  await column.click();
  const firstRow = page.getByTestId('ranking-row').first();
  const pointsCell = firstRow.locator('td').last();
  await expect(pointsCell).not.toHaveText('0');
  await page.getByTestId('tab-data').click();

  // A reload keeps the definition and its records.
  await page.reload();
  await waitForMap(page);
  await page.getByTestId('tab-data').click();
  await openCatalogue(page);
  await expect(catalogueEntry(page).getByTestId('program-records')).toHaveText('4 data tersimpan', {
    timeout: 60_000,
  });

  // Delete asks first, naming the records that go with it; cancel keeps everything.
  await catalogueEntry(page).getByTestId('program-delete').click();
  const dialog = page.getByTestId('delete-program-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Hapus program Puskesmas?');
  await expect(dialog).toContainText('4 catatan');
  await dialog.getByTestId('delete-cancel').click();
  await expect(dialog).toBeHidden();
  await expect(catalogueEntry(page)).toHaveCount(1);

  await catalogueEntry(page).getByTestId('program-delete').click();
  await dialog.getByTestId('delete-confirm').click();
  await expect(catalogueEntry(page)).toHaveCount(0);
  await expect(page.getByTestId('program-deleted')).toContainText('Program «Puskesmas» dihapus.');
  await expect(page.getByTestId('import-program').locator('option[value="puskesmas"]')).toHaveCount(
    0,
  );
  const deletion = page.getByTestId('batch-list').locator('li[data-kind="program-deleted"]');
  await expect(deletion).toContainText('Program dihapus: Puskesmas');
  await expect(deletion).toContainText('4 baris');
  // The import into it waits for it: not undone on its own.
  await expect(page.getByRole('button', { name: 'Batalkan impor puskesmas.csv' })).toHaveCount(0);

  // Undo brings the definition and every record back.
  await page.getByRole('button', { name: 'Urungkan penghapusan program Puskesmas' }).click();
  await expect(catalogueEntry(page).getByTestId('program-records')).toHaveText('4 data tersimpan');
  await expect(deletion).toContainText('dibatalkan');
  await expect(page.getByRole('button', { name: 'Batalkan impor puskesmas.csv' })).toHaveCount(1);
});

test('backup → wipe → restore keeps a user-defined programme and its records', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  await openData(page);
  await openCatalogue(page);
  await page
    .getByTestId('definition-file')
    .setInputFiles('tests/e2e/fixtures/puskesmas.jangkau-program.json');
  await expect(page.getByTestId('definition-added')).toContainText('Puskesmas');
  await page.getByTestId('import-program').selectOption('puskesmas');
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(page.getByTestId('import-summary')).toContainText('4 diterima');
  await page.getByTestId('import-commit').click();
  await expect(catalogueEntry(page).getByTestId('program-records')).toHaveText('4 data tersimpan');

  const download = page.waitForEvent('download');
  await page.getByTestId('backup-download').click();
  const backupPath = testInfo.outputPath('backup.json');
  await (await download).saveAs(backupPath);
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup.tables.programs.map((p: { id: string }) => p.id)).toEqual(['puskesmas']);

  // Wipe: the whole database goes, from a page that does not hold it open (the embed never
  // opens storage); the app then starts as new, with the demo data only.
  await page.goto('/embed.html');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('jangkau');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('database still open'));
      }),
  );
  await openData(page);
  await openCatalogue(page);
  await expect(catalogueEntry(page)).toHaveCount(0);

  page.on('dialog', (dialog) => dialog.accept());
  await page.getByTestId('backup-file').setInputFiles(backupPath);
  await expect(catalogueEntry(page).getByTestId('program-records')).toHaveText('4 data tersimpan', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('import-program').locator('option[value="puskesmas"]')).toHaveCount(
    1,
  );
});

test('a definition file travels: imported into the catalogue, edited with a warning for stored values, downloaded again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openData(page);
  await openCatalogue(page);
  await page
    .getByTestId('definition-file')
    .setInputFiles('tests/e2e/fixtures/puskesmas.jangkau-program.json');
  await expect(page.getByTestId('definition-added')).toContainText('Puskesmas');
  // The same file again: its id is taken, refused with the reason in words.
  await page
    .getByTestId('definition-file')
    .setInputFiles('tests/e2e/fixtures/puskesmas.jangkau-program.json');
  await expect(page.getByTestId('definition-problems')).toContainText(
    'Kode program: sudah dipakai program lain',
  );

  await page.getByTestId('import-program').selectOption('puskesmas');
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(page.getByTestId('import-summary')).toContainText('4 diterima');
  await page.getByTestId('import-commit').click();
  await expect(catalogueEntry(page).getByTestId('program-records')).toHaveText('4 data tersimpan');

  // Leaving out a field that stored records fill: said first, saved on the second press.
  await catalogueEntry(page).getByTestId('program-edit').click();
  const editor = page.getByTestId('program-editor');
  await expect(editor).toContainText('Ubah program Puskesmas');
  await editor.locator('li[data-field="jenis"]').getByRole('checkbox').first().uncheck();
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-impact')).toContainText(
    'Isian «Jenis» dihapus: nilainya pada 4 catatan tetap tersimpan',
  );
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-saved')).toContainText('Program «Puskesmas» tersimpan.');
  await expect(catalogueEntry(page).getByTestId('program-records')).toHaveText('4 data tersimpan');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    catalogueEntry(page).getByTestId('program-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('puskesmas.jangkau-program.json');
  const { readFile } = await import('node:fs/promises');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved.fields.map((f: { key: string }) => f.key)).toEqual(['name', 'status']);
  expect(saved.format).toBe('jangkau-program');
});
