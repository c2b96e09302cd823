import { describe, expect, it } from 'vitest';
import type { IndexComponentInfo } from '../coverage/index-components';
import {
  componentColour,
  componentLabel,
  componentShortLabel,
  formatIndicator,
} from './index-labels';

const info = (over: Partial<IndexComponentInfo>): IndexComponentInfo => ({
  id: 'emas_catchment',
  program: 'emas',
  names: { id: 'Jangkauan spot Emas', en: 'Emas spot catchment' },
  metric: 'covered_pct',
  defaultWeight: 0.5,
  weight: 0.5,
  hasData: true,
  builtIn: false,
  color: [0, 158, 115],
  ...over,
});

describe('index component labels', () => {
  it('keeps the built-ins’ own texts and colours', () => {
    const bank = info({ id: 'bank_sampah_catchment', program: 'bank_sampah', builtIn: true });
    expect(componentLabel('id', bank)).toBe('Bank sampah: luas terjangkau');
    expect(componentShortLabel('en', bank)).toBe('BS');
    expect(componentColour(bank)).toBe('#009e73');
  });

  it('names a defined component by its definition, with initials as its short heading', () => {
    expect(componentLabel('en', info({}))).toBe('Emas spot catchment');
    expect(componentShortLabel('id', info({}))).toBe('JSE');
    expect(componentShortLabel('en', info({ names: { id: 'X', en: 'Puskesmas' } }))).toBe('Pus');
    expect(componentColour(info({}))).toBe('rgb(0 158 115)');
  });

  it('writes the indicator for its metric', () => {
    expect(formatIndicator('id', info({}), 12.5)).toBe('12,5%');
    expect(formatIndicator('en', info({ metric: 'count_per_10k' }), 3.25)).toBe('3.3 / 10,000');
    expect(formatIndicator('id', info({ metric: 'persons_per_1k' }), 2)).toBe('2 / 1.000');
  });
});
