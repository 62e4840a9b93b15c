// Global setup of the `e2e` Vitest project (root vitest.config.ts): a fresh, migrated and seeded
// database, the gateway on a free port, and the built admin app served by `vite preview` on another
// free port, proxying /graphql, /health and /admin/queues to that gateway. Tests get the URLs via
// `inject('adminUrl')` etc. The teardown stops both servers (their whole process groups).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, E2E_DATABASE, PG_ADMIN_URL, PG_E2E_ADMIN_URL, REDIS_URL, RESULTS_DIR, ROOT } from './env';
import { freePort, runNode, startService, stopService, waitForHttp, type Service } from './processes';

const REQUIRED_BUILDS: [file: string, how: string][] = [
  ['apps/gateway/dist/main.js', 'bash tools/scripts/with-node.sh node_modules/.bin/tsc -b'],
  ['apps/gateway/dist/cli.js', 'bash tools/scripts/with-node.sh node_modules/.bin/tsc -b'],
  ['apps/worker/dist/main.js', 'bash tools/scripts/with-node.sh node_modules/.bin/tsc -b'],
  ['apps/admin/dist/index.html', 'bash tools/scripts/with-node.sh node_modules/.bin/vite build --config apps/admin/vite.config.ts'],
];

function checkPrerequisites(): void {
  const missing = REQUIRED_BUILDS.filter(([file]) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length) {
    const commands = [...new Set(missing.map(([, how]) => how))];
    throw new Error(
      `[e2e] missing build output: ${missing.map(([file]) => file).join(', ')}.\n` +
        `Build first (tools/scripts/test.sh does this):\n  ${commands.join('\n  ')}`,
    );
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `[e2e] ${CHROMIUM_PATH} not found. Install Debian's chromium (tools/scripts/ensure-services.sh does this):\n` +
        '  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    );
  }
}

async function recreateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`[e2e] PostgreSQL does not answer at ${PG_ADMIN_URL}: ${(error as Error).message}`);
  }
  try {
    await admin.query(`drop database if exists ${E2E_DATABASE} with (force)`);
  } finally {
    await admin.end();
  }
  await runNode('db-bootstrap', ['tools/scripts/db-bootstrap.mjs', E2E_DATABASE], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_ADMIN_URL: PG_ADMIN_URL },
  });
}

/** Removes the BullMQ keys this run's gateway created under its own prefix (best effort). */
async function deleteQueueKeys(prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Leftover keys under a unique prefix are harmless.
  } finally {
    redis.disconnect();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  checkPrerequisites();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });

  const [gatewayPort, adminPort] = await Promise.all([freePort(), freePort()]);
  const queuePrefix = `dsg-e2e-${randomBytes(4).toString('hex')}`;
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `postgres://dsg_app:dsg_app@127.0.0.1:5432/${E2E_DATABASE}`,
    DATABASE_OWNER_URL: `postgres://dsg_owner:dsg_owner@127.0.0.1:5432/${E2E_DATABASE}`,
    REDIS_URL,
    JWT_SECRET: `e2e-${randomBytes(24).toString('hex')}`,
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    QUEUE_PREFIX: queuePrefix,
    // Gateway and worker share the evidence store (the worker reads uploaded workbooks from it).
    EVIDENCE_DIR: path.join(RESULTS_DIR, `evidence-${queuePrefix}`),
  };

  await recreateDatabase();
  await runNode('migrate', ['apps/gateway/dist/cli.js', 'migrate'], { cwd: ROOT, env: serverEnv });
  await runNode('seed', ['apps/gateway/dist/cli.js', 'seed'], { cwd: ROOT, env: serverEnv });

  const services: Service[] = [];
  const teardown = async (): Promise<void> => {
    await Promise.all(services.reverse().map((service) => stopService(service)));
    await deleteQueueKeys(queuePrefix);
    fs.rmSync(serverEnv['EVIDENCE_DIR']!, { recursive: true, force: true });
  };

  try {
    const gateway = startService('gateway', ['apps/gateway/dist/main.js'], {
      cwd: ROOT,
      env: { ...serverEnv, GATEWAY_PORT: String(gatewayPort), ADMIN_ORIGIN: adminUrl },
      logDir: RESULTS_DIR,
    });
    services.push(gateway);
    // The worker runs this run's jobs (workbook imports); jobs queue until it is up, so no wait.
    services.push(startService('worker', ['apps/worker/dist/main.js'], { cwd: ROOT, env: serverEnv, logDir: RESULTS_DIR }));

    // `--port` and `--strictPort` on the command line override `preview.port` of the config.
    const admin = startService(
      'admin',
      ['node_modules/vite/bin/vite.js', 'preview', '--config', 'apps/admin/vite.config.ts', '--port', String(adminPort), '--strictPort'],
      { cwd: ROOT, env: { ...process.env, GATEWAY_PORT: String(gatewayPort), ADMIN_HOST: '127.0.0.1' }, logDir: RESULTS_DIR },
    );
    services.push(admin);

    await Promise.all([
      waitForHttp(gateway, `${gatewayUrl}/health/ready`, { timeoutMs: 90_000 }),
      waitForHttp(admin, `${adminUrl}/`, { timeoutMs: 60_000, accept: (status, body) => status === 200 && body.includes('id="app"') }),
    ]);
    // The admin's proxy must reach this run's gateway (not one on the default port 3000).
    await waitForHttp(admin, `${adminUrl}/health/ready`, { timeoutMs: 15_000 });
  } catch (error) {
    await teardown();
    throw error;
  }

  project.provide('adminUrl', adminUrl);
  project.provide('gatewayUrl', gatewayUrl);
  project.provide('databaseUrl', PG_E2E_ADMIN_URL);
  console.log(`[e2e] admin ${adminUrl} → gateway ${gatewayUrl} (database ${E2E_DATABASE}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return teardown;
}
