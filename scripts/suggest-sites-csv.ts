import Papa from 'papaparse';

/** A bad argument or input file: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {}

/** Points read from a CSV file, one per data row, in file order. */
export interface PointRows {
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  /** Weights (demand files), else all 1. */
  readonly weight: Float64Array;
}

const NAMES = {
  lng: ['lng', 'lon', 'long', 'longitude', 'bujur', 'x'],
  lat: ['lat', 'latitude', 'lintang', 'y'],
  weight: ['weight', 'w', 'residents', 'population', 'penduduk', 'jumlah'],
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A strict decimal number (a lone decimal comma is read as a point), else NaN. */
function parseNumber(text: string): number {
  let t = text.trim();
  if (!t.includes('.') && (t.match(/,/g) ?? []).length === 1) t = t.replace(',', '.');
  return NUMBER.test(t) ? Number(t) : NaN;
}

/**
 * Reads `lng,lat[,weight]` rows. Header: the first non-blank row is one when any of its fields is
 * not a number; if it names every needed column (see NAMES) the columns are taken by name, in any
 * order and with other columns beside them, else by position. Without a header by name a row
 * must have exactly the needed fields. Row numbers in messages are the file's line numbers.
 * Throws {@link UsageError} on the first bad row: non-numeric, lat outside −90..90, lng outside
 * −180..180, negative weight.
 */
export function readPointsCsv(
  file: string,
  text: string,
  withWeight: boolean,
  allowEmpty: boolean,
): PointRows {
  const needed = withWeight ? (['lng', 'lat', 'weight'] as const) : (['lng', 'lat'] as const);
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = data
    .map((fields, i) => ({ fields, line: i + 1 }))
    .filter(({ fields }) => fields.some((f) => f.trim() !== ''));
  let columns: number[] = needed.map((_, i) => i);
  let byName = false;
  if (rows.length > 0 && rows[0].fields.some((f) => Number.isNaN(parseNumber(f)))) {
    const header = rows.shift()!.fields.map((f) => f.trim().toLowerCase());
    const found = needed.map((n) => header.findIndex((h) => NAMES[n].includes(h)));
    if (found.every((i) => i >= 0)) [columns, byName] = [found, true];
  }
  if (rows.length === 0 && !allowEmpty) throw new UsageError(`${file}: no data rows`);
  const lng = new Float64Array(rows.length);
  const lat = new Float64Array(rows.length);
  const weight = new Float64Array(rows.length).fill(1);
  rows.forEach(({ fields, line }, r) => {
    const where = `${file} row ${line}`;
    if (!byName && fields.length !== needed.length) {
      throw new UsageError(
        `${where}: expected ${needed.length} fields (${needed.join(',')}), got ${fields.length}`,
      );
    }
    const v = columns.map((c, i) => {
      const x = parseNumber(fields[c] ?? '');
      if (Number.isNaN(x))
        throw new UsageError(`${where}: ${needed[i]} "${fields[c] ?? ''}" is not a number`);
      return x;
    });
    if (!(v[0] >= -180 && v[0] <= 180))
      throw new UsageError(`${where}: lng ${v[0]} outside −180..180`);
    if (!(v[1] >= -90 && v[1] <= 90)) throw new UsageError(`${where}: lat ${v[1]} outside −90..90`);
    if (withWeight && !(v[2] >= 0 && Number.isFinite(v[2]))) {
      throw new UsageError(`${where}: weight ${v[2]} must be ≥ 0`);
    }
    [lng[r], lat[r]] = [v[0], v[1]];
    if (withWeight) weight[r] = v[2];
  });
  return { lng, lat, weight };
}
