export {
  CORE_NAMESPACE,
  activeI18n,
  createAdminI18n,
  getActiveLocale,
  setLocale,
  setupAdminI18n,
  type AdminI18n,
  type AdminI18nOptions,
} from './create-i18n';
export { ELEMENT_LOCALES } from './element-locale';
export {
  DEFAULT_LOCALE,
  LOCALE_LABELS,
  LOCALE_STORAGE_KEY,
  SUPPORTED_LOCALES,
  isAppLocale,
  readStoredLocale,
  type AppLocale,
} from './locales';
export { defineLocaleNamespace, type LocaleLoader, type LocaleNamespace } from './namespaces';
export type { MessageTree, MessagesLike } from './types';
export { useLocale } from './use-locale';
