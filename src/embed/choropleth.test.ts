import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, SUPPRESSED_COLOUR, embedLegend } from './choropleth';
import type { EmbedValue } from './embed-metrics';

describe('embedLegend', () => {
  const classes = [
    { min: 1, max: 2 },
    { min: 3, max: 4 },
  ];
  const values: EmbedValue[] = [
    { kind: 'value', value: 1 },
    { kind: 'none' },
    { kind: 'none' },
    { kind: 'suppressed' },
  ];

  it('colours the worse-served end dark and counts missing and hidden values', () => {
    // Higher is better: the lowest class is the worst served, so it takes the darkest colour.
    const legend = embedLegend(classes, { unit: 'count', better: 'higher' }, values, 5);
    expect(legend.classes.map((c) => c.color)).toEqual([CLASS_COLOURS[4], CLASS_COLOURS[0]]);
    expect(legend.noDataCount).toBe(2);
    expect(legend.suppressed).toEqual({ color: SUPPRESSED_COLOUR, minCount: 5 });
  });

  it('turns the ramp round when lower is better, and has no hidden row without hidden values', () => {
    const legend = embedLegend(classes, { unit: 'score', better: 'lower' }, values.slice(0, 2), 5);
    expect(legend.classes.map((c) => c.color)).toEqual([CLASS_COLOURS[0], CLASS_COLOURS[4]]);
    expect(legend.suppressed).toBeUndefined();
  });
});
