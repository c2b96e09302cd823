import { readCsv } from './csv';
import { sniffFormat, xlsxExtensionMessage } from './detect-format';
import { readGeoJson } from './geojson';
import type { Table } from './table';
import type { FileFormat, ImportMessage } from './types';

/** A file read into a table, or refused before (a PDF, an empty file…) with its message. */
export type ReadTable =
  | { ok: true; format: FileFormat; table: Table; fileMessages: ImportMessage[] }
  | { ok: false; fileMessages: ImportMessage[] };

/**
 * Reads a CSV, XLSX or GeoJSON file into its headers and rows, checking nothing else: the first
 * step of every import (`readImportFile`) and of a programme defined from a file.
 */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<ReadTable> {
  const sniffed = sniffFormat(fileName, bytes);
  if (sniffed.kind === 'reject') return { ok: false, fileMessages: [sniffed.message] };
  const fileMessages: ImportMessage[] = [];
  let table: Table;
  let format: FileFormat;
  if (sniffed.kind === 'xlsx') {
    format = 'xlsx';
    const mismatch = xlsxExtensionMessage(fileName);
    if (mismatch) fileMessages.push(mismatch);
    // Loaded on demand: the XLSX reader (read-excel-file + fflate) is most of the core's size.
    const { readXlsx } = await import('./xlsx');
    table = await readXlsx(bytes);
  } else {
    format = sniffed.format;
    fileMessages.push(...sniffed.messages);
    table = format === 'csv' ? readCsv(sniffed.text) : readGeoJson(sniffed.text);
  }
  fileMessages.push(...table.fileMessages);
  return { ok: true, format, table, fileMessages };
}
