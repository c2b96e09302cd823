import {
  formatDate,
  formatNumber,
  isLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './translate';

const STORAGE_KEY = 'jangkau.locale';

/** The UI language. Reading `t()` inside a template re-renders it when the language changes. */
class I18n {
  locale = $state<Locale>('id');

  constructor() {
    try {
      const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
      if (isLocale(saved)) this.locale = saved;
    } catch {
      // Storage can be blocked (private mode, sandboxed iframe): keep the default.
    }
  }

  setLocale(next: Locale): void {
    this.locale = next;
    document.documentElement.lang = next;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisting the choice is harmless.
    }
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params);

  number = (value: number, options?: Intl.NumberFormatOptions): string =>
    formatNumber(this.locale, value, options);

  date = (value: Date, options?: Intl.DateTimeFormatOptions): string =>
    formatDate(this.locale, value, options);
}

export const i18n = new I18n();
