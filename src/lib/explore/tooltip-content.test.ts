import { SHIPPED_PROGRAMS } from '../programs/registry';
import type { DefinedRecord } from '../model/defined-record';
import { describe, expect, it } from 'vitest';
import { formatNumber, translate } from '../i18n/translate';
import { formatRupiah } from './format-metric';
import { recordTooltip } from './tooltip-content';
import type { ProdamasProject } from '../model/records';

const project = {
  title: 'Paving gang <b>RT 3</b>',
  category: 'infrastruktur',
  budgetRp: 40_000_000,
  progress: 50,
  year: 2024,
  rw: 2,
  rt: 3,
  kode: '35.71.01.1006',
} as ProdamasProject;

const format = (locale: 'id' | 'en') => ({
  locale,
  t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params),
  number: (v: number, o?: Intl.NumberFormatOptions) => formatNumber(locale, v, o),
  rupiah: (v: number) => formatRupiah(locale, v),
  kelurahanName: () => 'Bujel',
});

describe('recordTooltip', () => {
  it('writes a Prodamas budget as Rp (kept with its number by a no-break space) in the language’s grouping, the title as text', () => {
    const id = recordTooltip({ program: 'prodamas', record: project }, format('id'));
    expect(id.title).toBe('Paving gang <b>RT 3</b>');
    expect(id.rows.find((r) => r.label === 'Anggaran')?.value).toBe('Rp\u00a040.000.000');
    const en = recordTooltip({ program: 'prodamas', record: project }, format('en'));
    expect(en.rows.find((r) => r.label === 'Budget')?.value).toBe('Rp\u00a040,000,000');
  });
});

describe('recordTooltip for a defined programme', () => {
  const emas = SHIPPED_PROGRAMS.find((p) => p.id === 'emas')!;
  const record = {
    id: 'e1',
    program: 'emas',
    kode: '35.71.01.1001',
    rw: 2,
    rt: 5,
    lng: 112,
    lat: -7.8,
    values: {
      name: '<img src=x onerror=alert(1)>',
      venue: 'lainnya',
      classes: 3,
      participants: null,
      status: 'aktif',
    },
    newValues: { venue: 'Balai RW' },
  } as unknown as DefinedRecord;

  it('names fields in the UI language, keeps the file’s new word, skips blanks, all as text', () => {
    const en = recordTooltip({ program: 'defined', definition: emas, record }, format('en'));
    expect(en.title).toBe('<img src=x onerror=alert(1)>');
    const rows = Object.fromEntries(en.rows.map((r) => [r.label, r.value]));
    expect(rows.Programme).toBe('English Massive (Emas)');
    expect(rows.Venue).toBe('Balai RW');
    expect(rows.Classes).toBe('3');
    expect(rows.Status).toBe('Active');
    expect(Object.keys(rows)).not.toContain('Participants');
    expect(rows.Kelurahan).toBe('Bujel');
  });
});
