import { describe, expect, it } from 'vitest';
import { readCsv } from '../import/csv';
import type { DefinedRecord } from '../model/defined-record';
import { draftFromTable } from './draft-from-table';
import { editImpact } from './edit-impact';
import {
  defaultIndex,
  definitionFromForm,
  formFromDefinition,
  formFromDraft,
  programIdFrom,
} from './editor-model';
import { problemText } from './problem-text';
import { checkCustomProgram } from './registry';
import { puskesmas } from './test-definitions';

const PUSKESMAS_CSV = [
  'Nama Puskesmas;Jenis;Alamat;Kelurahan;X;Y',
  'Puskesmas Balowerti;Induk;Jl. Balowerti 2;Balowerti;112.0150;-7.8170',
  'Puskesmas Ngletih;Pembantu;Jl. Ngletih 5;Ngletih;112.0400;-7.8400',
  'Puskesmas Campurejo;Pembantu;Jl. Campurejo 9;Campurejo;111.9800;-7.7900',
].join('\n');

const nameField = {
  key: 'name',
  names: { id: 'Nama', en: 'Name' },
  kind: 'text',
  required: true,
} as const;

describe('the definition editor model', () => {
  it('makes the id from the Indonesian name, never one taken', () => {
    expect(programIdFrom('Puskesmas Kota', new Set())).toBe('puskesmas_kota');
    expect(programIdFrom('Puskesmas', new Set(['puskesmas', 'puskesmas_2']))).toBe('puskesmas_3');
    expect(programIdFrom('123 Klinik', new Set())).toBe('program_123_klinik');
    expect(programIdFrom('É', new Set())).toBe('program');
    expect(programIdFrom('Posyandu Lansia Kelurahan Bandar Lor Mojoroto', new Set())).toBe(
      'posyandu_lansia_kelurahan_bandar',
    );
  });

  it('starts each archetype with its one index component', () => {
    const names = { id: 'Klinik', en: 'Clinic' };
    expect(defaultIndex('klinik', names, 'site', [nameField])).toEqual([
      {
        id: 'klinik_covered_pct',
        names: { id: 'Jangkauan Klinik', en: 'Clinic catchment' },
        metric: 'covered_pct',
        weight: 1,
      },
    ]);
    expect(defaultIndex('klinik', names, 'activity', [nameField])[0]).toMatchObject({
      id: 'klinik_count_per_10k',
      metric: 'count_per_10k',
    });
    const amount = {
      key: 'nilai',
      names: { id: 'Nilai', en: 'Amount' },
      kind: 'rupiah',
      required: false,
    } as const;
    expect(defaultIndex('klinik', names, 'activity', [nameField, amount])[0]).toMatchObject({
      id: 'klinik_amount_per_resident',
      metric: 'amount_per_resident',
      field: 'nilai',
    });
    const patient = {
      key: 'id_pasien',
      names: { id: 'ID Pasien', en: 'ID Pasien' },
      kind: 'text',
      required: true,
    } as const;
    const other = {
      key: 'catatan',
      names: { id: 'Catatan', en: 'Notes' },
      kind: 'text',
      required: false,
    } as const;
    expect(defaultIndex('klinik', names, 'personal', [other, patient])[0]).toMatchObject({
      id: 'klinik_persons_per_1k',
      metric: 'persons_per_1k',
      field: 'id_pasien',
    });
  });

  it('a puskesmas file, named and saved, is a definition the checks accept', () => {
    const form = formFromDraft(draftFromTable(readCsv(PUSKESMAS_CSV)), []);
    form.names = { id: ' Puskesmas ', en: 'Health centres' };
    form.id = programIdFrom(form.names.id, new Set());
    form.radiusSource = { id: 'Perkiraan 1 km', en: 'Estimate 1 km' };
    form.radiusM = 1000;
    const checked = checkCustomProgram(definitionFromForm(form));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.definition).toMatchObject({
      id: 'puskesmas',
      names: { id: 'Puskesmas', en: 'Health centres' },
      archetype: 'site',
      privacy: 'public_points',
      radius: { defaultM: 1000 },
      index: [{ id: 'puskesmas_covered_pct', metric: 'covered_pct', weight: 1 }],
      color: [213, 94, 0],
    });
    expect(checked.definition.fields.map((f) => f.key)).toEqual(['name', 'jenis']);
  });

  it('left-out fields are not saved; a personal service is always personal; a taken colour is skipped', () => {
    const form = formFromDraft(draftFromTable(readCsv(PUSKESMAS_CSV)), [[213, 94, 0]]);
    expect(form.color).toEqual([136, 34, 85]);
    form.fields[1].include = false;
    form.archetype = 'personal';
    form.privacy = 'public_points';
    const d = definitionFromForm({ ...form, id: 'x1', names: { id: 'X', en: 'X' } }) as {
      fields: { key: string }[];
      privacy: string;
      radius?: unknown;
    };
    expect(d.fields.map((f) => f.key)).toEqual(['name']);
    expect(d.privacy).toBe('personal');
    expect(d.radius).toBeUndefined();
  });

  it('an edit keeps the stored index components that still fit, else the default', () => {
    const form = formFromDefinition(puskesmas());
    expect((definitionFromForm(form) as { index: unknown }).index).toEqual(puskesmas().index);
    form.archetype = 'activity';
    expect((definitionFromForm(form) as { index: { id: string }[] }).index[0].id).toBe(
      'puskesmas_count_per_10k',
    );
  });

  it('the checker’s problems read as parts of the form', () => {
    const form = formFromDraft(draftFromTable(readCsv(PUSKESMAS_CSV)), []);
    form.id = 'puskesmas';
    const checked = checkCustomProgram(definitionFromForm(form));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const texts = checked.problems.map((p) => problemText(p, ['Nama Puskesmas', 'Jenis'], 'id'));
    expect(texts).toContainEqual({ where: 'Nama (Indonesia)', what: 'belum diisi' });
    expect(texts).toContainEqual({ where: 'Dasar radius (English)', what: 'belum diisi' });
    expect(problemText('fields[1].names.en: empty', ['Nama', 'Jenis'], 'en')).toEqual({
      where: 'Field “Jenis”',
      what: 'not filled in',
    });
    expect(problemText('id: "emas" is taken by another programme', [], 'en')).toEqual({
      where: 'Programme id',
      what: 'taken by another programme',
    });
    expect(
      problemText('radius.defaultM: Invalid value: Expected >=25 but received 10', [], 'id'),
    ).toEqual({
      where: 'Radius jangkauan',
      what: 'sedikitnya 25',
    });
    expect(problemText('id: not a programme id', [], 'en').what).toBe(
      'none yet: fill in the Indonesian name first',
    );
    expect(problemText('<b>odd</b>', [], 'en')).toEqual({ where: '–', what: '<b>odd</b>' });
  });
});

describe('what an edit does to stored records', () => {
  const record = (values: DefinedRecord['values']) => ({ values }) as DefinedRecord;
  it('counts values of removed fields and values no longer listed; changes nothing', () => {
    const before = puskesmas();
    const after = puskesmas();
    after.fields = [
      {
        ...after.fields[1],
        values: [
          { key: 'buka', names: { id: 'Buka', en: 'Open' } },
          { key: 'tutup_sementara', names: { id: 'Tutup sementara', en: 'Closed for now' } },
        ],
      },
    ];
    const records = [
      record({ name: 'A', status: 'buka' }),
      record({ name: 'B', status: 'tutup' }),
      record({ name: null, status: 'tutup' }),
    ];
    const copy = structuredClone(records);
    expect(editImpact(before, after, records, 'en')).toEqual({
      removedFields: [{ key: 'name', name: 'Name', records: 2 }],
      droppedValues: [{ key: 'status', name: 'Status', values: ['tutup'], records: 2 }],
    });
    expect(records).toEqual(copy);
  });
});
