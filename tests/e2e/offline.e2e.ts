import { test, expect, waitForMap, waitForServiceWorker } from './support/guarded-test';
import { decodePng, distinctColours } from './support/pixels';

/**
 * Offline after the first visit. Once the service worker controls the page, the network is cut
 * for the page and its service worker alike (`setOffline`), so everything after that comes from
 * the SW's cache and IndexedDB. guarded-test's `page.route` never sees requests the service worker
 * answers: the proof here is the reload's `fromServiceWorker()`, a file outside the precache that
 * fails to load, and the map and the records being there anyway.
 */
test('after one visit the app reloads offline: map drawn, stored records there', async ({
  page,
  context,
  guard,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await waitForServiceWorker(page);
  await page.getByTestId('tab-data').click();
  await expect(page.getByTestId('record-counts')).toContainText('134 bank sampah', {
    timeout: 60_000,
  });

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  // The network really is gone: a file the service worker does not cache cannot load.
  const uncached = await page.evaluate(() =>
    fetch('./demo/README.md').then(
      (r) => r.status,
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
  // That failed load is the one console error this test causes on purpose; any other still fails it.
  const expected = 'console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
  expect(guard.errors).toEqual([expected]);
  guard.errors.length = 0;

  await waitForMap(page);
  const pixels = decodePng(await page.getByTestId('map').screenshot());
  expect(distinctColours(pixels), 'the map drew, not a blank canvas').toBeGreaterThan(20);

  await page.getByTestId('tab-data').click();
  await expect(page.getByTestId('record-counts')).toContainText('134 bank sampah', {
    timeout: 60_000,
  });
  await context.setOffline(false);
});
