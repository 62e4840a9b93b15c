// Benchmark (issue 4): an agency officer's inbox of submitted reports for 100 institutions
// (goal p95 ≤ 100 ms), beside PostgreSQL alone running the inbox's own statements.
// Creates a bench agency, programme, period and 100 institutions with one submitted report each
// (revision figures of 500 indicator rows, as a real report carries), runs the production gateway,
// then removes what it created. Needs the demo database (npm start once) and a build. Usage:
//   bash tools/scripts/with-node.sh node tools/bench/agency-inbox.mjs
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const INSTITUTIONS = 100;
const RUNS = 300;
const OWNER = process.env.DATABASE_OWNER_URL ?? 'postgres://dsg_owner:dsg_owner@127.0.0.1:5432/dsg';
const env = {
  ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01', GATEWAY_PORT: '3201',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://dsg_app:dsg_app@127.0.0.1:5432/dsg',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: `bench-${randomUUID().slice(0, 8)}`,
};
const URL_ = 'http://127.0.0.1:3201';
const tag = randomUUID().slice(0, 8);
const db = new pg.Client({ connectionString: OWNER });
await db.connect();
await db.query(`select set_config('app.bypass', 'on', false)`);

function figures() {
  const rows = Array.from({ length: 500 }, (_, i) => ({ indicatorId: randomUUID(), taskCode: String(1 + (i % 10)), code: `${1 + (i % 10)}-${i}`, name: `指标 ${i}`, unit: '项', target: 10, actual: i % 13, attainment: (i % 13) / 10 }));
  return { tasks: { total: 60, completed: 20, inProgress: 30, notStarted: 10, overdueMilestones: 3, completionRate: 0.62 }, indicators: { total: 500, reported: 480, attained: 300, attainmentRate: 0.71, rows }, achievementsByLevel: [{ level: 'NATIONAL', count: 3 }], funds: { budget: 12000, arrived: 9000, spent: 7000, arrivalRate: 0.75, executionRate: 0.58, bySource: [] } };
}

async function setup() {
  const agency = randomUUID(), programme = randomUUID(), period = randomUUID(), user = randomUUID();
  await db.query(`insert into agency (id, code, name, level, region, created_at) values ($1, $2, $3, 'PROVINCIAL', '基准省', now())`, [agency, `BENCH-${tag}`, `基准测试教育厅 ${tag}`]);
  await db.query(`insert into programme (id, agency_id, code, name, start_year, end_year, tracks, tiers, frequency, due_days_after_period_end, created_at) values ($1, $2, $3, '基准计划', 2025, 2029, '{SCHOOL}', '{A}', 'QUARTERLY', 15, now())`, [programme, agency, `BP-${tag}`]);
  await db.query(`insert into reporting_period (id, programme_id, agency_id, code, starts_on, ends_on, opens_on, due_on, status, created_at) values ($1, $2, $3, '2025-Q3', '2025-07-01', '2025-09-30', '2025-07-01', '2025-10-15', 'CLOSED', now())`, [period, programme, agency]);
  const hash = (await db.query(`select password_hash from user_account where username = 'moe.officer'`)).rows[0].password_hash;
  await db.query(`insert into user_account (id, username, display_name, password_hash, status, failed_login_count, created_at, updated_at) values ($1, $2, '基准官员', $3, 'ACTIVE', 0, now(), now())`, [user, `bench.${tag}`, hash]);
  await db.query(`insert into membership (id, user_id, organisation_kind, agency_id, role, active, created_at) values ($1, $2, 'AGENCY', $3, 'AGENCY_OFFICER', true, now())`, [randomUUID(), user, agency]);
  const fig = JSON.stringify(figures());
  for (let i = 0; i < INSTITUTIONS; i++) {
    const inst = randomUUID(), enrolment = randomUUID(), report = randomUUID();
    await db.query(`insert into institution (id, code, name, province, created_at, updated_at) values ($1, $2, $3, '基准省', now(), now())`, [inst, `BI-${tag}-${i}`, `基准职业技术学院 ${i}`]);
    await db.query(`insert into enrolment (id, tenant_id, programme_id, agency_id, track, status, created_at) values ($1, $2, $3, $4, 'SCHOOL', 'ACTIVE', now())`, [enrolment, inst, programme, agency]);
    await db.query(`insert into period_report (id, tenant_id, enrolment_id, agency_id, programme_id, period_id, period, due_on, state, version, current_revision, submitted_to_agency_at, created_at, updated_at)
      values ($1, $2, $3, $4, $5, $6, '2025-Q3', '2025-10-15', 'SUBMITTED_TO_AGENCY', 3, 1, now() - ($7 || ' minutes')::interval, now(), now() - ($7 || ' minutes')::interval)`, [report, inst, enrolment, agency, programme, period, String(i)]);
    await db.query(`insert into report_revision (id, tenant_id, report_id, agency_id, number, kind, state, sections, corrections, figures, agency_visible, submitted_to_agency_at, created_by, created_at, updated_at)
      values ($1, $2, $3, $4, 1, 'ORIGINAL', 'SUBMITTED_TO_AGENCY', $5, '[]', $6, true, now(), $7, now(), now())`, [randomUUID(), inst, report, agency, JSON.stringify({ progress: '<p>…</p>', results: '', problems: '', nextSteps: '' }), fig, user]);
  }
  return { agency, programme, user };
}

async function cleanup({ agency, programme, user }) {
  const insts = (await db.query(`select tenant_id from enrolment where programme_id = $1`, [programme])).rows.map((r) => r.tenant_id);
  await db.query(`delete from report_revision where agency_id = $1`, [agency]);
  await db.query(`delete from workflow_transition where agency_id = $1`, [agency]);
  await db.query(`delete from period_report where agency_id = $1`, [agency]);
  await db.query(`delete from enrolment where programme_id = $1`, [programme]);
  await db.query(`delete from institution where id = any($1)`, [insts]);
  await db.query(`delete from reporting_period where programme_id = $1`, [programme]);
  await db.query(`delete from programme where id = $1`, [programme]);
  await db.query(`delete from refresh_token where user_id = $1`, [user]);
  await db.query(`delete from membership where user_id = $1`, [user]);
  await db.query(`delete from user_account where id = $1`, [user]);
  await db.query(`delete from agency where id = $1`, [agency]);
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

const created = await setup();
const gateway = spawn(process.execPath, ['--max-old-space-size=256', 'apps/gateway/dist/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => gateway.kill());
try {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${URL_}/health/ready`)).ok) break; } catch {}
    await sleep(100);
  }
  const gql = async (token, query, variables = {}) => {
    const r = await fetch(`${URL_}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const j = await r.json();
    if (j.errors) throw new Error(JSON.stringify(j.errors));
    return j.data;
  };
  const token = (await gql(null, 'mutation($u:String!){ login(input:{username:$u, password:"Shuanggao@2026"}){ accessToken } }', { u: `bench.${tag}` })).login.accessToken;
  const INBOX = '{ periodReports(first: 20, state: SUBMITTED_TO_AGENCY) { totalCount edges { node { id period state dueOn late updatedAt institutionName } } pageInfo { hasNextPage endCursor } } }';
  const first = await gql(token, INBOX);
  if (first.periodReports.totalCount !== INSTITUTIONS) throw new Error(`inbox shows ${first.periodReports.totalCount} reports, expected ${INSTITUTIONS}`);
  for (let i = 0; i < 30; i++) await gql(token, INBOX);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await gql(token, INBOX);
    times.push(ms(t0));
  }
  // 8 officers at once (a reporting week): per-request latency under concurrency.
  const conc = [];
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let i = 0; i < RUNS / 8; i++) {
      const t0 = process.hrtime.bigint();
      await gql(token, INBOX);
      conc.push(ms(t0));
    }
  }));
  // Baseline: the inbox's statements on PostgreSQL alone (page, count, institution names) as the app role with RLS.
  const app = new pg.Client({ connectionString: env.DATABASE_URL });
  await app.connect();
  const sqlTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await app.query('begin');
    await app.query(`select set_config('app.agency_id', $1, true), set_config('app.user_id', $2, true)`, [created.agency, created.user]);
    const page = await app.query(`select * from period_report where agency_id = $1 and state = 'SUBMITTED_TO_AGENCY' order by updated_at desc, id desc limit 21`, [created.agency]);
    await app.query(`select count(*) from period_report where agency_id = $1 and state = 'SUBMITTED_TO_AGENCY'`, [created.agency]);
    await app.query(`select id, name from institution where id = any($1)`, [page.rows.map((r) => r.tenant_id)]);
    await app.query('commit');
    sqlTimes.push(ms(t0));
  }
  await app.end();
  const f = (xs) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`agency inbox, ${INSTITUTIONS} institutions, first page of 20 (${RUNS} runs):`);
  console.log(`  gateway, one officer:        ${f(times)}`);
  console.log(`  gateway, 8 officers at once: ${f(conc)}`);
  console.log(`  PostgreSQL alone (same statements, RLS): ${f(sqlTimes)}`);
  console.log(`  ratio gateway / PostgreSQL (p95): ${(pct(times, 95) / pct(sqlTimes, 95)).toFixed(1)}×   goal p95 ≤ 100 ms: ${pct(times, 95) <= 100 ? 'met' : 'NOT met'}`);
} finally {
  gateway.kill();
  await cleanup(created);
  await db.end();
}
