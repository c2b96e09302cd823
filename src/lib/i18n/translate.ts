import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './messages/en';
import { id, type MessageKey } from './messages/id';

/** Bahasa Indonesia first, English second. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

export type MessageParams = Record<string, string | number | Date>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { id, en };
/** BCP 47 tags for Intl: they pick the decimal comma for `id` and the point for `en`. */
const INTL_TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const compiled = new Map<string, IntlMessageFormat>();

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Formats message `key` in `locale`; params are inserted as text, never as markup. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogues[locale][key], INTL_TAG[locale]);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}

export function formatNumber(
  locale: Locale,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(INTL_TAG[locale], options).format(value);
}

export function formatDate(
  locale: Locale,
  value: Date,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' },
): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], options).format(value);
}
