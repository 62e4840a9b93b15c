import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS entry for Nest and Apollo; Vite would pick its ESM build for our
// sources. One resolved path keeps a single graphql realm (else: "from another module or realm").
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Server libraries are tested from source, never from a possibly stale dist/.
const serverSources = [
  ['@dsg/contracts', 'libs/shared/contracts'],
  ['@dsg/server-core', 'libs/server/core'],
  ['@dsg/server-organisations', 'libs/server/organisations'],
  ['@dsg/server-identity', 'libs/server/identity'],
  ['@dsg/server-task-book', 'libs/server/task-book'],
  ['@dsg/server-evidence', 'libs/server/evidence'],
  ['@dsg/server-reporting', 'libs/server/reporting'],
].map(([name, dir]) => ({ find: new RegExp(`^${name}$`), replacement: fileURLToPath(new URL(`./${dir}/src/index.ts`, import.meta.url)) }));

/**
 * Every test of the repo. `server`: unit and integration tests of the server code, against the
 * real PostgreSQL (a fresh `dsg_test` database, migrated by the global setup) and the real Redis.
 * `admin`: component and store tests (apps/admin/vitest.config.ts). `e2e`: the browser tests.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: ['@dsg/source'], alias: [{ find: /^graphql$/, replacement: graphqlEntry }, ...serverSources] },
        test: {
          name: 'server',
          environment: 'node',
          include: ['libs/server/**/*.spec.ts', 'libs/shared/**/*.spec.ts', 'apps/gateway/**/*.spec.ts', 'apps/worker/**/*.spec.ts', 'apps/platform-e2e/**/*.spec.ts', 'tools/**/*.spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          globalSetup: ['tools/testing/server-global-setup.ts'],
          env: {
            NODE_ENV: 'test',
            LOG_LEVEL: 'silent',
            JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
          },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      './apps/admin/vitest.config.ts',
      {
        resolve: { conditions: ['@dsg/source'] },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/admin-e2e/**/*.e2e.ts'],
          globalSetup: ['apps/admin-e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
