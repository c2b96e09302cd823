import { readSheet } from 'read-excel-file/universal';
import type { Table, TableRow } from './table';
import type { Cell } from './values';
import { uniqueHeaders } from './columns';
import { findHeaderIndex } from './csv';
import { zipUncompressedSize } from './zip-size';

/**
 * Most bytes an XLSX may unpack to. A 100k-row sheet is ~30-50 MB of XML; ten times the 20 MB
 * file limit stops a zip bomb while leaving room for real sheets.
 */
const MAX_XLSX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/**
 * Reads the first sheet of an XLSX file. `read-excel-file/universal` takes an ArrayBuffer and
 * runs unchanged in a Web Worker, in Node and in the browser (no DOM, no Node built-ins).
 * Date-formatted cells arrive as `Date`, numbers as numbers, both handled by `values.ts`.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const inflated = zipUncompressedSize(bytes);
  if (inflated === null || inflated > MAX_XLSX_UNCOMPRESSED_BYTES) {
    const detail =
      inflated === null
        ? 'ZIP directory unreadable'
        : `${Math.round(inflated / 1048576)} MB unpacked, limit ${MAX_XLSX_UNCOMPRESSED_BYTES / 1048576} MB`;
    return {
      headers: [],
      rows: [],
      fileMessages: [{ code: 'xlsx_unreadable', severity: 'error', params: { detail } }],
      fatal: true,
    };
  }
  let data: Cell[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    data = (await readSheet(buffer as ArrayBuffer, 1)) as unknown as Cell[][];
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      headers: [],
      rows: [],
      fileMessages: [{ code: 'xlsx_unreadable', severity: 'error', params: { detail } }],
      fatal: true,
    };
  }
  const headerIndex = findHeaderIndex(data);
  if (headerIndex < 0)
    return {
      headers: [],
      rows: [],
      fileMessages: [{ code: 'file_empty', severity: 'error' }],
      fatal: true,
    };
  const headers = uniqueHeaders(
    data[headerIndex].map((c) => (c === null || c === undefined ? '' : String(c))),
  );
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i];
    if (
      cells.every(
        (c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''),
      )
    )
      continue;
    rows.push({ row: i + 1, cells });
  }
  return { headers, rows, fileMessages: [], fatal: false };
}
