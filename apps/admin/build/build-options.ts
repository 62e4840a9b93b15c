import { defaultClientConditions, type UserConfig } from 'vite';
export { caslVueCompat } from './casl-vue-compat.ts';

// Settings shared by vite.config.ts and vitest.config.ts, so tests compile code the way the build does.

/**
 * `@dsg/source` lets workspace packages that publish built files (e.g. @dsg/contracts) be
 * consumed from source, like the server does via customConditions. Vite replaces its default
 * conditions when this option is set, so the defaults are spread back in.
 */
export const resolveConditions = ['@dsg/source', ...defaultClientConditions];

/** Compile-time flags of Vue and vue-i18n: no Options-API-free build (Element Plus needs it), no prod devtools. */
export const define: UserConfig['define'] = {
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'true',
  __VUE_I18N_LEGACY_API__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
};
