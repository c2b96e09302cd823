import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '../coverage/result';
import { definedMetricIds, isMetricId, metricDef } from './metric-catalog';
import { metricLabel } from './metric-label';
import { parseUrlState } from './url-state';
import { translate } from '../i18n/translate';

const row = {
  defined: { emas: { count: 3, per10k: 2.5, coveredPct: 40, residentsPct: 55, rtSharePct: 10 } },
  programs: { home_care: { coveredPct: 20, residentsCoveredPct: 35 } },
};
const k = row as unknown as KelurahanCoverage;

describe('metrics of defined programmes', () => {
  it('read the kelurahan’s row of the programme, null where it has none', () => {
    expect(metricDef('defined:emas:covered_pct').value(k)).toBe(40);
    expect(metricDef('defined:emas:per10k')).toMatchObject({ unit: 'rate', better: 'higher' });
    expect(metricDef('defined:emas:rt_share_pct').value(k)).toBe(10);
    expect(metricDef('defined:kurnia:count').value(k)).toBeNull();
    expect(metricDef('defined:emas:residents_pct')).toMatchObject({
      unit: 'pct',
      better: 'higher',
    });
    expect(metricDef('defined:emas:residents_pct').value(k)).toBe(55);
    expect(metricDef('home_care_residents_pct').value(k)).toBe(35);
  });

  it('take residents within reach in the URL and name them in both languages', () => {
    for (const id of [
      'bank_sampah_residents_pct',
      'prodamas_residents_pct',
      'home_care_residents_pct',
      'defined:emas:residents_pct',
    ] as const) {
      expect(parseUrlState(`metric=${id}`, new Set<string>()).metric).toBe(id);
      const names = [{ program: 'emas', names: { id: 'Emas', en: 'Emas' } }];
      expect(metricLabel('id', id, names)).toMatch(/warga terjangkau$/);
      expect(metricLabel('en', id, names)).toMatch(/residents within reach$/);
    }
  });

  it('are ids by their syntax only; anything else is refused, in the URL too', () => {
    expect(isMetricId('defined:puskesmas:count')).toBe(true);
    for (const bad of [
      'defined:Emas:count',
      'defined:emas:sum',
      'defined:emas:count<b>',
      'defined::count',
    ])
      expect(isMetricId(bad)).toBe(false);
    expect(parseUrlState('metric=defined:emas:covered_pct', new Set<string>()).metric).toBe(
      'defined:emas:covered_pct',
    );
    expect(parseUrlState('metric=defined:emas:%3Cb%3E', new Set<string>()).metric).toBeUndefined();
  });

  it('offer a site its catchment share, an activity its RT reach', () => {
    expect(
      definedMetricIds([
        { program: 'emas', archetype: 'site', radiusM: 250 },
        { program: 'kurnia', archetype: 'activity', radiusM: null },
      ]),
    ).toEqual([
      'defined:emas:covered_pct',
      'defined:emas:residents_pct',
      'defined:emas:count',
      'defined:emas:per10k',
      'defined:kurnia:count',
      'defined:kurnia:per10k',
      'defined:kurnia:rt_share_pct',
    ]);
  });

  it('are named with the programme’s name, or its id when it is not here', () => {
    const names = [{ program: 'emas', names: { id: 'Emas', en: 'Emas' } }];
    expect(metricLabel('id', 'defined:emas:per10k', names)).toBe('Emas per 10.000 warga');
    expect(metricLabel('en', 'defined:gone:count', names)).toBe('gone: count');
    expect(metricLabel('en', 'bank_sampah_count', names)).toBe(
      translate('en', 'metric.bank_sampah_count'),
    );
  });
});
