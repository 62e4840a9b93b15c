// Benchmarks (issue 3), each beside PostgreSQL alone running the same kind of statements:
//  1. import of a 5,000-row workbook end to end (upload → worker job SUCCEEDED), worker RSS;
//  2. saving 500 actuals in one recordActuals mutation;
//  3. the task-tree query of a 500-indicator book (tasks, indicators, targets, actuals, attainment).
// Needs the demo data (npm start once, or `npm run db:seed`) and a build. Usage:
//   bash tools/scripts/with-node.sh node tools/bench/task-book.mjs
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { writeTaskBookWorkbook } from '../../libs/server/task-book/dist/index.js';

const env = {
  ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01', GATEWAY_PORT: '3200',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://dsg_app:dsg_app@127.0.0.1:5432/dsg',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: `bench-${randomUUID().slice(0, 8)}`, EVIDENCE_DIR: '/tmp/dsg-bench-evidence',
};
const OWNER = process.env.DATABASE_OWNER_URL ?? 'postgres://dsg_owner:dsg_owner@127.0.0.1:5432/dsg';
const URL_ = 'http://127.0.0.1:3200';
const flags = ['--max-old-space-size=256'];
const gateway = spawn(process.execPath, [...flags, 'apps/gateway/dist/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
gateway.stdout.on('data', (d) => appendFileSync('/tmp/bench-gateway.log', d));
const worker = spawn(process.execPath, [...flags, 'apps/worker/dist/main.js'], { env: { ...env, DSG_SERVICE: 'worker' }, stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => (gateway.kill(), worker.kill()));
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${URL_}/health/ready`)).ok) break;
  } catch {}
  await sleep(100);
}
await sleep(1500);

async function gql(token, query, variables = {}) {
  const r = await fetch(`${URL_}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const j = await r.json();
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data;
}
const login = async (u) => (await gql(null, 'mutation($u:String!){ login(input:{username:$u, password:"Shuanggao@2026"}){ accessToken } }', { u })).login.accessToken;
const admin = await login('tjvi.admin');
const officer = await login('moe.officer');

/** A fresh enrolment and draft book of 天津职业大学 in the national programme (repeatable runs). */
async function freshBook() {
  const inst = (await gql(admin, '{ me { activeMembership { organisationId } } }')).me.activeMembership.organisationId;
  const programme = (await gql(officer, '{ programmes(first: 50) { edges { node { id code } } } }')).programmes.edges.find((e) => e.node.code === 'SG-2019').node.id;
  const e = (await gql(officer, 'mutation($i:ID!,$p:ID!,$g:String){ enrolInstitution(input:{institutionId:$i, programmeId:$p, track:SPECIALTY_GROUP, specialtyGroup:$g}){ id } }', { i: inst, p: programme, g: `基准测试专业群 ${randomUUID().slice(0, 6)}` })).enrolInstitution.id;
  return (await gql(admin, 'mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e })).createTaskBook.id;
}

function document(tasks, indicatorsPerTask) {
  const years = [2019, 2020, 2021, 2022, 2023];
  const doc = { title: 'benchmark', startYear: 2019, endYear: 2023, tasks: [], milestones: [], indicators: [], budgets: [] };
  for (let t = 1; t <= tasks; t++) {
    const level1 = Math.ceil(t / 10);
    const code = t % 10 === 1 ? `${level1}` : `${level1}.${((t - 1) % 10)}`;
    doc.tasks.push({ code, title: `任务 ${code}`, description: null, leadDepartmentCode: null, cooperatingDepartmentCodes: [], leaderUsername: null, projectLeaderUsername: null, startDate: null, endDate: null, status: 'NOT_STARTED' });
    for (let i = 1; i <= indicatorsPerTask; i++) {
      doc.indicators.push({ taskCode: code, code: `${code}-${String(i).padStart(3, '0')}`, name: `指标 ${code}-${i}`, category: 'OUTPUT_QUANTITY', kind: 'QUANTITATIVE', unit: '项', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 0, finalTarget: 50, yearlyTargets: Object.fromEntries(years.map((y, k) => [y, 10 * (k + 1)])) });
    }
  }
  return doc;
}

async function importWorkbook(bookId, buffer) {
  const form = new FormData();
  form.set('file', new Blob([buffer]), 'bench.xlsx');
  const t0 = performance.now();
  const answer = await (await fetch(`${URL_}/task-books/${bookId}/import`, { method: "POST", headers: { authorization: `Bearer ${admin}` }, body: form })).json();
  if (!answer.data) throw new Error(JSON.stringify(answer));
  const run = answer.data;
  let peak = 0;
  for (;;) {
    peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${worker.pid}/status`, 'utf8'))[1]) / 1024);
    const j = (await gql(admin, 'query($id:ID!){ jobRun(id:$id){ status error } }', { id: run.id })).jobRun;
    if (j.status === 'SUCCEEDED') return { ms: performance.now() - t0, peakMb: Math.round(peak) };
    if (j.status === 'FAILED') throw new Error(j.error);
    await sleep(25);
  }
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const owner = new pg.Client({ connectionString: OWNER });
await owner.connect();

// 1. Import: 100 tasks + 4,900 indicators (5,000 data rows, 5 yearly targets each).
const bigBook = await freshBook();
const bigDoc = document(100, 49);
const imp = await importWorkbook(bigBook, await writeTaskBookWorkbook(bigDoc));
// PostgreSQL alone: the same rows as multi-row inserts in one transaction, into temp copies.
await owner.query('begin');
await owner.query('create temp table b_task (like construction_task including defaults) on commit drop');
await owner.query('create temp table b_ind (like performance_indicator including defaults) on commit drop');
await owner.query('create temp table b_target (like indicator_target including defaults) on commit drop');
const t1 = performance.now();
await owner.query(`insert into b_task (id, tenant_id, task_book_id, position, code, level, title, cooperating_department_ids, member_user_ids, status, progress, created_at, updated_at)
  select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), g, g::text, 1, 't', '{}', '{}', 'NOT_STARTED', 0, now(), now() from generate_series(1, 100) g`);
await owner.query(`insert into b_ind (id, tenant_id, task_book_id, task_id, code, name, category, kind, direction, aggregation, created_at, updated_at)
  select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), g::text, 'n', 'OUTPUT_QUANTITY', 'QUANTITATIVE', 'HIGHER_BETTER', 'LATEST', now(), now() from generate_series(1, 4900) g`);
await owner.query(`insert into b_target (id, tenant_id, indicator_id, year, value) select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 2019 + (g % 5), g from generate_series(1, 24500) g`);
const pgImport = performance.now() - t1;
await owner.query('rollback');

// 2 and 3 on a 500-indicator book.
const book = await freshBook();
await importWorkbook(book, await writeTaskBookWorkbook(document(100, 5)));
const tree = await gql(admin, 'query($id:ID!){ taskBook(id:$id){ tasks { indicators { id } } } }', { id: book });
const indicatorIds = tree.taskBook.tasks.flatMap((t) => t.indicators.map((i) => i.id));
const saves = [];
for (const [k, period] of ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2'].entries()) {
  const t0 = performance.now();
  await gql(admin, 'mutation($p:String!,$e:[ActualEntryInput!]!){ recordActuals(input:{period:$p, entries:$e}){ id } }', { p: period, e: indicatorIds.map((id, i) => ({ indicatorId: id, value: (i % 17) + k })) });
  if (k > 0) saves.push(performance.now() - t0); // the first is a warm-up
}
const pgSaves = [];
for (let k = 0; k < 5; k++) {
  await owner.query('begin');
  const t0 = performance.now();
  await owner.query(`insert into indicator_actual (id, tenant_id, indicator_id, period, value, entered_by, entered_at)
    select gen_random_uuid(), i.tenant_id, i.id, '2030-Q${k + 1}', 1, gen_random_uuid(), now() from performance_indicator i where i.task_book_id = $1`, [book]);
  pgSaves.push(performance.now() - t0);
  await owner.query('rollback');
}

const TREE = `query($id:ID!){ taskBook(id:$id){ tasks { id code title status progress indicators { id code name targets { year value } actuals { period value } attainment } } } }`;
for (let i = 0; i < 5; i++) await gql(admin, TREE, { id: book });
const reads = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  await gql(admin, TREE, { id: book });
  reads.push(performance.now() - t0);
}
const pgReads = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  const tasks = await owner.query('select * from construction_task where task_book_id = $1', [book]);
  const inds = await owner.query('select * from performance_indicator where task_id = any($1)', [tasks.rows.map((r) => r.id)]);
  const ids = inds.rows.map((r) => r.id);
  await owner.query('select * from indicator_target where indicator_id = any($1) order by year', [ids]);
  await owner.query('select * from indicator_actual where indicator_id = any($1) order by period', [ids]);
  pgReads.push(performance.now() - t0);
}
await owner.end();

console.log('\nTask-book benchmarks (2 cores; gateway and worker with --max-old-space-size=256)');
console.log('| measure | platform | PostgreSQL alone | goal |');
console.log('|---|---|---|---|');
console.log(`| import, 5,000-row workbook (100 tasks, 4,900 indicators × 5 targets), upload → job done | ${(imp.ms / 1000).toFixed(2)} s; worker RSS peak ${imp.peakMb} MB | ${(pgImport / 1000).toFixed(2)} s (the same 29,500 rows as 3 set-based inserts) | ≤ 10 s; ≤ 500 MB |`);
console.log(`| save 500 actuals in one mutation (median of 5) | ${pct(saves, 50).toFixed(0)} ms | ${pct(pgSaves, 50).toFixed(1)} ms (one insert … select) | ≤ 500 ms |`);
console.log(`| task-tree query, 500 indicators with targets, actuals, attainment: p50 / p95 of 50 | ${pct(reads, 50).toFixed(0)} / ${pct(reads, 95).toFixed(0)} ms | ${pct(pgReads, 50).toFixed(1)} / ${pct(pgReads, 95).toFixed(1)} ms (the 4 selects) | p95 ≤ 50 ms |`);
gateway.kill();
worker.kill();
process.exit(0);
