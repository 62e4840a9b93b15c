import { shallowRef } from 'vue';
import { createI18n, type I18n } from 'vue-i18n';
import { DATETIME_FORMATS } from './datetime-formats';
import { DEFAULT_LOCALE, readStoredLocale, storeLocale, type AppLocale } from './locales';
import { defineLocaleNamespace, type LocaleNamespace } from './namespaces';

export type AdminI18n = I18n<Record<string, never>, Record<string, never>, Record<string, never>, string, false>;

/** The core namespace is merged at the root (`common.save`); feature namespaces nest under their name (`auth.login.title`). */
export const CORE_NAMESPACE = defineLocaleNamespace('$core', {
  'zh-CN': () => import('./messages/zh-CN'),
  en: () => import('./messages/en'),
});

interface I18nState {
  readonly namespaces: readonly LocaleNamespace[];
  readonly loaded: Set<string>;
}

const states = new WeakMap<AdminI18n, I18nState>();

/**
 * The instance the app runs with. Code outside components (the GraphQL client's
 * Accept-Language header) reads the locale from here; a shallowRef so composables
 * re-evaluate when a test creates a fresh instance.
 */
export const activeI18n = shallowRef<AdminI18n>();

export interface AdminI18nOptions {
  /** Feature namespaces; the core namespace is always included. */
  namespaces?: readonly LocaleNamespace[];
}

/** Creates the instance without messages; call `setLocale` (async, loads messages) before mounting. */
export function createAdminI18n(options: AdminI18nOptions = {}): AdminI18n {
  const i18n = createI18n({
    legacy: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {},
    datetimeFormats: DATETIME_FORMATS,
    // Warnings about keys not loaded yet are noise during lazy loading; en is type-checked against zh-CN instead.
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  }) as unknown as AdminI18n;
  states.set(i18n, { namespaces: [CORE_NAMESPACE, ...(options.namespaces ?? [])], loaded: new Set() });
  activeI18n.value = i18n;
  return i18n;
}

async function loadMessages(i18n: AdminI18n, locale: AppLocale): Promise<void> {
  const state = states.get(i18n);
  if (!state) throw new Error('i18n instance was not created by createAdminI18n');
  const pending = state.namespaces.filter((ns) => !state.loaded.has(`${locale}:${ns.name}`));
  const modules = await Promise.all(pending.map((ns) => ns.loaders[locale]()));
  pending.forEach((ns, index) => {
    const tree = modules[index]!.default;
    i18n.global.mergeLocaleMessage(locale, ns === CORE_NAMESPACE ? tree : { [ns.name]: tree });
    state.loaded.add(`${locale}:${ns.name}`);
  });
}

/** Loads the language's messages if needed, then switches the UI, the <html lang> and the persisted choice. */
export async function setLocale(locale: AppLocale, i18n: AdminI18n | undefined = activeI18n.value): Promise<void> {
  if (!i18n) throw new Error('createAdminI18n must run before setLocale');
  await loadMessages(i18n, locale);
  i18n.global.locale.value = locale;
  storeLocale(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Creates the instance and loads the persisted (or default) language. */
export async function setupAdminI18n(options: AdminI18nOptions = {}): Promise<AdminI18n> {
  const i18n = createAdminI18n(options);
  await setLocale(readStoredLocale(), i18n);
  return i18n;
}

/** The current UI locale for code outside components. */
export function getActiveLocale(): AppLocale {
  const current = activeI18n.value?.global.locale.value;
  return current === 'en' || current === 'zh-CN' ? current : readStoredLocale();
}
