import { computed } from 'vue';
import { ELEMENT_LOCALES } from './element-locale';
import { activeI18n, getActiveLocale, setLocale } from './create-i18n';
import { LOCALE_LABELS, SUPPORTED_LOCALES, type AppLocale } from './locales';

/** Current locale, its Element Plus pack and a switcher, for the header and the root config provider. */
export function useLocale() {
  // Reading activeI18n and its locale ref makes these computeds reactive to both.
  const locale = computed<AppLocale>(() => {
    void activeI18n.value?.global.locale.value;
    return getActiveLocale();
  });
  const elementLocale = computed(() => ELEMENT_LOCALES[locale.value]);
  const otherLocales = computed(() => SUPPORTED_LOCALES.filter((candidate) => candidate !== locale.value));

  return {
    locale,
    elementLocale,
    otherLocales,
    labels: LOCALE_LABELS,
    setLocale: (next: AppLocale) => setLocale(next),
  };
}
