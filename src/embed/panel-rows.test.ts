import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmbedData, type EmbedKelurahanFigures } from './data-contract';
import { EMBED_METRICS, isEmbedMetricId } from './embed-metrics';
import { panelRows } from './panel-rows';

const FILE = JSON.parse(readFileSync('public/embed/data.json', 'utf8')) as Record<string, unknown>;

/** The same file as a server published it before residents within reach: no `residentsPct`. */
function withoutResidents(raw: unknown): unknown {
  return JSON.parse(JSON.stringify(raw), (key, value: unknown) =>
    key === 'residentsPct' ? undefined : value,
  );
}

describe('residents within reach in the embed', () => {
  const now = parseEmbedData(FILE);
  const old = parseEmbedData(withoutResidents(FILE));
  const kode = now.kelurahan[0].kode;
  const info = now.kelurahan[0];
  const fig = (d: typeof now): EmbedKelurahanFigures => d.figures.all.kelurahan[kode];

  it('maps bank sampah and Prodamas residents shares; figures from before them have none', () => {
    expect(isEmbedMetricId('bank_sampah_residents_pct')).toBe(true);
    expect(isEmbedMetricId('prodamas_residents_pct')).toBe(true);
    expect(isEmbedMetricId('home_care_residents_pct')).toBe(false);
    const m = EMBED_METRICS.bank_sampah_residents_pct;
    expect(m).toMatchObject({ program: 'bank_sampah', unit: 'pct', better: 'higher' });
    expect(m.value(fig(now), info)).toEqual({
      kind: 'value',
      value: fig(now).bankSampah.residentsPct,
    });
    expect(m.value(fig(old), info)).toEqual({ kind: 'none' });
  });

  it('lists the residents share beside the area share, "–" in old figures', () => {
    const rows = panelRows('en', 'bank_sampah', info, fig(now), 5);
    const i = rows.findIndex((r) => r.testId === 'embed-fig-bank-residents');
    expect(rows[i - 1].label).toBe('Area within reach');
    expect(rows[i].label).toBe('Residents within reach');
    expect(rows[i].value).toMatch(/^\d+(\.\d+)?%/);
    const before = panelRows('id', 'prodamas', info, fig(old), 5);
    expect(before.find((r) => r.testId === 'embed-fig-prodamas-residents')?.value).toBe('–');
  });

  it('labels the residents share an estimate where the population is one', () => {
    const estimated = { ...info, populationIsEstimate: true };
    const row = panelRows('id', 'bank_sampah', estimated, fig(now), 5).find(
      (r) => r.testId === 'embed-fig-bank-residents',
    );
    expect(row?.value).toMatch(/\(estimasi\)$/);
  });
});
