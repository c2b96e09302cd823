import { CompositeLayer, type DefaultProps, type UpdateParameters } from '@deck.gl/core';
import { TextLayer, type TextLayerProps } from '@deck.gl/layers';
import { declutter } from '../label-declutter';

export interface DeclutteredTextProps<D> extends TextLayerProps<D> {
  data: readonly D[];
  /** Larger first: where two names would overlap, the larger keeps its place. */
  getPriority: (d: D) => number;
  /** Free pixels kept around each name (its halo and some air). */
  marginPx: number;
}

interface State<D> {
  [key: string]: unknown;
  /** The data, most important first. */
  ordered: D[];
  /** Each ordered name's width in pixels at the layer's size. */
  widths: number[];
  zoom: number;
  shown: D[];
}

/** The names' size in pixels: the layer is given one size for all (12 px unless told). */
const sizeOf = (props: { getSize?: unknown }): number =>
  typeof props.getSize === 'number' ? props.getSize : 12;

/** Name widths from the browser's own text metrics (an estimate where there is no canvas). */
function measureWidths(texts: string[], sizePx: number, font: string, weight: string): number[] {
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return texts.map((t) => t.length * sizePx * 0.6);
  ctx.font = `${weight} ${sizePx}px ${font}`;
  return texts.map((t) => ctx.measureText(t).width);
}

/**
 * A TextLayer that leaves out names that would overlap a more important one at the current
 * zoom, and brings them back as the user zooms in. It replaces deck.gl's CollisionFilterExtension
 * for the kelurahan names: that extension draws every label into an offscreen collision map with
 * shaders of its own, and on software WebGL their compilation cost the first map about 0.2 s
 * (`npm run bench:first-map`); 46 boxes tested on the CPU cost microseconds. Pixel distances on a
 * flat, unrotated Web Mercator map depend on the zoom only, so the choice is made again only when
 * the zoom changes.
 */
export class DeclutteredTextLayer<D> extends CompositeLayer<DeclutteredTextProps<D>> {
  static layerName = 'DeclutteredTextLayer';
  static defaultProps = {
    getPriority: { type: 'accessor', value: () => 0 },
    marginPx: 2,
  } as DefaultProps<DeclutteredTextProps<unknown>>;

  declare state: State<D>;

  shouldUpdateState({ changeFlags }: UpdateParameters<this>): boolean {
    return changeFlags.somethingChanged;
  }

  updateState({ props, changeFlags }: UpdateParameters<this>): void {
    const zoom = this.context.viewport.zoom;
    // The app rebuilds its layer list on every hover; the names are only measured again when
    // the data itself is new.
    if (changeFlags.dataChanged || !this.state.ordered) {
      const ordered = [...props.data].sort((a, b) => props.getPriority(b) - props.getPriority(a));
      const texts = ordered.map((d) => String((props.getText as (d: D) => string)(d)));
      const widths = measureWidths(
        texts,
        sizeOf(props),
        props.fontFamily ?? 'sans-serif',
        String(props.fontWeight ?? 'normal'),
      );
      this.setState({ ordered, widths, zoom: NaN, shown: this.state.shown ?? [] });
    }
    if (zoom === this.state.zoom) return;
    const { ordered, widths } = this.state;
    const size = sizeOf(props);
    const position = props.getPosition as (d: D) => [number, number];
    const boxes = ordered.map((d, i) => {
      const [x, y] = this.context.viewport.project(position(d));
      return {
        x,
        y,
        halfWidth: widths[i] / 2 + props.marginPx,
        halfHeight: size / 2 + props.marginPx,
      };
    });
    const flags = declutter(boxes);
    const shown = ordered.filter((_, i) => flags[i]);
    // The same names keep the same array, so the text layer does not lay them out again.
    const same =
      shown.length === this.state.shown.length && shown.every((d, i) => d === this.state.shown[i]);
    this.setState({ zoom, shown: same ? this.state.shown : shown });
  }

  renderLayers() {
    const p = this.props;
    return new TextLayer<D>(
      this.getSubLayerProps({ id: 'text', updateTriggers: p.updateTriggers }),
      {
        data: this.state.shown,
        getPosition: p.getPosition,
        getText: p.getText,
        getSize: p.getSize,
        sizeUnits: p.sizeUnits,
        getColor: p.getColor,
        fontFamily: p.fontFamily,
        fontWeight: p.fontWeight,
        fontSettings: p.fontSettings,
        characterSet: p.characterSet,
        outlineWidth: p.outlineWidth,
        outlineColor: p.outlineColor,
        getTextAnchor: p.getTextAnchor,
        getAlignmentBaseline: p.getAlignmentBaseline,
      },
    );
  }
}
