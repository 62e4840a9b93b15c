import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SHIM = fileURLToPath(new URL('./casl-ability-compat.js', import.meta.url));
const CASL_VUE_FILE = /[\\/]node_modules[\\/]@casl[\\/]vue[\\/]/;

/**
 * Resolves @casl/vue's `import … from '@casl/ability'` to a shim that adds the `PureAbility` name
 * @casl/vue 2.2.6 still expects from @casl/ability 7. Remove once @casl/vue supports v7.
 * @casl/vue must not be pre-bundled (dev) or externalised (Vitest), so that this hook sees it.
 */
export function caslVueCompat(): Plugin {
  return {
    name: 'dsg:casl-vue-compat',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@casl/ability' && importer && CASL_VUE_FILE.test(importer)) return SHIM;
      return null;
    },
  };
}
