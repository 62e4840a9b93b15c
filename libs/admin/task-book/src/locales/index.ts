import { defineLocaleNamespace } from '@dsg/admin-i18n';

/** Messages under `taskBook.*`, loaded per language on demand. */
export const taskBookLocales = defineLocaleNamespace('taskBook', {
  'zh-CN': () => import('./zh-CN'),
  en: () => import('./en'),
});
