import { serveBuild } from './bench/open-app';
const { url, browser, close } = await serveBuild();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url);
  await page.waitForSelector('[data-map-state="ready"]', { timeout: 120000 });
  await page.waitForTimeout(8000);
  await page.screenshot({ path: '/tmp/shot.png' });
} finally {
  await close();
}
