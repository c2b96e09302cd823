import type { BatchTarget } from '../model/records';
import { EXPORT_COLUMNS, type ExportColumn } from './columns';
import {
  kelurahanName,
  type HomeCareLocation,
  type KelurahanNames,
  type RecordsByTarget,
} from './types';

export interface CsvExportOptions {
  /**
   * `rfc4180`: comma separator, decimal point (default). `excel-id`: semicolon separator and
   * decimal comma, what Excel expects with Indonesian regional settings.
   */
  style?: 'rfc4180' | 'excel-id';
  /** Prepend a UTF-8 BOM so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
  /** Fills the `kelurahan` name column. */
  names?: KelurahanNames;
  /** Home Care only; default `omit`. */
  homeCareLocation?: HomeCareLocation;
}

/**
 * Characters that make a spreadsheet treat a cell as a formula. OWASP's CSV-injection advice:
 * prefix such cells with a single quote so they stay text. Tab and CR are on OWASP's list too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Guards and quotes one cell (RFC 4180: quote on separator, quote, CR/LF, outer spaces). */
export function csvCell(value: string, delimiter: string, guard: boolean): string {
  const text = guard && FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatValue(
  col: ExportColumn<never>,
  value: string | number | boolean | null | undefined,
  decimalComma: boolean,
): string {
  if (value === null || value === undefined) return '';
  if (col.kind === 'number' && typeof value === 'number') {
    const s = String(value);
    return decimalComma ? s.replace('.', ',') : s;
  }
  if (col.kind === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/**
 * One programme's (or the population table's) records as CSV text with a fixed column order
 * (`EXPORT_COLUMNS`) plus the kelurahan name after `kode`. Text cells that start like a formula
 * get a leading `'` (OWASP); numbers are written as numbers and never prefixed. Lines end CRLF.
 */
export function recordsToCsv<T extends BatchTarget>(
  target: T,
  records: readonly RecordsByTarget[T][],
  options: CsvExportOptions = {},
): string {
  const excel = options.style === 'excel-id';
  const delimiter = excel ? ';' : ',';
  const omitSensitive = target === 'home_care' && (options.homeCareLocation ?? 'omit') === 'omit';
  const columns = (EXPORT_COLUMNS[target] as ExportColumn<RecordsByTarget[T]>[]).filter(
    (c) => !(omitSensitive && c.sensitive),
  );
  const headers: string[] = [];
  for (const c of columns) {
    headers.push(c.header);
    if (c.header === 'kode') headers.push('kelurahan');
  }
  const lines = [headers.map((h) => csvCell(h, delimiter, false)).join(delimiter)];
  for (const r of records) {
    const cells: string[] = [];
    for (const c of columns) {
      const text = formatValue(c as ExportColumn<never>, c.get(r), excel);
      cells.push(csvCell(text, delimiter, c.kind === 'text'));
      if (c.header === 'kode')
        cells.push(csvCell(kelurahanName(options.names, r.kode), delimiter, true));
    }
    lines.push(cells.join(delimiter));
  }
  return `${options.bom === false ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`;
}
