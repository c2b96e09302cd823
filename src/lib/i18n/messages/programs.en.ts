import type { ProgramsKey } from './programs.id';

/** English messages for programmes given as definitions; every key of programs.id.ts is required. */
export const programsEn: Record<ProgramsKey, string> = {
  'defined.fig.site':
    '{count, plural, =0 {no sites} one {# site} other {# sites}} · {covered} of the area within reach',
  'defined.fig.records': '{count, plural, =0 {no records} one {# record} other {# records}}',
  'defined.fig.amount':
    '{count, plural, =0 {no records} one {# record} other {# records}} · {amount}',
  'defined.coverage.records':
    '{count, plural, =0 {no records} one {# record} other {# records}} counted',
  'defined.weights.hint': 'Components of other programmes appear here once their data is imported.',
};
