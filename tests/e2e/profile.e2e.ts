import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForMap } from './support/guarded-test';
import type { Page } from '@playwright/test';

/** Opens a kelurahan's profile with the picker, by keyboard alone. */
async function pickByKeyboard(page: Page, name: string): Promise<void> {
  const picker = page.getByTestId('kelurahan-picker');
  await picker.focus();
  await page.keyboard.type(name);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kelurahan-name')).toHaveText(name);
}

/** "Menampilkan 25 dari 360" → [25, 360]. */
async function shownOf(page: Page, program: string): Promise<[number, number]> {
  const text = await page.getByTestId(`records-count-${program}`).innerText();
  const numbers = text.match(/\d[\d.,]*/g)?.map((n) => Number(n.replace(/[.,]/g, ''))) ?? [];
  expect(numbers, text).toHaveLength(2);
  return [numbers[0], numbers[1]];
}

test('Bujel profile: comparison, searchable records, charts, RW breakdown, both locales', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await pickByKeyboard(page, 'Bujel');
  const panel = page.getByTestId('kelurahan-panel');

  // Comparison table: this kelurahan, its kecamatan and the city side by side.
  const compare = panel.getByTestId('profile-compare');
  await expect(compare.getByTestId('compare-col-kelurahan')).toHaveText('Bujel');
  await expect(compare.getByTestId('compare-col-kecamatan')).toHaveText('Kec. Mojoroto');
  await expect(compare.getByTestId('compare-col-city')).toHaveText('Kota Kediri');
  const covered = compare.getByTestId('compare-row-bank_sampah_covered_pct').locator('td');
  await expect(covered).toHaveCount(3);
  for (const cell of await covered.all()) await expect(cell).toHaveText(/\d+(,\d)?\s?%/);

  // Records: Bujel's bank sampah "Hijau Daun" is listed; a search narrows every list.
  await panel.getByTestId('profile-section-records').locator('summary').click();
  await expect(panel.getByTestId('records-list-bank_sampah')).toContainText('Hijau Daun');
  // The lists follow the filters: by default only active units count, "all" adds Bujel's two
  // inactive school banks.
  expect(await shownOf(page, 'bank_sampah')).toEqual([1, 1]);
  await page.getByTestId('tab-filters').click();
  await page.getByTestId('filter-bs-all').check();
  await expect.poll(() => shownOf(page, 'bank_sampah')).toEqual([3, 3]);
  await page.getByTestId('tab-filters').click();
  const [, prodamasAll] = await shownOf(page, 'prodamas');
  expect(prodamasAll).toBeGreaterThan(25);
  await panel.getByTestId('records-search').fill('RW 1');
  await expect.poll(async () => (await shownOf(page, 'prodamas'))[1]).toBeLessThan(prodamasAll);
  await panel.getByTestId('records-search').fill('hijau daun');
  await expect(panel.getByTestId('records-list-bank_sampah').locator('li')).toHaveCount(1);
  expect(await shownOf(page, 'bank_sampah')).toEqual([1, 1]);

  // Charts: SVG bars for the budget per year and the visits per month, each with a data table.
  await panel.getByTestId('profile-section-charts').locator('summary').click();
  const budget = panel.getByTestId('chart-budget');
  await expect(budget.locator('svg[role="img"]')).toHaveAttribute('aria-label', /Rp/);
  await expect(panel.getByTestId('chart-visits')).toBeVisible();
  expect(await budget.locator('svg rect').count()).toBeGreaterThan(5);
  expect(await panel.getByTestId('chart-visits-bar').count()).toBeGreaterThan(3);
  await expect(budget.locator('table tbody tr').first()).toContainText(/20\d\d/);

  // Breakdown by RW, expandable to RT.
  await panel.getByTestId('profile-section-breakdown').locator('summary').click();
  const rws = panel.getByTestId('rw-row');
  await expect(rws.first()).toContainText(/RW \d+/);
  expect(await rws.count()).toBeGreaterThan(1);
  await rws.first().getByRole('button').click();
  await expect(panel.getByTestId('rt-row').first()).toContainText(/RT \d+/);

  // With every section open, the profile has no serious accessibility problem.
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="kelurahan-panel"]')
    .analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // Locale: numbers and dates follow the language (1.234 vs 1,234; "Okt" vs "Oct").
  const homeCare = panel.getByTestId('figures-home_care');
  await expect(homeCare).toContainText(/terakhir \d{1,2} \w{3} 20\d\d/);
  await expect(panel.getByTestId('kelurahan-figures')).toContainText(/\d\.\d{3} jiwa/);
  await page.getByTestId('language-switch').selectOption('en');
  await expect(panel.getByTestId('kelurahan-figures')).toContainText(/\d,\d{3} residents/);
  await expect(homeCare).toContainText(/latest \d{1,2} \w{3} 20\d\d/);
  await expect(compare.getByTestId('compare-col-city')).toHaveText('Kota Kediri');
  for (const cell of await covered.all()) await expect(cell).toHaveText(/\d+(\.\d)?\s?%/);
});

test('phone 360×740: the profile and the sidebar sheet never overlap; the map stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForMap(page);
  await pickByKeyboard(page, 'Bujel');
  const panel = page.getByTestId('kelurahan-panel');
  await expect(panel.getByTestId('profile-compare')).toBeVisible();
  await page.getByTestId('tab-layers').click();
  await expect(page.getByRole('tabpanel')).toBeVisible();

  const box = async (locator: ReturnType<Page['getByTestId']>) => {
    const b = await locator.boundingBox();
    if (!b) throw new Error('no box');
    return b;
  };
  const profile = await box(panel);
  const sheet = await box(page.locator('nav.sidebar'));
  const map = await box(page.getByTestId('map'));
  // The profile sits above the sheet (tabs and open panel) with a gap: no overlap.
  expect(profile.y + profile.height).toBeLessThanOrEqual(sheet.y);
  // A band of map between them is uncovered, and the profile scrolls inside its own box.
  expect(sheet.y - (profile.y + profile.height)).toBeGreaterThan(0);
  expect(profile.height).toBeLessThan(map.height * 0.5);
  const scrolls = await panel
    .locator('#kelurahan-panel-body')
    .evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(scrolls).toBe(true);

  // Folded to its header, the profile leaves most of the map free; the close button ends it.
  await panel.getByTestId('profile-collapse').click();
  await expect(panel.locator('#kelurahan-panel-body')).toBeHidden();
  expect((await box(panel)).height).toBeLessThan(110);
  await panel.getByRole('button', { name: 'Tutup panel' }).click();
  await expect(panel).toHaveCount(0);
});
