import { describe, expect, it } from 'vitest';
import type { ProgramDefinition } from '../programs/definition';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import { gazetteer, options } from '../../../tests/unit/import-helpers';
import { checkEntry } from './entry-check';
import { entryFields, entryNotes, leftOutFields, newEntryValues } from './entry-form';

const program = (id: string) => SHIPPED_PROGRAMS.find((p) => p.id === id) as ProgramDefinition;
const pick = <K extends keyof ReturnType<typeof entryFields>[number]>(
  d: ProgramDefinition,
  ...keys: K[]
) => entryFields(d).map((f) => Object.fromEntries(keys.map((k) => [k, f[k]])));

/** A user's own personal programme, as someone might define "Posyandu lansia" from a list. */
const posyandu = (): ProgramDefinition => ({
  format: 'jangkau-program',
  version: 1,
  id: 'posyandu_lansia',
  origin: 'custom',
  names: { id: 'Posyandu lansia', en: 'Elderly health post' },
  archetype: 'personal',
  privacy: 'personal',
  fields: [
    { key: 'nama', names: { id: 'Nama', en: 'Name' }, kind: 'text', required: true },
    { key: 'alamat', names: { id: 'Alamat', en: 'Address' }, kind: 'text', required: false },
    { key: 'noHp', names: { id: 'No. HP', en: 'Phone' }, kind: 'text', required: false },
    { key: 'visit', names: { id: 'Tanggal', en: 'Date' }, kind: 'date', required: true },
  ],
  radius: { defaultM: 500, source: { id: 'Perkiraan', en: 'Estimate' } },
  index: [],
  color: [1, 2, 3],
});

describe('entryFields', () => {
  it('bank sampah: the definition’s fields in order, a new unit starts active', () => {
    expect(pick(program('bank_sampah'), 'key', 'input', 'required', 'initial', 'open')).toEqual([
      { key: 'name', input: 'text', required: true, initial: '', open: false },
      { key: 'address', input: 'text', required: false, initial: '', open: false },
      // The import stores a blank type as `unit` and keeps an unknown one as a new word.
      { key: 'type', input: 'select', required: false, initial: 'unit', open: true },
      { key: 'status', input: 'select', required: false, initial: 'aktif', open: false },
      { key: 'established', input: 'date', required: false, initial: '', open: false },
      { key: 'members', input: 'number', required: false, initial: '', open: false },
      { key: 'kgPerMonth', input: 'number', required: false, initial: '', open: false },
    ]);
    expect(entryFields(program('bank_sampah'))[3].values?.map((v) => v.key)).toEqual([
      'aktif',
      'tidak_aktif',
    ]);
  });

  it('prodamas: progress is required and one of 0, 50, 100 % as its validator says', () => {
    const progress = entryFields(program('prodamas')).find((f) => f.key === 'progress');
    expect(progress).toMatchObject({ required: true, input: 'select', open: false });
    expect(progress?.values?.map((v) => v.key)).toEqual(['0', '50', '100']);
    expect(entryFields(program('prodamas')).find((f) => f.key === 'budgetRp')?.hint?.id).toContain(
      'Rp 1.250.000',
    );
  });

  it('home care: a pseudonymous patient id, a closed service list, an open group', () => {
    const fields = entryFields(program('home_care'));
    expect(fields.map((f) => [f.key, f.person, f.open])).toEqual([
      ['date', false, false],
      ['patientId', true, false],
      ['service', false, false],
      ['group', false, true],
    ]);
    const hint = fields[1].hint;
    expect(hint?.id).toMatch(/nama.*NIK/i);
    expect(hint?.en).toMatch(/name.*NIK/i);
  });

  it('a user’s personal programme never asks for a name, address or phone', async () => {
    const d = posyandu();
    expect(leftOutFields(d).map((f) => f.key)).toEqual(['alamat', 'noHp']);
    const fields = entryFields(d);
    expect(fields.map((f) => f.key)).toEqual(['nama', 'visit']);
    // The person field stays, as a pseudonymous id: "Nama" would ask for the very thing.
    expect(fields[0]).toMatchObject({
      person: true,
      names: { id: 'ID samaran', en: 'Pseudonymous id' },
    });
    const notes = entryNotes(d);
    expect(notes.map((n) => n.en)).toEqual([
      expect.stringContaining('only in this browser'),
      expect.stringContaining('never asks for a name, NIK'),
      expect.stringContaining('Address, Phone'),
    ]);
    expect(notes[2].id).toContain('Alamat, No. HP');
    const ctx = { gazetteer, locate: options().locate };
    const place = { kode: '35.71.01.1006', rw: '', rt: '', lng: null, lat: null };
    const nik = await checkEntry(d, { nama: '3571010101800001', visit: '2025-01-02' }, place, ctx);
    expect(nik.messages.map((m) => [m.code, m.fieldKey])).toEqual([['person_id_nik', 'nama']]);
    const ok = await checkEntry(d, { nama: 'PL-12', visit: '2 Januari 2025' }, place, ctx);
    expect(ok.record).toMatchObject({
      values: { nama: 'PL-12', alamat: null, noHp: null, visit: '2025-01-02' },
    });
  });
});

describe('entryNotes', () => {
  it('say where exact places stay for personal-class programmes, and what a site point does', () => {
    const en = (id: string) => entryNotes(program(id)).map((n) => n.en);
    expect(en('home_care')).toHaveLength(2);
    expect(en('home_care')[0]).toContain('only in this browser');
    // Kurnia is an activity, but of the personal class: borrowers are people.
    expect(en('kurnia')).toEqual(en('home_care'));
    expect(en('bank_sampah')).toEqual([expect.stringContaining('catchment')]);
    expect(en('prodamas')).toEqual([]);
    for (const d of SHIPPED_PROGRAMS) for (const n of entryNotes(d)) expect(n.id).not.toBe(n.en);
  });

  it('new values are every form field at its initial value', () => {
    expect(newEntryValues(program('emas'))).toEqual({
      name: '',
      venue: '',
      classes: '',
      participants: '',
      status: 'aktif',
    });
    // No active rule: a blank Kurnia status stays blank (null), as in an import.
    expect(newEntryValues(program('kurnia')).status).toBe('');
  });
});
