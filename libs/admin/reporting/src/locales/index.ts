import { defineLocaleNamespace } from '@dsg/admin-i18n';

/** Messages under `reporting.*`, loaded per language on demand. */
export const reportingLocales = defineLocaleNamespace('reporting', {
  'zh-CN': () => import('./zh-CN'),
  en: () => import('./en'),
});
