import type { ProgramDefinition } from './definition';
import { SHIPPED_PROGRAMS } from './registry';

/**
 * What a batch or record target is called in the user's language: a shipped or custom
 * programme's own name, the population table's, or (a programme deleted since) its id as text.
 */
export function targetName(
  target: string,
  locale: 'id' | 'en',
  custom: readonly ProgramDefinition[] = [],
): string {
  if (target === 'population') return locale === 'id' ? 'Penduduk' : 'Population';
  const known = [...SHIPPED_PROGRAMS, ...custom].find((p) => p.id === target);
  return known ? known.names[locale] : target;
}
