import { defineLocaleNamespace } from '@dsg/admin-i18n';

/** Messages under `organisations.*`, loaded per language on demand. */
export const organisationsLocales = defineLocaleNamespace('organisations', {
  'zh-CN': () => import('./zh-CN'),
  en: () => import('./en'),
});
