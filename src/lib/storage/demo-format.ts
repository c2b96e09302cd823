/**
 * The compact demo files in `public/demo/`: column lists plus row arrays, with small dictionaries
 * for repeated strings. Pure (no Dexie, no fetch): the generator encodes with it, the app decodes.
 */

export const DEMO_FORMAT = 'jangkau-demo';
export const DEMO_FORMAT_VERSION = 1;

export type Cell = string | number | boolean | null;

export interface DemoTable {
  columns: string[];
  /** Columns stored as an index into the listed values. */
  dicts?: Record<string, Cell[]>;
  rows: Cell[][];
}

export const DEMO_FILES = {
  manifest: 'manifest.json',
  bank_sampah: 'bank-sampah.json',
  prodamas: 'prodamas.json',
  home_care: 'home-care.json',
  population: 'population.json',
  emas: 'emas.json',
  kurnia: 'kurnia.json',
  e_sptpd: 'e-sptpd.json',
} as const;

/** Presets with demo data, stored as defined records in batches `demo:<id>`. */
export const DEFINED_DEMO_PROGRAMS = ['emas', 'kurnia', 'e_sptpd'] as const;
export type DefinedDemoProgram = (typeof DEFINED_DEMO_PROGRAMS)[number];

/**
 * The first columns of a preset's demo table: where the record is. Its definition's field keys
 * follow, one column each, so the file says which definition it was written for.
 */
export const DEFINED_PLACE_COLUMNS = ['kode', 'rw', 'rt', 'lng', 'lat'] as const;

export const BANK_SAMPAH_COLUMNS = [
  'name',
  'kode',
  'rw',
  'rt',
  'address',
  'lng',
  'lat',
  'type',
  'status',
  'established',
  'members',
  'kgPerMonth',
] as const;
export const PRODAMAS_COLUMNS = [
  'year',
  'kode',
  'rw',
  'rt',
  'category',
  'title',
  'budgetRp',
  'progress',
  'lng',
  'lat',
] as const;
export const PATIENT_COLUMNS = ['patientId', 'kode', 'rw', 'rt', 'lng', 'lat', 'group'] as const;
/** `patient` is the row index in the patients table. */
export const VISIT_COLUMNS = ['patient', 'date', 'service'] as const;
export const POPULATION_COLUMNS = [
  'year',
  'kode',
  'total',
  'elderly',
  'rtCount',
  'rwCount',
  'source',
  'isEstimate',
] as const;

/** `home-care.json`: patients once, visits pointing at them. */
export interface DemoHomeCareFile {
  patients: DemoTable;
  visits: DemoTable;
}

export interface DemoManifest {
  format: typeof DEMO_FORMAT;
  version: typeof DEMO_FORMAT_VERSION;
  /** Shown wherever the data appears: this is sample data, not real records. */
  label: { id: string; en: string };
  seed: number;
  generatedBy: string;
  files: Record<Exclude<keyof typeof DEMO_FILES, 'manifest'>, string>;
  counts: Record<string, number>;
  notes: string[];
}

/** Encodes objects into a compact table; `dictColumns` are stored as dictionary indexes. */
export function encodeTable(
  columns: readonly string[],
  objects: readonly Record<string, Cell>[],
  dictColumns: readonly string[] = [],
): DemoTable {
  const dicts: Record<string, Cell[]> = {};
  const lookup = new Map<string, Map<Cell, number>>();
  for (const c of dictColumns) {
    dicts[c] = [];
    lookup.set(c, new Map());
  }
  const rows = objects.map((o) =>
    columns.map((c) => {
      const v = o[c] ?? null;
      const idx = lookup.get(c);
      if (idx === undefined) return v;
      let i = idx.get(v);
      if (i === undefined) {
        i = dicts[c].length;
        dicts[c].push(v);
        idx.set(v, i);
      }
      return i;
    }),
  );
  return dictColumns.length > 0
    ? { columns: [...columns], dicts, rows }
    : { columns: [...columns], rows };
}

export class DemoFormatError extends Error {
  override name = 'DemoFormatError';
}

/** Decodes a compact table back into objects, checking it has the expected columns. */
export function decodeTable(
  table: unknown,
  expected: readonly string[],
  what: string,
): Record<string, Cell>[] {
  if (typeof table !== 'object' || table === null) throw new DemoFormatError(`${what}: no table`);
  const t = table as Partial<DemoTable>;
  if (!Array.isArray(t.columns) || !Array.isArray(t.rows))
    throw new DemoFormatError(`${what}: columns or rows missing`);
  const columns = t.columns;
  for (const c of expected) {
    if (!columns.includes(c)) throw new DemoFormatError(`${what}: column ${c} missing`);
  }
  const dicts = t.dicts ?? {};
  return t.rows.map((row, r) => {
    if (!Array.isArray(row) || row.length !== columns.length)
      throw new DemoFormatError(`${what}: row ${r} has the wrong length`);
    const o: Record<string, Cell> = {};
    columns.forEach((c, i) => {
      const dict = dicts[c];
      const v = row[i];
      if (dict === undefined) o[c] = v;
      else {
        if (typeof v !== 'number' || v < 0 || v >= dict.length)
          throw new DemoFormatError(`${what}: row ${r} column ${c} not in dictionary`);
        o[c] = dict[v];
      }
    });
    return o;
  });
}
