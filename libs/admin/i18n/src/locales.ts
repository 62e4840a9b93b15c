/** UI locales. zh-CN is the default: the product's users work in Chinese; English is for reviewers and operators. */
export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'dsg.locale';

/** Each language's name written in that language, so a reader can find their own. */
export const LOCALE_LABELS: Record<AppLocale, string> = { 'zh-CN': '中文', en: 'English' };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The persisted choice wins; otherwise the default. The browser language is ignored on purpose: Chinese is the working language even on English systems. */
export function readStoredLocale(): AppLocale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can throw in private mode or sandboxed iframes.
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable; the choice still applies to this page.
  }
}
