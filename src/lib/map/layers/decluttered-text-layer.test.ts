import { describe, expect, it } from 'vitest';
import { WebMercatorViewport } from '@deck.gl/core';
import { DeclutteredTextLayer } from './decluttered-text-layer';

interface Name {
  text: string;
  at: [number, number];
  area: number;
}

// Two names 0.01° apart east–west near Kediri (about 1.1 km): at zoom 12 that is 58 px
// (512 · 2¹² · 0.01 / 360), less than a 12-letter name at 12 px (about 80 px) plus margins; at
// zoom 16 it is 932 px.
const names: Name[] = [
  { text: 'Kecil sekali', at: [112.01, -7.82], area: 1 },
  { text: 'Besar sekali', at: [112.0, -7.82], area: 5 },
];

/** The names the layer hands its text layer at a zoom (deck.gl's update, with a real viewport). */
function shownAt(zoom: number): string[] {
  const layer = new DeclutteredTextLayer<Name>({
    id: 'names',
    data: names,
    getPosition: (d) => d.at,
    getText: (d) => d.text,
    getSize: 12,
    getPriority: (d) => d.area,
    marginPx: 4,
  });
  const viewport = new WebMercatorViewport({
    width: 800,
    height: 600,
    longitude: 112.005,
    latitude: -7.82,
    zoom,
  });
  layer.context = { viewport } as never;
  layer.state = {} as never;
  layer.setState = (s: object) => Object.assign(layer.state, s);
  const props = layer.props;
  layer.updateState({
    props,
    oldProps: {} as never,
    context: layer.context,
    changeFlags: { dataChanged: true, somethingChanged: true } as never,
  });
  return (layer.state.shown as Name[]).map((d) => d.text);
}

describe('DeclutteredTextLayer', () => {
  it('the larger kelurahan keeps its name where two would overlap', () => {
    expect(shownAt(12)).toEqual(['Besar sekali']);
  });

  it('both names show once the zoom leaves room', () => {
    expect(shownAt(16)).toEqual(['Besar sekali', 'Kecil sekali']);
  });
});
