import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rect } from './test-shapes.ts';
import { geometryProblems, segmentsIntersect } from './validate-geometry.ts';

const poly = (...rings: number[][][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('geometryProblems', () => {
  it('accepts a valid polygon with a clockwise hole', () => {
    const outer = rect(112.0, -7.82, 112.02, -7.8).coordinates[0];
    const hole = rect(112.005, -7.815, 112.015, -7.805).coordinates[0].reverse();
    expect(geometryProblems(poly(outer, hole))).toEqual([]);
  });

  it('flags a bow-tie (self-intersection)', () => {
    const bowtie = [
      [112.0, -7.82],
      [112.01, -7.81],
      [112.01, -7.82],
      [112.0, -7.81],
      [112.0, -7.82],
    ];
    expect(geometryProblems(poly(bowtie)).join()).toMatch(/intersect/);
  });

  it('flags a spike that folds back on itself', () => {
    const spike = [
      [112.0, -7.82],
      [112.01, -7.82],
      [112.02, -7.82],
      [112.01, -7.82],
      [112.01, -7.81],
      [112.0, -7.82],
    ];
    expect(geometryProblems(poly(spike)).join()).toMatch(/intersect/);
  });

  it('flags wrong winding, unclosed or short rings and positions outside Kediri', () => {
    const cw = rect(112.0, -7.82, 112.01, -7.81).coordinates[0].reverse();
    expect(geometryProblems(poly(cw)).join()).toMatch(/not CCW/);
    const open = rect(112.0, -7.82, 112.01, -7.81).coordinates[0].slice(0, 4);
    expect(geometryProblems(poly(open)).join()).toMatch(/not closed/);
    const short = [
      [112.0, -7.82],
      [112.01, -7.82],
      [112.0, -7.82],
    ];
    expect(geometryProblems(poly(short)).join()).toMatch(/need >= 4/);
    expect(geometryProblems(rect(110, -7.82, 110.01, -7.81)).join()).toMatch(/outside bbox/);
  });
});

describe('segmentsIntersect', () => {
  it('tells crossing, touching and disjoint segments apart', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [1, 0], [2, 1])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [0, 1], [1, 1])).toBe(false);
  });
});
