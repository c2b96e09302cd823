import { BUILT_IN_PROGRAMS } from './builtin';
import { checkProgramDefinition, type DefinitionCheck, type ProgramDefinition } from './definition';
import { PRESET_PROGRAMS } from './presets';

/** Every programme that ships with the app: the three built-in ones, then the presets. */
export const SHIPPED_PROGRAMS: readonly ProgramDefinition[] = [
  ...BUILT_IN_PROGRAMS,
  ...PRESET_PROGRAMS,
];

/**
 * Checks a user's own programme (from the definition editor, a backup or `--define FILE`)
 * against the format and against the programmes it will live beside: a custom programme may not
 * take the id of a shipped or another custom programme, nor an index component's id (the weights
 * are keyed by it). `others` are the custom programmes already defined, without this one.
 */
export function checkCustomProgram(
  input: unknown,
  others: readonly ProgramDefinition[] = [],
): DefinitionCheck {
  const checked = checkProgramDefinition(input);
  if (!checked.ok) return checked;
  const d = checked.definition;
  const problems: string[] = [];
  if (d.origin !== 'custom') problems.push('origin: a user’s programme is of origin "custom"');
  const all = [...SHIPPED_PROGRAMS, ...others];
  if (all.some((p) => p.id === d.id)) problems.push(`id: "${d.id}" is taken by another programme`);
  const taken = new Set(all.flatMap((p) => p.index.map((c) => c.id)));
  d.index.forEach((c, i) => {
    if (taken.has(c.id)) problems.push(`index[${i}].id: "${c.id}" is taken by another programme`);
  });
  return problems.length > 0 ? { ok: false, problems } : checked;
}
