import { test, expect, waitForMap } from './support/guarded-test';

/** Code and data the first picture does not need; none of it may be asked for before it. */
const AFTER_FIRST_DRAW = [
  /\/demo\/[^/]+\.json/, // the demo data written into IndexedDB on a first visit
  /(Layers|Filters|Ranking|Coverage|Data|Kelurahan)Panel-[^/]+\.js/,
  /(ShareDialog|ReportView)-[^/]+\.js/,
  /workbox-window[^/]*\.js/, // the service worker's registration
  /coverage\.worker-[^/]+\.js/, // the first coverage run
];

test('nothing but the map is fetched before the first picture; the rest follows it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const { mark, early } = await page.evaluate(() => {
    const at = performance.getEntriesByName('jangkau:first-map-draw')[0].startTime;
    const names = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < at)
      .map((entry) => entry.name);
    return { mark: at, early: names };
  });
  expect(mark).toBeGreaterThan(0);
  // The boundaries themselves were fetched before it (the check below is not vacuous).
  expect(early.some((name) => /kelurahan[^/]*\.geojson/.test(name))).toBe(true);
  for (const pattern of AFTER_FIRST_DRAW) {
    expect(
      early.filter((name) => pattern.test(name)),
      String(pattern),
    ).toEqual([]);
  }

  // After it: the demo data is stored, the coverage run colours the map, the panels load.
  await expect(page.getByTestId('demo-badge')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('legend-class').first()).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('tab-ranking').click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  const late = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(late.some((name) => /\/demo\/manifest\.json/.test(name))).toBe(true);
  expect(late.some((name) => /RankingPanel-[^/]+\.js/.test(name))).toBe(true);
});

test('a tab chosen before its code arrives opens when it does', async ({ page }) => {
  // Hold the layers panel's code back until the tab has been clicked.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/LayersPanel-[^/]+\.js/, async (route) => {
    await held;
    await route.fallback();
  });

  await page.goto('/');
  await waitForMap(page);
  const tab = page.getByTestId('tab-layers');
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  // The choice is kept while the code is on its way …
  await expect(page.getByRole('tabpanel').getByRole('status')).toBeVisible();
  await expect(page.getByTestId('layers-panel')).toHaveCount(0);

  // … and the panel appears when it arrives, still the chosen one.
  release();
  await expect(page.getByTestId('layers-panel')).toBeVisible();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
});
