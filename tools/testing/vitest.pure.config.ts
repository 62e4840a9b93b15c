import { defineConfig } from 'vitest/config';

/**
 * DB-free server unit tests (pure domain functions, renderers, adapters with their own local
 * peers): the server project's settings without its global setup, which drops and migrates
 * `dsg_test`. Lets a pure spec run while an integration run is using the database:
 *   bash tools/scripts/with-node.sh node_modules/.bin/vitest run --config tools/testing/vitest.pure.config.ts <files>
 * `npm test` still runs these specs in the server project.
 */
export default defineConfig({
  resolve: { conditions: ['@dsg/source'] },
  test: {
    name: 'pure',
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['libs/server/**/*.spec.ts', 'libs/shared/**/*.spec.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
