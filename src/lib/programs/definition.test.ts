import { describe, expect, it } from 'vitest';
import { checkProgramDefinition, type ProgramDefinition } from './definition';
import { checkCustomProgram, SHIPPED_PROGRAMS } from './registry';
import { puskesmas } from './test-definitions';

/** The problems for a copy of the valid definition changed by `edit`. */
function problemsOf(edit: (d: Record<string, unknown> & ProgramDefinition) => void): string[] {
  const d = structuredClone(puskesmas()) as Record<string, unknown> & ProgramDefinition;
  edit(d);
  const checked = checkProgramDefinition(d);
  return checked.ok ? [] : checked.problems;
}

describe('checkProgramDefinition', () => {
  it('accepts a well-formed definition, and every programme that ships', () => {
    expect(checkProgramDefinition(puskesmas())).toEqual({ ok: true, definition: puskesmas() });
    for (const p of SHIPPED_PROGRAMS)
      expect(checkProgramDefinition(p), p.id).toEqual({ ok: true, definition: p });
  });

  it.each<[string, (d: Record<string, unknown> & ProgramDefinition) => void, RegExp]>([
    ['no English name', (d) => ((d.names as { en?: string }).en = undefined), /^names\.en: /],
    ['a blank name', (d) => (d.names.id = '   '), /^names\.id: empty$/],
    ['a name with a line break', (d) => (d.names.en = 'a\nb'), /^names\.en: contains a line break/],
    ['an upper-case id', (d) => (d.id = 'Puskesmas'), /^id: not a programme id$/],
    [
      'an unknown archetype',
      (d) => ((d as { archetype: string }).archetype = 'place'),
      /^archetype: /,
    ],
    ['an extra key', (d) => (d.extra = 1), /^extra: /],
    ['a colour channel of 256', (d) => (d.color = [0, 256, 0]), /^color\.1: /],
    ['a radius of 10 km', (d) => (d.radius!.defaultM = 10_000), /^radius\.defaultM: /],
    ['a wrong format', (d) => ((d as { format: string }).format = 'x'), /^format: /],
  ])('refuses %s, naming the path', (_, edit, problem) => {
    const problems = problemsOf(edit);
    expect(problems.length).toBeGreaterThan(0);
    expect(
      problems.some((p) => problem.test(p)),
      problems.join(' | '),
    ).toBe(true);
  });

  it.each<[string, (d: ProgramDefinition) => void, string]>([
    [
      'a status field without values',
      (d) => (d.fields[1].values = []),
      'fields[1].values: a status field lists its values',
    ],
    [
      'values on a text field',
      (d) => (d.fields[0].values = [{ key: 'a', names: { id: 'A', en: 'A' } }]),
      'fields[0].values: only category and status fields have values',
    ],
    [
      'two fields with one key',
      (d) => (d.fields[1].key = 'name'),
      'fields: two fields share one key',
    ],
    [
      'active on a text field',
      (d) => (d.active = { field: 'name', values: [] }),
      'active.field: not a status field',
    ],
    [
      'an active value the status does not have',
      (d) => (d.active = { field: 'status', values: ['aktif'] }),
      'active.values: not values of the status field',
    ],
    [
      'a site without radius',
      (d) => delete d.radius,
      'radius: a site programme needs a catchment radius',
    ],
    [
      'a personal service shown as public points',
      (d) => (d.archetype = 'personal'),
      'privacy: personal services are always of the personal class',
    ],
    [
      'catchment coverage of an activity',
      (d) => (d.archetype = 'activity'),
      'index[0].metric: only a site programme has catchments',
    ],
    [
      'an amount index over a text field',
      (d) => (d.index[0] = { ...d.index[0], metric: 'amount_per_resident', field: 'name' }),
      'index[0].field: names no rupiah field',
    ],
  ])('refuses %s', (_, edit, problem) => {
    expect(problemsOf(edit)).toContain(problem);
  });

  it('keeps hostile text as text: markup in a name is just characters', () => {
    const d = { ...puskesmas(), names: { id: '<img src=x onerror=alert(1)>', en: 'x' } };
    const checked = checkProgramDefinition(d);
    expect(checked.ok && checked.definition.names.id).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('checkCustomProgram', () => {
  it('refuses the id of a shipped programme and of an index component already in use', () => {
    const taken = { ...puskesmas(), id: 'emas' };
    expect(checkCustomProgram(taken)).toEqual({
      ok: false,
      problems: ['id: "emas" is taken by another programme'],
    });
    const twin = { ...puskesmas(), id: 'puskesmas_2' };
    const checked = checkCustomProgram(twin, [puskesmas()]);
    expect(checked.ok ? [] : checked.problems).toEqual([
      'index[0].id: "puskesmas_catchment" is taken by another programme',
    ]);
  });

  it('refuses a shipped origin for a user’s programme', () => {
    const checked = checkCustomProgram({ ...puskesmas(), origin: 'builtin' });
    expect(checked.ok ? [] : checked.problems).toContain(
      'origin: a user’s programme is of origin "custom"',
    );
  });

  it('accepts a new programme beside the shipped ones', () => {
    expect(checkCustomProgram(puskesmas()).ok).toBe(true);
  });
});
