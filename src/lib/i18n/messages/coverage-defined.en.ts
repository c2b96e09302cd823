import type { CoverageDefinedKey } from './coverage-defined.id';

/** English messages for programmes given as definitions; every key of programs.id.ts is required. */
export const coverageDefinedEn: Record<CoverageDefinedKey, string> = {
  'tooltip.program': 'Programme',
  'layers.definedPoints': '{program} points',
  'defined.filter.min': 'at least',
  'defined.filter.max': 'at most',
  'defined.metric.covered_pct': '{program}: area within reach',
  'defined.metric.count': '{program}: count',
  'defined.metric.per10k': '{program} per 10,000 residents',
  'defined.metric.rt_share_pct': '{program}: RTs reached',
  'defined.merge.title': 'New categories in {field}',
  'defined.merge.keep': 'Keep as a new category',
  'defined.merge.into': 'Merge into «{value}»',
  'defined.fig.site':
    '{count, plural, =0 {no sites} one {# site} other {# sites}} · {covered} of the area within reach · {residents} of residents within reach',
  'defined.fig.records': '{count, plural, =0 {no records} one {# record} other {# records}}',
  'defined.fig.amount':
    '{count, plural, =0 {no records} one {# record} other {# records}} · {amount}',
  'defined.coverage.records':
    '{count, plural, =0 {no records} one {# record} other {# records}} counted',
  'defined.weights.hint': 'Components of other programmes appear here once their data is imported.',
  'embed.defined.metric.covered': '{program}: area within reach',
  'embed.defined.metric.per10k': '{program} per 10,000 residents',
  'embed.defined.metric.count': '{program}: count per kelurahan',
  'embed.defined.fig.count': 'Count',
  'embed.defined.fig.amount': 'Total amount',
  'embed.defined.note.public_aggregates':
    'Confidential data: counts per kelurahan only, no points; counts below {min} are hidden.',
  'embed.defined.note.personal':
    'Personal data: counts per kelurahan only, no points or amounts; counts below {min} are hidden.',
};
