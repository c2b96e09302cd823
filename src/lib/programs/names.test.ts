import { describe, expect, it } from 'vitest';
import { targetName } from './names';

describe('targetName', () => {
  it('names built-in, preset and unknown targets', () => {
    expect(targetName('emas', 'en')).toBe('English Massive (Emas)');
    expect(targetName('bank_sampah', 'id')).toBe('Bank sampah');
    expect(targetName('population', 'en')).toBe('Population');
    expect(targetName('gone_programme', 'id')).toBe('gone_programme');
  });
});
