/**
 * `npm run bench:planning`: the planning tab in headless Chromium on the demo data (run
 * `npm run build` first): the worker's time to update the figures after a what-if site is added
 * or moved (median of 10 edits), and to suggest K = 10 sites from every 100 m grid point in the
 * city (median of 3), as the panel reports them, against the 1 s goal of issue 13. Figures, not
 * assertions; `npm run bench` times the same core in Node with 2,000 sites.
 */
import type { Page } from '@playwright/test';
import { openApp } from './open-app';

const log = (s: string) => process.stdout.write(`${s}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const msIn = async (page: Page, testId: string, pattern: RegExp) => {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const m = pattern.exec(text.replace(/\./g, '').replace(',', '.'));
  if (!m) throw new Error(`no time in "${text}"`);
  return Number(m[1]);
};

const { page, close } = await openApp();
try {
  await page.getByTestId('tab-planning').click();
  await page.getByTestId('plan-city').waitFor({ timeout: 120_000 });
  const edits: number[] = [];
  for (let i = 0; i < 10; i++) {
    const before = await page.getByTestId('plan-timing').textContent();
    await page.getByTestId('plan-lat').fill(String(-7.84 + i * 0.006).replace('.', ','));
    await page.getByTestId('plan-lng').fill(String(111.99 + i * 0.008).replace('.', ','));
    await page.getByTestId('plan-lng').press('Enter');
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid="plan-timing"]')?.textContent !== b,
      before,
    );
    edits.push(await msIn(page, 'plan-timing', /([\d.]+)\s*ms/));
  }
  const suggest: { ms: number; candidates: number }[] = [];
  await page.getByTestId('plan-k').fill('10');
  for (let run = 0; run < 3; run++) {
    const before = await page
      .getByTestId('plan-suggestion')
      .textContent()
      .catch(() => null);
    await page.getByTestId('plan-suggest').click();
    await page.waitForFunction(
      (b) => {
        const el = document.querySelector('[data-testid="plan-suggestion"]');
        return el !== null && el.textContent !== b;
      },
      before,
      { timeout: 120_000 },
    );
    const text = ((await page.getByTestId('plan-suggestion').textContent()) ?? '').replace(
      /\./g,
      '',
    );
    const m = /\(([\d]+) kandidat, ([\d]+) ms\)/.exec(text);
    if (!m) throw new Error(`no figures in "${text}"`);
    suggest.push({ candidates: Number(m[1]), ms: Number(m[2]) });
  }
  const s = median(suggest.map((x) => x.ms));
  log(
    `what-if edit (add a site, ${edits.length} times, demo data): worker ${median(edits).toFixed(1)} ms median, max ${Math.max(...edits).toFixed(1)} ms`,
  );
  log(
    `suggest K = 10 from ${suggest[0].candidates} candidates (100 m grid), 50 m demand grid: worker ${suggest.map((x) => x.ms).join(', ')} ms; median ${s} ms`,
  );
  log(
    `goal K = 10 from ≥ 5,000 candidates ≤ 1 s in the worker: ${s <= 1000 ? 'met' : 'NOT met'} (${s} ms)`,
  );
} finally {
  await close();
}
