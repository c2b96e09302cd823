import type { ImportMessage } from './types';

/**
 * Largest file accepted, in bytes. A 100,000-row programme CSV is about 10-15 MB; the worker holds
 * the bytes, the decoded text (UTF-16, twice the size) and the parsed rows (several times more), so
 * 20 MB keeps the peak well under the memory of a low-end office laptop browser tab.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Most data rows accepted (twice the 100k benchmark). */
export const MAX_IMPORT_ROWS = 200_000;

/** What a file picker offers for an import (and for a programme defined from a file). */
export const IMPORT_FILE_ACCEPT =
  '.csv,.txt,.tsv,.xlsx,.geojson,.json,text/csv,application/geo+json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Sniffed =
  | { kind: 'xlsx' }
  | { kind: 'text'; text: string; format: 'csv' | 'geojson'; messages: ImportMessage[] }
  | { kind: 'reject'; message: ImportMessage };

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label?: string, options?: { fatal?: boolean }) => TextDecoderLike;
// Reached through globalThis: the DOM-free core config has no TextDecoder type, every runtime has it.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

const MAGIC: [bytes: number[], kind: string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
  [[0x4d, 0x5a], 'EXE'],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

const error = (code: ImportMessage['code'], params?: ImportMessage['params']): Sniffed => ({
  kind: 'reject',
  message: { code, severity: 'error', params },
});

/**
 * Decides what a file is from its bytes (magic numbers, NUL bytes, first character), not its name;
 * the extension only breaks the CSV/GeoJSON tie for JSON text and triggers a mismatch warning.
 */
export function sniffFormat(fileName: string, bytes: Uint8Array): Sniffed {
  if (bytes.length > MAX_IMPORT_BYTES)
    return error('file_too_large', {
      sizeMb: Math.round((bytes.length / 1048576) * 10) / 10,
      limitMb: MAX_IMPORT_BYTES / 1048576,
    });
  const ext = extensionOf(fileName);
  if (bytes.length === 0) return error('file_empty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return error('xls_legacy');
  for (const [magic, kind] of MAGIC)
    if (startsWith(bytes, magic)) return error('file_unsupported', { kind });

  let text: string;
  const messages: ImportMessage[] = [];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    text = new Decoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return error('file_binary');
    try {
      text = new Decoder('utf-8', { fatal: true }).decode(body);
    } catch {
      // Excel on Windows saves "CSV" as Windows-1252 unless told otherwise.
      text = new Decoder('windows-1252').decode(body);
      messages.push({ code: 'encoding_fallback', severity: 'warning' });
    }
  }
  if (text.trim() === '') return error('file_empty');
  const first = /\S/.exec(text)?.[0];
  const format = first === '{' || (first === '[' && ext !== 'csv') ? 'geojson' : 'csv';
  const expected: Record<string, string> = Object.assign(Object.create(null), {
    csv: 'csv',
    txt: 'csv',
    tsv: 'csv',
    json: 'geojson',
    geojson: 'geojson',
  });
  if (ext !== '' && expected[ext] !== undefined && expected[ext] !== format)
    messages.push({
      code: 'extension_mismatch',
      severity: 'warning',
      params: { ext, format: format.toUpperCase() },
    });
  else if (ext !== '' && expected[ext] === undefined && ext !== 'xlsx')
    messages.push({
      code: 'extension_mismatch',
      severity: 'warning',
      params: { ext, format: format.toUpperCase() },
    });
  return { kind: 'text', text, format, messages };
}

/** NUL bytes or many control characters in the first 8 KiB mean binary, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

/** The format name for an extension mismatch on an XLSX file. */
export function xlsxExtensionMessage(fileName: string): ImportMessage | null {
  const ext = extensionOf(fileName);
  return ext === 'xlsx' || ext === ''
    ? null
    : { code: 'extension_mismatch', severity: 'warning', params: { ext, format: 'XLSX' } };
}
