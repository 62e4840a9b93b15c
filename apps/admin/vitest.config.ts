import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { caslVueCompat, define, resolveConditions } from './build/build-options.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const stub = (file: string) => fileURLToPath(new URL(`./test/stubs/${file}`, import.meta.url));

// Also used as a project of the root Vitest config: `root` is the repo root so the include
// globs and setup file resolve the same way whichever directory Vitest starts from.
export default defineConfig({
  root: repoRoot,
  plugins: [vue(), caslVueCompat()],
  define,
  resolve: {
    conditions: resolveConditions,
    // Canvas rendering is not available in happy-dom; charts render as a placeholder element.
    alias: [{ find: /^vue-echarts$/, replacement: stub('vue-echarts.ts') }],
  },
  test: {
    name: 'admin',
    environment: 'happy-dom',
    include: ['apps/admin/**/*.spec.ts', 'libs/admin/**/*.spec.ts'],
    // Specs that mount a whole page (the task book with its drawer) take 2–5 s on 2 cores while the
    // server project runs beside them; the default 5 s would fail them for being slow, not wrong.
    testTimeout: 20_000,
    exclude: ['**/node_modules/**', '**/dist/**'],
    setupFiles: ['apps/admin/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    server: { deps: { inline: ['element-plus', '@casl/vue'] } },
  },
});
