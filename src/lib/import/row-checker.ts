import type { FieldName, ImportMessage, Severity } from './types';
import type { MessageCode } from './message-codes';
import {
  type Cell,
  type NumberKind,
  cellText,
  isBlank,
  normaliseWords,
  parseDate,
  parseEnum,
  parseNumber,
} from './values';

/** Longest text accepted in one field; longer is rejected, never cut. */
const MAX_TEXT_LENGTH = 1000;

/** HTML tags, `javascript:` URLs and inline handlers: worth a warning, never altered. */
const MARKUP_RE = /<\s*\/?\s*[a-z!?][^>]*>|javascript\s*:|\bon[a-z]+\s*=/i;

/** Column index of each mapped field. */
export type FieldIndex<K extends string = FieldName> = Partial<Record<K, number>>;

/** What a message says about the field it concerns (see `ImportMessage`). */
export type FieldTag = Pick<ImportMessage, 'field' | 'fieldKey' | 'texts'>;

const builtInTag = (field: string): FieldTag => ({ field: field as FieldName });

interface Bounds {
  required?: boolean;
  min?: number;
  max?: number;
}

/**
 * Reads typed values from one row and collects its messages. Text is kept verbatim (only outer
 * whitespace trimmed): HTML or script in a cell stays plain text. Fields are the built-in ones by
 * default; a defined programme's checker reads its own field keys, shares the row's `messages`
 * with the place checker (so `failed` sees both) and tags messages with the field's names.
 */
export class RowChecker<K extends string = FieldName> {
  constructor(
    private readonly cells: readonly Cell[],
    private readonly index: FieldIndex<K>,
    readonly messages: ImportMessage[] = [],
    private readonly tag: (field: K) => FieldTag = builtInTag,
  ) {}

  has(field: K): boolean {
    return this.index[field] !== undefined;
  }

  raw(field: K): Cell {
    const i = this.index[field];
    return i === undefined ? undefined : this.cells[i];
  }

  add(
    severity: Severity,
    code: MessageCode,
    field?: K,
    params?: ImportMessage['params'],
    texts?: ImportMessage['texts'],
  ) {
    const msg: ImportMessage = { code, severity };
    if (field !== undefined) Object.assign(msg, this.tag(field));
    if (params !== undefined) msg.params = params;
    if (texts !== undefined) msg.texts = { ...msg.texts, ...texts };
    this.messages.push(msg);
  }

  get failed(): boolean {
    return this.messages.some((m) => m.severity === 'error');
  }

  private missing(field: K, required: boolean | undefined): null {
    if (required) this.add('error', 'required', field);
    return null;
  }

  text(field: K, required = false): string | null {
    const cell = this.raw(field);
    if (isBlank(cell)) return this.missing(field, required);
    const s = cellText(cell);
    if (s.length > MAX_TEXT_LENGTH) {
      this.add('error', 'text_too_long', field, { length: s.length, max: MAX_TEXT_LENGTH });
      return null;
    }
    if ((s.includes('<') || s.includes('=') || s.includes(':')) && MARKUP_RE.test(s))
      this.add('warning', 'markup_text', field);
    return s;
  }

  number(field: K, kind: NumberKind, b: Bounds = {}): number | null {
    const cell = this.raw(field);
    if (isBlank(cell)) return this.missing(field, b.required);
    const n = parseNumber(cell, kind);
    if (n === null) {
      this.add('error', 'number_invalid', field, { value: cellText(cell) });
      return null;
    }
    if (kind === 'integer' && !Number.isInteger(n)) {
      this.add('error', 'integer_invalid', field, { value: cellText(cell) });
      return null;
    }
    return this.bounded(field, n, b);
  }

  bounded(field: K, n: number, b: Bounds): number | null {
    const min = b.min ?? -Infinity;
    const max = b.max ?? Infinity;
    if (n < min || n > max) {
      this.add('error', 'out_of_range', field, {
        value: n,
        min: min === -Infinity ? '' : min,
        max: max === Infinity ? '' : max,
      });
      return null;
    }
    return n;
  }

  /** ISO date; a year alone becomes 1 January with a warning, US order likewise warned. */
  date(field: K, required = false): string | null {
    const cell = this.raw(field);
    if (isBlank(cell)) return this.missing(field, required);
    const d = parseDate(cell);
    if (d === null) {
      this.add('error', 'date_invalid', field, { value: cellText(cell) });
      return null;
    }
    if (d.note === 'us_order')
      this.add('warning', 'date_us_order', field, { value: cellText(cell), date: d.iso });
    if (d.note === 'year_only')
      this.add('warning', 'date_year_only', field, { value: cellText(cell), date: d.iso });
    return d.iso;
  }

  /** An enum value; a blank cell takes `fallback` (with a warning) or is an error when required. */
  choice<T extends string>(
    field: K,
    synonyms: Record<string, T>,
    allowed: readonly T[],
    opts: { required?: boolean; fallback?: T } = {},
  ): T | null {
    // No such column at all: the file-level `column_defaulted` message says it once.
    if (!this.has(field) && opts.fallback !== undefined) return opts.fallback;
    const cell = this.raw(field);
    if (isBlank(cell)) {
      if (opts.fallback !== undefined) {
        this.add('warning', 'default_used', field, { value: opts.fallback });
        return opts.fallback;
      }
      return this.missing(field, opts.required);
    }
    const v = parseEnum(cell, synonyms);
    if (v === null) {
      this.add('error', 'enum_invalid', field, {
        value: cellText(cell),
        allowed: allowed.join(', '),
      });
      return null;
    }
    return v;
  }
}

/** An open category: a known value, or `other` with the file's own word kept verbatim. */
export interface OpenChoice<T extends string> {
  value: T;
  newText?: string;
}

/**
 * An optional category whose unknown values are kept (issue 10): a word that is none of the
 * known ones becomes `other` plus the word itself, with a warning, never a rejected row. A blank
 * cell or a missing column takes `fallback` as `choice` does.
 */
export function openChoice<T extends string>(
  c: RowChecker,
  field: FieldName,
  synonyms: Record<string, T>,
  opts: { fallback: T; other: T },
): OpenChoice<T> | null {
  const cell = c.raw(field);
  if (!c.has(field) || isBlank(cell) || parseEnum(cell, synonyms) !== null) {
    const value = c.choice(field, synonyms, [], { fallback: opts.fallback });
    return value === null ? null : { value };
  }
  const newText = c.text(field);
  if (newText === null) return null;
  c.add('warning', 'category_new', field, { value: newText, other: opts.other });
  return { value: opts.other, newText };
}

/** Builds a synonym table: canonical value → words; keys normalised as `parseEnum` expects. */
export function synonyms<T extends string>(table: Record<T, string[]>): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const [value, words] of Object.entries(table) as [T, string[]][]) {
    for (const w of [value, ...words]) {
      // The form `parseEnum` looks up: accents stripped too ("Café" is "cafe").
      const key = normaliseWords(w);
      out[key] = value;
      out[key.replace(/ /g, '')] = value;
    }
  }
  return out;
}
