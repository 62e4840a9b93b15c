// Settings shared by the global setup (main Vitest process) and the tests (worker processes).
import { fileURLToPath } from 'node:url';

/** Repository root (this file is apps/admin-e2e/support/env.ts). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Screenshots of failed tests and the logs of the started servers (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/e2e/', import.meta.url));

export const E2E_DATABASE = 'dsg_e2e';
export const PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** Superuser connection to the e2e database: tests read the expected data from here, past row-level security. */
export const PG_E2E_ADMIN_URL = `postgres://postgres@127.0.0.1:5432/${E2E_DATABASE}`;
export const REDIS_URL = 'redis://127.0.0.1:6379';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Every seeded demo user has this password (apps/gateway/src/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'Shuanggao@2026';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the admin app (`vite preview` of apps/admin/dist), e.g. http://127.0.0.1:41234 */
    adminUrl: string;
    /** Origin of the gateway the admin proxies to. */
    gatewayUrl: string;
    /** Superuser URL of the e2e database. */
    databaseUrl: string;
  }
}
