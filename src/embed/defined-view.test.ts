import { describe, expect, it } from 'vitest';
import type { EmbedDefinedProgram } from './data-contract';
import {
  definedEmbedMetric,
  definedMetricLabel,
  definedNote,
  definedPanelRows,
} from './defined-view';

const base = (over: Partial<EmbedDefinedProgram>): EmbedDefinedProgram => ({
  id: 'x',
  names: { id: 'Program X', en: 'Programme X' },
  color: [0, 0, 0],
  archetype: 'activity',
  privacy: 'personal',
  minCount: 5,
  kelurahan: {
    A: { count: { value: 7 }, per10k: null, coveredPct: null, amountRp: null },
    B: { count: { value: null, suppressed: true }, per10k: null, coveredPct: null, amountRp: null },
  },
  city: { count: { value: 9 }, coveredPct: null, amountRp: null },
  points: [],
  ...over,
});

describe('the embed view of a defined programme', () => {
  it('maps a personal programme by its count, suppressed where the file says', () => {
    const m = definedEmbedMetric(base({}));
    expect(m.figure).toBe('count');
    expect(m.value('A')).toEqual({ kind: 'value', value: 7 });
    expect(m.value('B')).toEqual({ kind: 'suppressed' });
    expect(m.value('nope')).toEqual({ kind: 'none' });
    expect(definedNote('en', base({}))).toMatch(/below 5 are hidden/);
    const rows = definedPanelRows('id', base({}), 'B');
    expect(rows).toHaveLength(1);
    expect(rows[0].value).not.toMatch(/\d{2}/); // no figure, only the "< 5" mark
  });

  it('maps a public site programme by its covered share, with rate and share rows', () => {
    const site = base({
      archetype: 'site',
      privacy: 'public_points',
      minCount: null,
      kelurahan: { A: { count: { value: 3 }, per10k: 2.5, coveredPct: 40, amountRp: null } },
    });
    expect(definedEmbedMetric(site).figure).toBe('covered');
    expect(definedEmbedMetric(site).value('A')).toEqual({ kind: 'value', value: 40 });
    expect(definedMetricLabel('id', site)).toBe('Program X: luas terjangkau');
    expect(definedNote('id', site)).toBeNull();
    // Written before residents within reach: the row is there, with no value.
    expect(definedPanelRows('en', site, 'A').map((r) => r.value)).toEqual(['3', '2.5', '40%', '–']);
    const now = base({
      ...site,
      kelurahan: { A: { ...site.kelurahan.A, residentsPct: 55.5 } },
    });
    const rows = definedPanelRows('en', now, 'A');
    expect(rows[3]).toEqual({
      label: 'Residents within reach',
      value: '55.5%',
      testId: 'embed-fig-x-residents',
    });
  });
});
