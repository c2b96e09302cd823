/**
 * `npm run screenshots [-- --out DIR]`: looks at the production build as a user would — the map,
 * an open tab, a chosen kelurahan and field entry — at desktop (1366×768, 1280×800) and phone (360×740) sizes in
 * both languages, in headless Chromium, and writes one PNG per view into DIR (default
 * `screenshots/`, git-ignored). Run `npm run build` first. Pictures to look at, not a test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from './bench/open-app';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' } } });
const outDir = values.out;
mkdirSync(outDir, { recursive: true });

const sizes = [
  { name: 'desktop-1366', width: 1366, height: 768 },
  { name: 'desktop-1280', width: 1280, height: 800 },
  { name: 'phone-360', width: 360, height: 740, mobile: true },
];
const langs = ['id', 'en'] as const;

const { url, browser, close } = await serveBuild();
try {
  for (const size of sizes) {
    for (const lang of langs) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        isMobile: size.mobile ?? false,
        hasTouch: size.mobile ?? false,
      });
      const page = await context.newPage();
      const shot = async (what: string) => {
        const file = join(outDir, `${size.name}-${lang}-${what}.png`);
        await page.screenshot({ path: file });
        process.stdout.write(`${file}\n`);
      };
      await page.goto(`${url}#lang=${lang}`);
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
      await shot('map');
      await page.getByTestId('tab-coverage').click();
      await page.locator('#tabpanel-coverage').waitFor();
      await shot('tab-coverage');
      // The programmes given as definitions (the demo's Emas, Kurnia, E-SPTPD): their filters,
      // their ranking columns and layer toggles.
      await page.getByTestId('tab-filters').click();
      await page.getByTestId('defined-filters-emas').scrollIntoViewIfNeeded();
      await shot('tab-filters-defined');
      await page.getByTestId('tab-ranking').click();
      await page.getByTestId('ranking-table').waitFor();
      await shot('tab-ranking');
      await page.getByTestId('tab-layers').click();
      await page.getByTestId('layer-toggle-defined-emas').waitFor();
      await shot('tab-layers');
      // Planning: two what-if sites from a link, their figures and the printable sheet. (A new
      // document: a link is read when the page opens, not on a fragment change.)
      await page.goto('about:blank');
      await page.goto(
        `${url}#lang=${lang}&plan=bank_sampah:500:111.988760,-7.823700;112.040000,-7.840000`,
      );
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
      await page.locator('[data-testid="plan-city"][data-current="true"]').waitFor();
      await shot('tab-planning');
      await page.getByTestId('plan-print').click();
      await page.getByTestId('plan-sheet').waitFor();
      await shot('plan-sheet');
      await page.keyboard.press('Escape');
      await page.getByTestId('tab-planning').click();
      await page.goto(`${url}#lang=${lang}&kel=35.71.01.1006&layers=choropleth`);
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
      await page.getByTestId('kelurahan-panel').waitFor();
      // The fit animation ends with the camera settled; the adapter's hook says when.
      await page.waitForFunction(() => {
        const hooks = (window as unknown as { __jangkau?: { camera: () => { moving: boolean } } })
          .__jangkau;
        return hooks !== undefined && !hooks.camera().moving;
      });
      await shot('kelurahan');
      // Field entry: a record's card from the profile's list, its edit form, a new record.
      await page.getByTestId('profile-section-records').locator('summary').click();
      await page.getByTestId('records-list-bank_sampah').locator('button').first().click();
      await page.getByTestId('record-card').waitFor();
      await shot('record-card');
      await page.getByTestId('record-edit').click();
      await page.getByTestId('entry-form').waitFor();
      await shot('record-edit');
      await page.getByRole('button', { name: /^(Batal|Cancel)$/ }).click();
      await page.getByTestId('entry-add').click();
      await page.getByTestId('entry-lat').fill('-7.81');
      await page.getByTestId('entry-lng').fill('112.005');
      await page.getByTestId('entry-lng').press('Tab');
      await page.getByTestId('entry-kelurahan').waitFor();
      await shot('entry-add');
      await page.goto(`${url}embed.html?program=emas&lang=${lang}&kelurahan=35.71.01.1006`);
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
      await shot('embed-emas');
      // Residents within reach beside the area share (issue 13 §1).
      await page.goto(
        `${url}embed.html?program=bank_sampah&metric=bank_sampah_residents_pct&lang=${lang}&kelurahan=35.71.01.1006`,
      );
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 120_000 });
      await shot('embed-residents');
      await context.close();
    }
  }
} finally {
  await close();
}
