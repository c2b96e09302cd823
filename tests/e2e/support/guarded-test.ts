import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
  errors: string[];
  outsideRequests: string[];
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * Watches a page: any page error or console error is recorded, and so is any request that would
 * leave localhost (such requests are also aborted, so none goes out).
 */
export async function guardPage(page: Page): Promise<Guard> {
  const guard: Guard = { errors: [], outsideRequests: [] };
  page.on('pageerror', (error) => guard.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') guard.errors.push(`console.error: ${message.text()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    guard.outsideRequests.push(url);
    return route.abort('internetdisconnected');
  });
  return guard;
}

export function expectClean(guard: Guard): void {
  expect(guard.errors, 'page or console errors').toEqual([]);
  expect(guard.outsideRequests, 'requests that would leave localhost').toEqual([]);
}

/** Every e2e test runs behind the guard on its page; a test's other pages call guardPage. */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const guard = await guardPage(page);
      await use(guard);
      expectClean(guard);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits for the map adapter's own signal that the map and the deck.gl layers have drawn. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
    timeout: 60_000,
  });
}

/** Waits until the service worker controls the page (everything after can work offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
