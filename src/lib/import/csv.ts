import Papa from 'papaparse';
import type { ImportMessage } from './types';
import type { Table, TableRow } from './table';
import { uniqueHeaders } from './columns';

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * The delimiter is read from the header line (outside quotes) rather than guessed from data
 * rows: headers hold no decimal commas, data rows of a `;` file are full of them.
 */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent && [...counts.values()].some((n) => n > 0)) break;
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    else if (ch.trim() !== '') seenContent = true;
  }
  let best = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** Index of the header: the first of the first ten non-blank rows with two or more cells. */
export function findHeaderIndex(rows: readonly (readonly unknown[])[]): number {
  let seen = 0;
  for (let i = 0; i < rows.length && seen < 10; i++) {
    const filled = rows[i].filter((c) => c !== null && c !== undefined && String(c).trim() !== '');
    if (filled.length === 0) continue;
    seen++;
    if (filled.length >= 2) return i;
  }
  return rows.findIndex((r) =>
    r.some((c) => c !== null && c !== undefined && String(c).trim() !== ''),
  );
}

/** Parses CSV text (BOM already removed) into a table; row numbers count every record. */
export function readCsv(text: string): Table {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const data = result.data;
  const rowMessages = new Map<number, ImportMessage[]>();
  for (const e of result.errors) {
    if (e.code === 'MissingQuotes') {
      return {
        headers: [],
        rows: [],
        fileMessages: [
          { code: 'csv_broken_quotes', severity: 'error', params: { row: (e.row ?? 0) + 1 } },
        ],
        fatal: true,
      };
    }
    if (e.code === 'InvalidQuotes' && e.row !== undefined)
      rowMessages.set(e.row, [{ code: 'csv_bad_quotes', severity: 'error' }]);
  }
  const headerIndex = findHeaderIndex(data);
  if (headerIndex < 0)
    return {
      headers: [],
      rows: [],
      fileMessages: [{ code: 'file_empty', severity: 'error' }],
      fatal: true,
    };
  const headers = uniqueHeaders(data[headerIndex]);
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i];
    if (cells.length === 1 && cells[0].trim() === '') continue;
    if (cells.every((c) => c.trim() === '')) continue;
    const messages = rowMessages.get(i) ?? [];
    if (cells.length !== headers.length && messages.length === 0)
      messages.push({
        code: 'field_count',
        severity: 'warning',
        params: { found: cells.length, expected: headers.length },
      });
    rows.push({ row: i + 1, cells, messages: messages.length > 0 ? messages : undefined });
  }
  return { headers, rows, fileMessages: [], fatal: false };
}
