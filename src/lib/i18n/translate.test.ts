import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { id } from './messages/id';
import { formatNumber, translate } from './translate';

describe('i18n', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const text of [...Object.values(id), ...Object.values(en)])
      expect(text.trim()).not.toBe('');
  });

  it('formats numbers in each locale (decimal comma in Indonesian)', () => {
    expect(formatNumber('id', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });

  it('inserts parameters as text and handles plurals', () => {
    expect(translate('en', 'picker.results', { count: 1 })).toBe('1 result');
    expect(translate('en', 'picker.results', { count: 3 })).toBe('3 results');
    expect(translate('id', 'app.loadError', { reason: '<b>x</b>' })).toContain('<b>x</b>');
  });
});
