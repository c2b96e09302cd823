import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium';

/**
 * Serves a production build (`DIST`, default `dist/`) on a free local port and launches headless
 * Chromium with the proven flags. `close()` stops both the browser and the server.
 */
export async function serveBuild(): Promise<{
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}> {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir: process.env.DIST ?? 'dist' },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const close = async () => {
    await browser.close();
    server.httpServer.close();
  };
  return { url, browser, close };
}

/**
 * The build open in headless Chromium at desktop size, once the map has drawn. Shared by the
 * browser benchmarks.
 */
export async function openApp(
  timeoutMs = 120_000,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { url, browser, close } = await serveBuild();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: timeoutMs });
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
