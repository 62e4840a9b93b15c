import { defineLocaleNamespace } from '@dsg/admin-i18n';

/** Messages under `auth.*`, loaded per language on demand. */
export const authLocales = defineLocaleNamespace('auth', {
  'zh-CN': () => import('./zh-CN'),
  en: () => import('./en'),
});
