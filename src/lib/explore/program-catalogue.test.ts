import { describe, expect, it } from 'vitest';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import type { ProgramDefinition } from '../programs/definition';
import { programCatalogue } from './program-catalogue';

describe('programCatalogue', () => {
  it('lists the six quick wins in both languages, with counts only where records are kept', () => {
    const id = programCatalogue(SHIPPED_PROGRAMS, 'id', { bank_sampah: 134, prodamas: 0 });
    expect(id.map((e) => e.name)).toEqual([
      'Bank sampah',
      'Prodamas Plus',
      'Home Care Peduli',
      'English Massive (Emas)',
      'Kurnia',
      'E-SPTPD',
    ]);
    expect(id.map((e) => e.records)).toEqual([134, 0, null, null, null, null]);
    const en = programCatalogue(SHIPPED_PROGRAMS, 'en', {});
    expect(en[0].name).toBe('Bank sampah (waste banks)');
    expect(en[3].facts[0].text).toBe(
      '154 spots, 247 classes, 3,260 participants as of 3 December 2024.',
    );
    expect(en[3].radius?.metres).toBe(250);
  });

  it('links only https sources; other text (or a hostile one) stays text', () => {
    const base = SHIPPED_PROGRAMS[3];
    const facts: ProgramDefinition['facts'] = [
      { text: { id: 'a', en: 'a' }, source: 'https://example.org/x' },
      { text: { id: 'b', en: 'b' }, source: 'javascript:alert(1)' },
      { text: { id: 'c', en: 'c' }, source: 'perkiraan sendiri' },
      { text: { id: 'd', en: 'd' }, source: 'https://example.org/"onmouseover="x' },
    ];
    const [entry] = programCatalogue([{ ...base, facts }], 'id', {});
    expect(entry.facts.map((f) => f.href)).toEqual(['https://example.org/x', null, null, null]);
    expect(entry.facts[1].source).toBe('javascript:alert(1)');
  });
});
