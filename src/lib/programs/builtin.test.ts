import { describe, expect, it } from 'vitest';
import {
  BANK_SAMPAH_STATUS,
  BANK_SAMPAH_TYPES,
  HOME_CARE_GROUPS,
  HOME_CARE_SERVICES,
  PRODAMAS_CATEGORIES,
  PROGRAMS,
} from '../model/records';
import { DEFAULT_OPTIONS } from '../coverage/options';
import {
  BANK_SAMPAH_STATUS_COLORS,
  HOME_CARE_COLOR,
  PRODAMAS_CATEGORY_COLORS,
} from '../map/colors';
import { BUILT_IN_PROGRAMS } from './builtin';
import type { ProgramDefinition } from './definition';
import { SHIPPED_PROGRAMS } from './registry';

// Until the engine, layers and import read the definitions, the built-in definitions must say
// exactly what the code does: these tests hold the two together.

const byId = (id: string) => BUILT_IN_PROGRAMS.find((p) => p.id === id)!;
const valuesOf = (p: ProgramDefinition, field: string) =>
  p.fields.find((f) => f.key === field)?.values?.map((v) => v.key);

describe('the built-in definitions', () => {
  it('are the three programmes of the model, in its order', () => {
    expect(BUILT_IN_PROGRAMS.map((p) => p.id)).toEqual([...PROGRAMS]);
  });

  it('list the categories and statuses the model knows', () => {
    expect(valuesOf(byId('bank_sampah'), 'type')).toEqual([...BANK_SAMPAH_TYPES]);
    expect(valuesOf(byId('bank_sampah'), 'status')).toEqual([...BANK_SAMPAH_STATUS]);
    expect(valuesOf(byId('prodamas'), 'category')).toEqual([...PRODAMAS_CATEGORIES]);
    expect(valuesOf(byId('home_care'), 'service')).toEqual([...HOME_CARE_SERVICES]);
    expect(valuesOf(byId('home_care'), 'group')).toEqual([...HOME_CARE_GROUPS]);
    // The engine's default filter shows active bank sampah only.
    expect(byId('bank_sampah').active?.values).toEqual(DEFAULT_OPTIONS.filters.bankSampahStatus);
  });

  it('give the engine’s default radii and index weights', () => {
    for (const p of BUILT_IN_PROGRAMS)
      expect(p.radius?.defaultM, p.id).toBe(DEFAULT_OPTIONS.radiusM[p.id as 'bank_sampah']);
    const components = BUILT_IN_PROGRAMS.flatMap((p) => p.index);
    expect(components.map((c) => c.id)).toEqual(Object.keys(DEFAULT_OPTIONS.weights));
    for (const c of components)
      expect(c.weight, c.id).toBe(DEFAULT_OPTIONS.weights[c.id as 'bank_sampah_catchment']);
  });

  it('use the map’s colours', () => {
    expect([...byId('bank_sampah').color, 255]).toEqual(BANK_SAMPAH_STATUS_COLORS.aktif);
    expect([...byId('prodamas').color, 255]).toEqual(PRODAMAS_CATEGORY_COLORS.infrastruktur);
    expect([...byId('home_care').color, 255]).toEqual(HOME_CARE_COLOR);
  });

  it('keep Home Care personal: never public points', () => {
    expect(byId('home_care')).toMatchObject({ archetype: 'personal', privacy: 'personal' });
  });
});

describe('every shipped programme', () => {
  it('has its own id, index ids and colour', () => {
    const ids = SHIPPED_PROGRAMS.map((p) => p.id);
    expect(ids).toEqual(['bank_sampah', 'prodamas', 'home_care', 'emas', 'kurnia', 'e_sptpd']);
    const components = SHIPPED_PROGRAMS.flatMap((p) => p.index.map((c) => c.id));
    expect(new Set(components).size).toBe(components.length);
    expect(new Set(SHIPPED_PROGRAMS.map((p) => p.color.join())).size).toBe(SHIPPED_PROGRAMS.length);
  });

  it('keeps personal and confidential data out of public points', () => {
    const pub = SHIPPED_PROGRAMS.filter((p) => p.privacy === 'public_points').map((p) => p.id);
    expect(pub).toEqual(['bank_sampah', 'prodamas', 'emas']);
  });
});
