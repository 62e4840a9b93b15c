import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { JobRegistry, QUEUE_DRIVER, RequestContext, type QueueDriver } from '@dsg/server-core';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { startGateway, type TestGateway } from '../../gateway/test/support/test-gateway.js';
import { login, makeInstitution, makeUser } from '../../gateway/test/support/fixtures.js';

let gw: TestGateway;
let worker: INestApplicationContext;
const seen: { tenantId: string | null; actorId: string | null; attempt: number }[] = [];

async function waitForJob(token: string, id: string, done: (j: any) => boolean, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const r = await gw.gql<any>('query($id:ID!){ jobRun(id:$id){ status progress attempts error result } }', { id }, { token });
    if (done(r.data.jobRun)) return r.data.jobRun;
    if (Date.now() > until) throw new Error(`job ${id} still ${JSON.stringify(r.data.jobRun)}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

beforeAll(async () => {
  gw = await startGateway();
  // The real worker module, consuming the same Redis queue (same key prefix) as this gateway.
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(gw.config), { logger: false });
  await worker.init();
  // A deliberately failing job, to see retries and the final error.
  worker.get(JobRegistry).register('test.always-fails', async (ctx) => {
    const a = RequestContext.current().actor;
    seen.push({ tenantId: a?.tenantId ?? null, actorId: a?.userId ?? null, attempt: ctx.attempt });
    throw new Error(`upstream unavailable (attempt ${ctx.attempt})`);
  });
});

afterAll(async () => {
  await worker?.close();
  await gw?.close();
});

describe('worker', () => {
  it('runs a job enqueued by a mutation, in the tenant of the user who asked', async () => {
    const a = await makeInstitution(gw.db);
    const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: a.institution.id });
    const { token } = await login(gw, admin.user.username);
    const r = await gw.gql<any>('mutation($c:String!){ importDepartments(input:{csv:$c}){ id status } }', { c: 'code,name,nameEn,kind\nW1,舞蹈学院,Dance,ACADEMIC\nW2,"音乐学院, 含合唱团",Music,二级学院' }, { token });
    expect(r.data.importDepartments.status).toBe('QUEUED');
    const job = await waitForJob(token, r.data.importDepartments.id, (j) => j.status === 'SUCCEEDED' || j.status === 'FAILED');
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100, attempts: 1, result: { imported: 2 } });
    const depts = await gw.gql<any>('{ departments(first: 100) { edges { node { code name institutionId } } } }', {}, { token });
    const imported = depts.data.departments.edges.map((e: any) => e.node).filter((d: any) => d.code.startsWith('W'));
    expect(imported).toEqual([
      { code: 'W1', name: '舞蹈学院', institutionId: a.institution.id },
      { code: 'W2', name: '音乐学院, 含合唱团', institutionId: a.institution.id },
    ]);
  });

  it('the same request key returns the same job instead of a second one', async () => {
    const a = await makeInstitution(gw.db);
    const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: a.institution.id });
    const { token } = await login(gw, admin.user.username);
    const q = 'mutation($c:String!){ importDepartments(input:{csv:$c, requestKey:"k-1"}){ id } }';
    const one = await gw.gql<any>(q, { c: 'K1,一,,ACADEMIC' }, { token });
    const two = await gw.gql<any>(q, { c: 'K1,一,,ACADEMIC' }, { token });
    expect(two.data.importDepartments.id).toBe(one.data.importDepartments.id);
    await waitForJob(token, one.data.importDepartments.id, (j) => j.status === 'SUCCEEDED');
    const list = await gw.gql<any>('{ jobRuns { totalCount } }', {}, { token });
    expect(list.data.jobRuns.totalCount).toBe(1);
  });

  it('a failing job retries with back-off and ends FAILED with its error visible', async () => {
    const a = await makeInstitution(gw.db);
    const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: a.institution.id });
    const { token } = await login(gw, admin.user.username);
    const queue = gw.app.get(QUEUE_DRIVER) as QueueDriver;
    // Enqueue through the same service a mutation uses, inside that admin's request context.
    const { QueueService } = await import('@dsg/server-core');
    const me = await gw.gql<any>('{ me { activeMembership { id } user { id } } }', {}, { token });
    const ctx = new RequestContext('test-failing-job', 'zh-CN', {
      userId: me.data.me.user.id, membershipId: me.data.me.activeMembership.id, role: 'INSTITUTION_ADMIN',
      organisationKind: 'INSTITUTION', tenantId: a.institution.id, agencyId: null, departmentId: null,
    });
    const run = await RequestContext.run(ctx, () => gw.app.get(QueueService).enqueue({ name: 'test.always-fails', payload: {}, idempotencyKey: 'fail-1', attempts: 3, backoffMs: 50 }));
    expect(queue.kind).toBe('bullmq');
    const job = await waitForJob(token, run.id, (j) => j.status === 'FAILED');
    expect(job.attempts).toBe(3);
    expect(job.error).toBe('upstream unavailable (attempt 3)');
    expect(seen.map((s) => s.attempt)).toEqual([1, 2, 3]);
    expect(seen.every((s) => s.tenantId === a.institution.id && s.actorId === me.data.me.user.id)).toBe(true);
  });
});
