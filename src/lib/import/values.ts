/**
 * Cell value parsers for Indonesian and English spreadsheets: numbers with decimal commas and
 * thousand dots, rupiah amounts, degrees-minutes-seconds, dates with Indonesian month names and
 * Excel serial dates. Each returns `null` for "cannot parse"; blank cells are the caller's concern.
 */

/** A cell as it comes out of CSV (string), XLSX (number, boolean, Date) or GeoJSON properties. */
export type Cell = string | number | boolean | Date | null | undefined;

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

/**
 * How to read an ambiguous single separator followed by exactly three digits ("1.500", "1,500"):
 * `decimal` fields (coordinates, kg) read it as a decimal point, `integer` and `money` fields as
 * a thousands separator, as Indonesian writing does.
 */
export type NumberKind = 'decimal' | 'integer' | 'money';

// Null-prototype lookup tables: a cell reading "constructor" must not find Object's.
const MULTIPLIERS: Record<string, number> = Object.assign(Object.create(null), {
  rb: 1e3,
  ribu: 1e3,
  jt: 1e6,
  juta: 1e6,
  m: 1e9,
  miliar: 1e9,
  milyar: 1e9,
});

const SIMPLE_INT_RE = /^-?\d{1,15}$/;
const SIMPLE_DEC_RE = /^-?\d{1,15}[.,]\d{1,15}$/;

/** Parses "1.234.567,89", "1,234,567.89", "Rp 100.000.000,-", "Rp 1,5 juta", "-7,8123". */
export function parseNumber(cell: Cell, kind: NumberKind = 'decimal'): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  // Fast paths for the common plain shapes ("85", "-7.8123", "-7,8123"): 100k-row files.
  if (SIMPLE_INT_RE.test(cell)) return Number(cell);
  if (kind === 'decimal' && SIMPLE_DEC_RE.test(cell)) return Number(cell.replace(',', '.'));
  let s = cell.trim().toLowerCase();
  if (s === '') return null;
  // Unicode minus and non-breaking / thin spaces are common in copied tables.
  s = s.replace(/[\u2212\u2013]/g, '-').replace(/[\s\u00a0\u202f]+/g, '');
  s = s.replace(/^(rp\.?|idr)/, '').replace(/[,.]-$/, '');
  let multiplier = 1;
  const unit = /([a-z]+)$/.exec(s);
  if (unit) {
    const m = MULTIPLIERS[unit[1]];
    if (m === undefined) return null;
    multiplier = m;
    s = s.slice(0, -unit[1].length);
  }
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (!/^[-+]?[\d.,]*\d[\d.,]*(e[-+]?\d+)?$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: whichever comes last is the decimal separator.
    const [thousands, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    const [intPart, fracPart] = [
      s.slice(0, s.lastIndexOf(decimal)),
      s.slice(s.lastIndexOf(decimal) + 1),
    ];
    if (!validGrouping(intPart, thousands) || fracPart.includes(thousands)) return null;
    normalised = `${intPart.split(thousands).join('')}.${fracPart}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const groupedLike = parts.length > 2 || (parts[1].length === 3 && kind !== 'decimal');
    if (groupedLike && /^\d{3}(e|$)/.test(parts[parts.length - 1])) {
      if (!validGrouping(s, sep)) return null;
      normalised = parts.join('');
    } else if (parts.length === 2) {
      normalised = `${parts[0]}.${parts[1]}`;
    } else return null;
  } else normalised = s;
  const n = Number(normalised) * multiplier;
  return Number.isFinite(n) ? n : null;
}

function validGrouping(intPart: string, sep: string): boolean {
  const groups = intPart.replace(/^[-+]/, '').split(sep);
  if (groups.length === 1) return true;
  return (
    groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3)
  );
}

/** An integer, or null (also null for a fraction: "2,5" members is an error, not 2). */
export function parseInteger(cell: Cell): number | null {
  const n = parseNumber(cell, 'integer');
  return n !== null && Number.isInteger(n) ? n : null;
}

export interface ParsedCoordinate {
  /** Signed decimal degrees. */
  value: number;
  /** Axis named by a hemisphere letter (N/S/LU/LS → lat, E/W/BT/BB → lng), if any. */
  axis?: 'lat' | 'lng';
}

const HEMISPHERES: Record<string, { sign: 1 | -1; axis: 'lat' | 'lng' }> = Object.assign(
  Object.create(null),
  {
    n: { sign: 1, axis: 'lat' },
    lu: { sign: 1, axis: 'lat' },
    u: { sign: 1, axis: 'lat' },
    s: { sign: -1, axis: 'lat' },
    ls: { sign: -1, axis: 'lat' },
    e: { sign: 1, axis: 'lng' },
    bt: { sign: 1, axis: 'lng' },
    t: { sign: 1, axis: 'lng' },
    w: { sign: -1, axis: 'lng' },
    bb: { sign: -1, axis: 'lng' },
    b: { sign: -1, axis: 'lng' },
  },
);

const DMS_RE =
  /^([a-z]{1,2})?\s*([-+]?\d+(?:[.,]\d+)?)\s*(?:°|º|˚|d|\s)\s*(?:(\d+(?:[.,]\d+)?)\s*(?:['′’]|m|\s)\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:"|″|”|''|′′)?\s*)?([a-z]{1,2})?$/;

/**
 * Parses a coordinate: decimal degrees (decimal comma allowed) or degrees-minutes-seconds such
 * as `7°49'12"S`, `7° 49' 12,5" LS`, `S 7 49 12`, `112°0'36"E`, `112° 0' 36" BT`.
 */
export function parseCoordinate(cell: Cell): ParsedCoordinate | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : null;
  if (typeof cell !== 'string') return null;
  const s = cell
    .trim()
    .toLowerCase()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\u00a0/g, ' ');
  if (s === '') return null;
  const plain = parseNumber(s, 'decimal');
  if (plain !== null && !/[a-z]/.test(s)) return { value: plain };
  const m = DMS_RE.exec(s);
  if (!m) {
    // Decimal degrees with a hemisphere: "7.82 S", "LS 7,82".
    const h = /^([a-z]{1,2})?\s*([-+]?\d+(?:[.,]\d+)?)\s*°?\s*([a-z]{1,2})?$/.exec(s);
    if (!h) return null;
    return withHemisphere(parseNumber(h[2], 'decimal'), h[1] ?? h[3]);
  }
  const [, pre, degText, minText, secText, post] = m;
  if (pre !== undefined && post !== undefined) return null;
  const deg = parseNumber(degText, 'decimal');
  const min = minText === undefined ? 0 : parseNumber(minText, 'decimal');
  const sec = secText === undefined ? 0 : parseNumber(secText, 'decimal');
  if (deg === null || min === null || sec === null || min >= 60 || sec >= 60) return null;
  // Rounded to 1e-9° (0.1 mm) so 7°49'12" is exactly 7.82, not 7.819999999999999.
  const magnitude = Math.round((Math.abs(deg) + min / 60 + sec / 3600) * 1e9) / 1e9;
  return withHemisphere(deg < 0 || degText.startsWith('-') ? -magnitude : magnitude, pre ?? post);
}

function withHemisphere(value: number | null, letter: string | undefined): ParsedCoordinate | null {
  if (value === null) return null;
  if (letter === undefined) return { value };
  const h = HEMISPHERES[letter];
  if (h === undefined) return null;
  return { value: h.sign * Math.abs(value), axis: h.axis };
}

const MONTHS: Record<string, number> = Object.create(null);
[
  ['januari', 'january', 'jan'],
  ['februari', 'pebruari', 'february', 'feb', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'aug', 'ags'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

export interface ParsedDate {
  /** ISO `YYYY-MM-DD`. */
  iso: string;
  /** `us_order`: read as month/day because the second number exceeds 12. `year_only`: 1 Jan. */
  note?: 'us_order' | 'year_only';
}

/** Days since 1899-12-30 (Excel's 1900 system, leap-year bug included) for plausible dates. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Parses `dd/mm/yyyy`, `dd-mm-yy`, `dd.mm.yyyy`, ISO `yyyy-mm-dd` (time part ignored),
 * `12 Januari 2024`, `12-Jan-2024`, `January 12, 2024`, a bare year, an Excel serial number
 * or a Date cell. Day-first is assumed (Indonesian order) unless the day position exceeds 12.
 */
export function parseDate(cell: Cell): ParsedDate | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : { iso: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return yearOnly(cell);
    // Serials 20000..80000 are 1954..2119: wide enough for any programme date.
    if (cell < 20000 || cell > 80000) return null;
    return {
      iso: new Date(EXCEL_EPOCH_MS + Math.floor(cell) * 86400000).toISOString().slice(0, 10),
    };
  }
  if (typeof cell !== 'string') return null;
  const s = cell.trim().toLowerCase();
  if (s === '') return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s].*)?$/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s.*)?$/.exec(s);
  if (m) {
    const [a, b, y] = [+m[1], +m[2], fullYear(m[3])];
    if (b > 12 && a <= 12) {
      const d = ymd(y, a, b);
      return d && { ...d, note: 'us_order' };
    }
    return ymd(y, b, a);
  }
  m = /^(?:[a-z]+,?\s+)?(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{2}|\d{4})$/.exec(s);
  if (m && MONTHS[m[2]] !== undefined) return ymd(fullYear(m[3]), MONTHS[m[2]], +m[1]);
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m && MONTHS[m[1]] !== undefined) return ymd(+m[3], MONTHS[m[1]], +m[2]);
  if (/^\d{4}$/.test(s)) return yearOnly(+s);
  if (/^\d{5}(\.\d+)?$/.test(s)) return parseDate(Number(s));
  return null;
}

function yearOnly(y: number): ParsedDate | null {
  return y >= 1900 && y <= 2100 ? { iso: `${y}-01-01`, note: 'year_only' } : null;
}

function fullYear(text: string): number {
  const y = +text;
  return text.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

function ymd(y: number, mo: number, d: number): ParsedDate | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Lowercase, accents stripped, every run of non-alphanumerics collapsed to one space. */
export function normaliseWords(text: string): string {
  // eslint-disable-next-line no-control-regex
  return (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Looks a cell up in a synonym table (keys are `normaliseWords` forms). Returns the canonical
 * value or null.
 */
export function parseEnum<T extends string>(cell: Cell, synonyms: Record<string, T>): T | null {
  const key = normaliseWords(cellText(cell));
  const compact = key.replace(/ /g, '');
  if (Object.hasOwn(synonyms, key)) return synonyms[key];
  return Object.hasOwn(synonyms, compact) ? synonyms[compact] : null;
}

/** RT or RW number: "03", "RT 3", "rt.003", "RW-05" → 3 / 5. */
export function parseRtRw(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : null;
  const m = /^\s*(?:r[tw]\s*[.:-]?\s*)?0*(\d{1,3})\s*$/i.exec(cellText(cell));
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}

/** A combined "RT/RW" cell: "03/05", "RT 03 RW 05", "003/005" → { rt: 3, rw: 5 }. */
export function parseRtRwPair(cell: Cell): { rt: number; rw: number } | null {
  const m =
    /^\s*(?:rt\s*[.:]?\s*)?0*(\d{1,3})\s*(?:[/\-,;]|\s)\s*(?:rw\s*[.:]?\s*)?0*(\d{1,3})\s*$/i.exec(
      cellText(cell),
    );
  if (!m) return null;
  const [rt, rw] = [Number(m[1]), Number(m[2])];
  return rt > 0 && rw > 0 ? { rt, rw } : null;
}
