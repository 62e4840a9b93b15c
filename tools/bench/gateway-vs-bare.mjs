// Benchmark (issue 2): GraphQL gateway vs a bare node:http + pg handler, same SQL, same JSON,
// side by side in one run. autocannon, pipelining 1, loopback. Prints req/s, latency, the ratio,
// and the gateway's resident memory after the load.
// Usage: npm run build && node tools/bench/gateway-vs-bare.mjs [--seconds 30] [--connections 10]
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SECONDS = arg('seconds', 30);
const CONNECTIONS = arg('connections', 10);
const env = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://dsg_app:dsg_app@127.0.0.1:5432/dsg',
  DATABASE_OWNER_URL: process.env.DATABASE_OWNER_URL ?? 'postgres://dsg_owner:dsg_owner@127.0.0.1:5432/dsg',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  GATEWAY_PORT: '3100',
  BARE_PORT: '3101',
};

execFileSync(process.execPath, ['apps/gateway/dist/cli.js', 'migrate'], { env, stdio: 'ignore' });
execFileSync(process.execPath, ['apps/gateway/dist/cli.js', 'seed'], { env: { ...env, LOG_LEVEL: 'error' }, stdio: 'ignore' });

// Same heap cap as the deployment (infra/docker/node.Dockerfile) and the start command.
const gateway = spawn(process.execPath, ['--max-old-space-size=256', 'apps/gateway/dist/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const bare = spawn(process.execPath, ['tools/bench/bare-server.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => (gateway.kill(), bare.kill()));

async function ready(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}
await ready('http://127.0.0.1:3100/health/ready');
await sleep(300);

const login = await fetch('http://127.0.0.1:3100/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { login(input:{username:"cqca.admin", password:"Shuanggao@2026"}) { accessToken } }' }),
}).then((r) => r.json());
const token = login.data.login.accessToken;

const QUERIES = {
  me: '{ me { user { id username displayName } } }',
  'tenant list': '{ departments(first: 20) { totalCount edges { node { id code name } cursor } } }',
};

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

async function load(port, query) {
  const body = JSON.stringify({ query });
  // Same answer from both servers before timing anything.
  const probe = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body }).then((r) => r.json());
  if (probe.errors) throw new Error(`${port}: ${JSON.stringify(probe.errors)}`);
  const r = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: SECONDS,
  });
  if (r.non2xx || r.errors) throw new Error(`${port}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, probe };
}

const rows = [];
for (const [name, query] of Object.entries(QUERIES)) {
  await load(3100, query); // warm-up pass equalises JIT state, discarded
  const g = await load(3100, query);
  const b = await load(3101, query);
  if (JSON.stringify(g.probe.data) !== JSON.stringify(b.probe.data)) throw new Error(`${name}: the two servers answer differently`);
  rows.push({ name, g, b });
}
const rss = rssMb(gateway.pid);

console.log(`\nGateway vs bare node:http + pg — ${CONNECTIONS} connections, pipelining 1, ${SECONDS} s per run, loopback, LOG_LEVEL=${env.LOG_LEVEL}`);
console.log('| operation | gateway req/s | gateway p50 / p99 ms | bare req/s | bare p50 / p99 ms | ratio |');
console.log('|---|---|---|---|---|---|');
for (const { name, g, b } of rows) {
  console.log(`| ${name} | ${g.rps.toFixed(0)} | ${g.p50} / ${g.p99} | ${b.rps.toFixed(0)} | ${b.p50} / ${b.p99} | ${(g.rps / b.rps).toFixed(2)} |`);
}
console.log(`\nGateway resident memory after ${SECONDS * 2 * Object.keys(QUERIES).length} s of load: ${rss} MB`);
gateway.kill();
bare.kill();
process.exit(0);
