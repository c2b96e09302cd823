/** One legend row of an exported map: a swatch (any CSS colour) and its label. */
interface LegendItem {
  colour: string;
  label: string;
  /** A line instead of a filled square (boundaries). */
  line?: boolean;
}

export interface MapImageText {
  title: string;
  /** Already formatted in the UI language. */
  date: string;
  legendTitle: string;
  legend: readonly LegendItem[];
  attribution: string;
}

const FONT = 'system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

/**
 * The map image with a title band (title, date), a legend box over the map's lower left corner and
 * an attribution band. `map` is in device pixels; `scale` is the device pixel ratio it was drawn at,
 * so the text has the same size on screen and in the file.
 */
export function composeMapImage(
  map: HTMLCanvasElement,
  text: MapImageText,
  scale: number,
): HTMLCanvasElement {
  const s = Math.max(1, scale);
  const header = Math.round(58 * s);
  const footer = Math.round(26 * s);
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + header + footer;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas for the export');

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, header);

  ctx.fillStyle = '#14192d';
  ctx.fillRect(0, 0, out.width, header);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold ${Math.round(20 * s)}px ${FONT}`;
  ctx.fillText(text.title, 14 * s, 27 * s, out.width - 28 * s);
  ctx.font = `${Math.round(13 * s)}px ${FONT}`;
  ctx.fillText(text.date, 14 * s, 47 * s, out.width - 28 * s);

  drawLegend(ctx, text, s, header + map.height);

  ctx.fillStyle = '#f4f5f7';
  ctx.fillRect(0, out.height - footer, out.width, footer);
  ctx.fillStyle = '#333333';
  ctx.font = `${Math.round(11 * s)}px ${FONT}`;
  ctx.fillText(text.attribution, 10 * s, out.height - 9 * s, out.width - 20 * s);
  return out;
}

function drawLegend(ctx: CanvasRenderingContext2D, text: MapImageText, s: number, bottom: number) {
  if (text.legend.length === 0) return;
  const row = 20 * s;
  const pad = 10 * s;
  ctx.font = `${Math.round(12 * s)}px ${FONT}`;
  const labelWidth = Math.max(
    ctx.measureText(text.legendTitle).width,
    ...text.legend.map((item) => ctx.measureText(item.label).width + 24 * s),
  );
  const width = labelWidth + 2 * pad;
  const height = (text.legend.length + 1) * row + pad;
  const x = 12 * s;
  const y = bottom - height - 36 * s;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.94)';
  ctx.strokeStyle = '#9aa3b2';
  ctx.lineWidth = s;
  ctx.fillRect(x, y, width, height);
  ctx.strokeRect(x, y, width, height);
  ctx.fillStyle = '#14192d';
  ctx.font = `bold ${Math.round(12 * s)}px ${FONT}`;
  ctx.fillText(text.legendTitle, x + pad, y + row);
  ctx.font = `${Math.round(12 * s)}px ${FONT}`;
  text.legend.forEach((item, i) => {
    const top = y + (i + 1) * row + 6 * s;
    if (item.line) {
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = 2.5 * s;
      ctx.beginPath();
      ctx.moveTo(x + pad, top + 7 * s);
      ctx.lineTo(x + pad + 16 * s, top + 7 * s);
      ctx.stroke();
    } else {
      ctx.fillStyle = item.colour;
      ctx.fillRect(x + pad, top, 16 * s, 14 * s);
    }
    ctx.fillStyle = '#14192d';
    ctx.fillText(item.label, x + pad + 24 * s, top + 12 * s);
  });
}

/** PNG bytes of a canvas. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))),
      'image/png',
    ),
  );
}
