import { describe, expect, it } from 'vitest';
import { formatMessage, MESSAGES } from './messages';

describe('messages', () => {
  it('has Indonesian and English text with the same parameters for every code', () => {
    for (const [code, text] of Object.entries(MESSAGES)) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(params(text.id), code).toEqual(params(text.en));
      expect(text.id, code).not.toBe('');
    }
  });

  it('fills parameters and field labels in both languages', () => {
    const msg = { code: 'required', severity: 'error', field: 'patientId' } as const;
    expect(formatMessage(msg, 'id')).toBe('ID pasien kosong.');
    expect(formatMessage(msg, 'en')).toBe('Patient id is empty.');
  });
});
