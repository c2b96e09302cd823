import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../import/values';
import type { ProgramDefinition } from '../programs/definition';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import { decodeDefinedDemo, decodeDemoData } from '../storage/demo-decode';
import { DEMO_FILES } from '../storage/demo-format';
import { gazetteer, options } from '../../../tests/unit/import-helpers';
import { checkEntry, type EntryContext } from './entry-check';
import { plainNumber, recordToEntry, type EntryRecordLike } from './entry-record';

/**
 * Issue 11 §2: the edit form starts from the record, and saving it unchanged gives the record
 * back. The identity is the expectation: `checkEntry(recordToEntry(r))` is `r` (sourceRow 0).
 */
const program = (id: string) => SHIPPED_PROGRAMS.find((p) => p.id === id) as ProgramDefinition;
const { locate } = options();
// After every demo visit date (2025-10-31), so no visit is "in the future".
const ctx: EntryContext = { gazetteer, locate, now: () => '2026-01-01T00:00:00.000Z' };
const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(join('public/demo', file), 'utf8'));
const builtIn = decodeDemoData({
  bank_sampah: readJson(DEMO_FILES.bank_sampah),
  prodamas: readJson(DEMO_FILES.prodamas),
  home_care: readJson(DEMO_FILES.home_care),
  population: readJson(DEMO_FILES.population),
});
/** Every n-th record: Prodamas (14,151) and Home Care (4,446) are sampled, the rest taken whole. */
const every = <T>(rows: readonly T[], n: number) => rows.filter((_, i) => i % n === 0);
const CASES: [id: string, rows: readonly EntryRecordLike[]][] = [
  ['bank_sampah', builtIn.bank_sampah],
  ['prodamas', every(builtIn.prodamas, 40)],
  ['home_care', every(builtIn.home_care, 20)],
  ...(['emas', 'kurnia', 'e_sptpd'] as const).map((id): [string, EntryRecordLike[]] => [
    id,
    decodeDefinedDemo(readJson(DEMO_FILES[id]), program(id)),
  ]),
];

describe('recordToEntry', () => {
  it('writes numbers plainly, rupiah as digits, dates ISO, keys as keys, place as given', () => {
    const r = recordToEntry(program('bank_sampah'), {
      name: 'Bank Sampah Hijau Daun',
      kode: '35.71.01.1006',
      rw: 8,
      rt: null,
      address: '',
      lng: 111.99597,
      lat: -7.80755,
      type: 'lainnya',
      newType: 'Rumah Sakit',
      status: 'tidak_aktif',
      established: '2014-01-19',
      members: 1500,
      kgPerMonth: 0.125,
      sourceRow: 3,
    });
    expect(r.values).toEqual({
      name: 'Bank Sampah Hijau Daun',
      address: '',
      type: 'Rumah Sakit',
      status: 'tidak_aktif',
      established: '2014-01-19',
      members: '1500',
      kgPerMonth: '0.1250',
      // Never "1.500", which an English reader might take for one and a half.
    });
    expect(r.place).toEqual({
      kode: '35.71.01.1006',
      rw: '8',
      rt: '',
      lng: 111.99597,
      lat: -7.80755,
      accuracyM: null,
    });
  });

  it('plainNumber is read back to the same number by the import’s thousands rule', () => {
    for (const n of [0, 7, 1500, 1_250_000, 0.5, 0.125, 12.125, 2.25, -3.75, 1e12])
      expect(parseNumber(plainNumber(n), 'money')).toBe(n);
  });

  it('gives a kept new word back as that word, which checkEntry keeps again', async () => {
    const spot = {
      program: 'emas',
      kode: '35.71.01.1006',
      rw: 8,
      rt: 2,
      lng: 111.9896,
      lat: -7.7997,
      values: {
        name: 'Spot Musala',
        venue: 'lainnya',
        classes: 1,
        participants: 12,
        status: 'tutup',
      },
      newValues: { venue: 'Musala Al-Ikhlas' },
      sourceRow: 0,
    };
    const entry = recordToEntry(program('emas'), spot);
    expect(entry.values.venue).toBe('Musala Al-Ikhlas');
    const back = await checkEntry(program('emas'), entry.values, entry.place, ctx);
    expect(back.record).toEqual(spot);
    const visit = {
      date: '2025-10-01',
      patientId: 'HC-0007',
      kode: '35.71.01.1006',
      rw: null,
      rt: null,
      lng: null,
      lat: null,
      service: 'fisioterapi' as const,
      group: 'lainnya' as const,
      newGroup: 'Pasca stroke',
      sourceRow: 0,
    };
    const again = recordToEntry(program('home_care'), visit);
    expect(again.values).toEqual({
      date: '2025-10-01',
      patientId: 'HC-0007',
      service: 'fisioterapi',
      group: 'Pasca stroke',
    });
    expect((await checkEntry(program('home_care'), again.values, again.place, ctx)).record).toEqual(
      visit,
    );
  });

  it.each(CASES)('%s: every demo record comes back unchanged', async (id, rows) => {
    const d = program(id);
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      const { values, place } = recordToEntry(d, r);
      const result = await checkEntry(d, values, place, ctx);
      expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
      expect(result.record).toEqual({ ...r, sourceRow: 0 });
    }
  });
});
