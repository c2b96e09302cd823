import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/guarded-test';
import { decodePng, distinctColours, over, shareNear } from './support/pixels';
import { BACKGROUND } from '../../src/lib/map/colors';
import { CLASS_COLOURS, SUPPRESSED_COLOUR } from '../../src/embed/choropleth';
import type { EmbedData } from '../../src/embed/data-contract';

const DIST = process.env.E2E_DIST ?? 'dist';
const data = JSON.parse(readFileSync(join(DIST, 'embed/data.json'), 'utf8')) as EmbedData;

// The demo's Home Care patients as the demo file stores them: ids and `lng,lat` text.
const homeCare = JSON.parse(readFileSync('public/demo/home-care.json', 'utf8')) as {
  patients: { columns: string[]; rows: (string | number)[][] };
};
const col = (name: string) => homeCare.patients.columns.indexOf(name);
const patients = homeCare.patients.rows.map((row) => ({
  id: String(row[col('patientId')]),
  lng: String(row[col('lng')]),
  lat: String(row[col('lat')]),
}));

/** What leaks, if anything: a patient id, a home as `lng,lat`, or its two numbers close together. */
function leakIn(text: string): string | null {
  for (const p of patients) {
    if (text.includes(p.id)) return `patient id ${p.id}`;
    if (text.includes(`${p.lng},${p.lat}`)) return `home ${p.lng},${p.lat}`;
    for (let at = text.indexOf(p.lng); at >= 0; at = text.indexOf(p.lng, at + 1)) {
      const after = text[at + p.lng.length];
      if (after !== undefined && /\d/.test(after)) continue; // a longer number
      if (
        text
          .slice(Math.max(0, at - 48), at + 64)
          .match(new RegExp(`${p.lat.replace('.', '\\.')}(?!\\d)`))
      )
        return `home ${p.lng} … ${p.lat}`;
    }
  }
  return null;
}

/** Records every request URL and every text body (json, js, html, css) the page receives. */
function recordTraffic(page: Page) {
  const urls: string[] = [];
  const bodies: Promise<{ url: string; text: string }>[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (
      /json|javascript|html|css|text|geo/.test(type) ||
      /\.(m?js|json|geojson|html)$/.test(response.url())
    )
      bodies.push(
        response.text().then(
          (text) => ({ url: response.url(), text }),
          () => ({ url: response.url(), text: '' }),
        ),
      );
  });
  return { urls, bodies: () => Promise.all(bodies) };
}

/** A kelurahan whose Home Care patients are hidden in `period`, and one whose are published. */
function kelurahanWith(period: EmbedData['periods'][number]) {
  const rows = Object.entries(data.figures[period].kelurahan);
  const hidden = rows.find(([, f]) => f.homeCare.patients.suppressed)?.[0];
  const shown = rows.find(([, f]) => !f.homeCare.patients.suppressed)?.[0];
  if (!hidden || !shown) throw new Error(`period ${period} lacks a hidden or a published count`);
  return { hidden, shown };
}

const classShare = (pixels: ReturnType<typeof decodePng>) =>
  CLASS_COLOURS.reduce((s, c) => s + shareNear(pixels, over(c, BACKGROUND), 10), 0);

test('the embed never receives or shows a Home Care home location or patient id', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const traffic = recordTraffic(page);
  const { hidden, shown } = kelurahanWith('2023');
  await page.goto(
    `/embed.html?program=home_care&metric=home_care_visits&period=2023&kelurahan=${hidden}`,
  );
  await waitForMap(page);
  await expect(page.getByTestId('embed-panel')).toBeVisible();
  await expect(page.getByTestId('embed-fig-patients')).toHaveText(`<${data.homeCareMinCount}`);
  await expect(page.getByTestId('embed-legend')).toContainText(`${data.homeCareMinCount}`);

  // A second view in English, with a published count, after moving over the map (tooltip).
  await page.goto(`/embed.html?program=home_care&lang=en&kelurahan=${shown}`);
  await waitForMap(page);
  await expect(page.getByTestId('embed-fig-patients')).toHaveText(/^\d+$/);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
  const dom = await page.content();

  const bodies = await traffic.bodies();
  expect(bodies.some((b) => b.url.endsWith('embed/data.json'))).toBe(true);
  expect(
    traffic.urls.filter((u) => /\/demo\//.test(u)),
    'requests for demo files',
  ).toEqual([]);
  for (const { url, text } of [...bodies, { url: 'final DOM', text: dom }])
    expect(leakIn(text), `leak in ${url}`).toBeNull();
});

test('at 300×300 the map draws and title, legend and link fit in the frame', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 300 });
  await page.goto('/embed.html?program=bank_sampah');
  await waitForMap(page);
  const pixels = decodePng(await page.getByTestId('map').screenshot());
  expect(classShare(pixels)).toBeGreaterThan(0.1);
  expect(distinctColours(pixels)).toBeGreaterThan(20);
  for (const id of ['embed-title', 'embed-legend', 'embed-open']) {
    const b = await page.getByTestId(id).boundingBox();
    expect(b, id).not.toBeNull();
    expect(b!.x).toBeGreaterThanOrEqual(0);
    expect(b!.y).toBeGreaterThanOrEqual(0);
    expect(b!.x + b!.width).toBeLessThanOrEqual(300.5);
    expect(b!.y + b!.height).toBeLessThanOrEqual(300.5);
  }
  await expect(page.getByTestId('embed-open')).toHaveAttribute(
    'href',
    /^\.\/#.*metric=bank_sampah_covered_pct/,
  );
});

test('at 800×600 bad URL parameters are ignored and nothing is placed as markup', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const bad = new URLSearchParams({
    program: '<img src=x onerror=alert(1)>',
    metric: 'home_care_covered_pct',
    kelurahan: '"><script>alert(1)</script>',
    period: '1999',
    lang: 'fr',
  });
  await page.goto(`/embed.html?${bad}`);
  await waitForMap(page);
  // Every value fell back to its default: the public underserved index, all years, Indonesian.
  await expect(page.getByTestId('embed-title')).toHaveText(
    'Indeks kurang terlayani (tanpa Home Care)',
  );
  await expect(page.getByTestId('embed-period')).toHaveText('2021–2025');
  await expect(page.getByTestId('embed-panel')).toHaveCount(0);
  expect(await page.locator('img, script:not([src])').count()).toBe(0);
  const pixels = decodePng(await page.getByTestId('map').screenshot());
  expect(classShare(pixels)).toBeGreaterThan(0.1);

  // The Home Care map shows hidden counts in their own colour.
  await page.goto('/embed.html?program=home_care&metric=home_care_visits&period=2021');
  await waitForMap(page);
  const hc = decodePng(await page.getByTestId('map').screenshot());
  expect(shareNear(hc, over(SUPPRESSED_COLOUR, BACKGROUND), 10)).toBeGreaterThan(0.01);
});

test('the embed and the app write the same legend for the same metric', async ({ page }) => {
  // Rupiah per resident: the metric whose amounts once read "IDR …" in the app and "Rp … jt" in
  // the embed. Both now take their labels from src/lib/explore/legend-model.ts.
  await page.goto('/#lang=en&metric=prodamas_budget_per_resident');
  await waitForMap(page);
  const appLabels = page.getByTestId('legend-classes').getByTestId('legend-label');
  await expect(page.getByTestId('legend-class')).toHaveCount(5, { timeout: 60_000 });
  await expect(appLabels).toHaveCount(5);
  const app = await appLabels.allInnerTexts();
  // English amounts: "Rp 2,380,952" or "Rp 2.4 million", never Intl's "IDR".
  const amount = String.raw`Rp\s[\d,.]+(?: (?:million|billion))?`;
  for (const label of app) expect(label).toMatch(new RegExp(`^${amount}(?: – ${amount})?$`));

  await page.goto('/embed.html?program=prodamas&metric=prodamas_budget_per_resident&lang=en');
  await waitForMap(page);
  const embedLabels = page.getByTestId('embed-legend').getByTestId('legend-label');
  await expect(embedLabels).toHaveCount(5);
  expect(await embedLabels.allInnerTexts()).toEqual(app);
});

test('defined programmes publish by privacy class: Emas is mapped, Kurnia only as hidden counts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const kurnia = data.programs?.find((p) => p.id === 'kurnia');
  const hidden = Object.entries(kurnia?.kelurahan ?? {}).find(([, f]) => f.count.suppressed)?.[0];
  if (!kurnia || !hidden) throw new Error('the data file lacks Kurnia or a hidden Kurnia count');
  const traffic = recordTraffic(page);
  await page.goto(`/embed.html?program=kurnia&kelurahan=${hidden}`);
  await waitForMap(page);
  await expect(page.getByTestId('embed-title')).toContainText('Kurnia');
  await expect(page.getByTestId('embed-fig-kurnia-count')).toHaveText(`<${kurnia.minCount}`);
  // No borrower's business location reaches the page in any body or the DOM.
  const loans = JSON.parse(readFileSync('public/demo/kurnia.json', 'utf8')) as {
    columns: string[];
    rows: (string | number | null)[][];
  };
  const [lng, lat] = ['lng', 'lat'].map((c) => loans.columns.indexOf(c));
  const texts = [...(await traffic.bodies()).map((b) => b.text), await page.content()];
  for (const row of loans.rows)
    if (row[lng] !== null)
      for (const text of texts) expect(text).not.toContain(`"lng":${row[lng]},"lat":${row[lat]}`);

  await page.goto('/embed.html?program=emas&lang=en');
  await waitForMap(page);
  await expect(page.getByTestId('embed-title')).toContainText('Emas');
  expect(classShare(decodePng(await page.getByTestId('map').screenshot()))).toBeGreaterThan(0.1);
});
