import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { Db, RequestContext, ormOptions, tenantCondition, type Actor } from '@dsg/server-core';
import { Department, organisationEntities } from '@dsg/server-organisations';
import { identityEntities } from '@dsg/server-identity';
import { startGateway, type TestGateway } from './support/test-gateway.js';
import { makeInstitution } from './support/fixtures.js';
import { APP_URL } from '../../../tools/testing/test-env.js';

/**
 * The RLS settings are written on every connection reservation from the request context. With a
 * pool of ONE connection every query reuses the same server session, so any identity left behind
 * by a previous request would show here.
 */
let gw: TestGateway;
let orm: MikroORM;
let db: Db;
let a: string;
let b: string;

const actorOf = (tenantId: string): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001', membershipId: 'm', role: 'INSTITUTION_ADMIN',
  organisationKind: 'INSTITUTION', tenantId, agencyId: null, departmentId: null,
});

/** Raw SQL on the request's EntityManager: no ORM filter, only PostgreSQL's policies. */
const tenantsSeen = async (em: ReturnType<Db['em']>) =>
  [...new Set((await em.execute<{ t: string }[]>('select tenant_id::text as t from department')).map((r) => r.t))];

beforeAll(async () => {
  gw = await startGateway();
  a = (await makeInstitution(gw.db)).institution.id;
  b = (await makeInstitution(gw.db)).institution.id;
  orm = await MikroORM.init(ormOptions(APP_URL, [...organisationEntities, ...identityEntities], { pool: { min: 1, max: 1 } }));
  db = new Db(orm);
});
afterAll(async () => {
  await orm?.close();
  await gw?.close();
});

describe('RLS settings per connection reservation', () => {
  it('one connection, alternating tenants: each request sees only its own rows', async () => {
    for (const [tenant, other] of [[a, b], [b, a], [a, b]] as const) {
      const seen = await RequestContext.run(new RequestContext(`r-${tenant}`, 'zh-CN', actorOf(tenant)), () => tenantsSeen(db.em()));
      expect(seen).toEqual([tenant]);
      expect(seen).not.toContain(other);
    }
  });

  it('a query outside any request context, on the same connection right after a tenant request, sees nothing', async () => {
    await RequestContext.run(new RequestContext('r-a', 'zh-CN', actorOf(a)), () => tenantsSeen(db.em()));
    const rows = await orm.em.fork().execute('select count(*)::int as n from department');
    expect(rows[0].n).toBe(0);
  });

  it('the bypass ends with asPlatform: the next reservation on the same connection is scoped again', async () => {
    const ctx = new RequestContext('r-bypass', 'zh-CN', actorOf(a));
    await RequestContext.run(ctx, async () => {
      const all = await db.asPlatform('test', (em) => tenantsSeen(em));
      expect(all).toEqual(expect.arrayContaining([a, b]));
      expect(await tenantsSeen(db.em())).toEqual([a]);
    });
  });

  it('a transaction keeps the settings of the request that opened it', async () => {
    const ctx = new RequestContext('r-tx', 'zh-CN', actorOf(b));
    const seen = await RequestContext.run(ctx, () => db.em().transactional(async (tx) => [await tenantsSeen(tx), await tx.count(Department, {})]));
    expect(seen[0]).toEqual([b]);
    expect(seen[1]).toBe(1);
  });

  it('raw tenant reads fail closed too: no scope on the EntityManager → refused; a tenant scope → its condition', async () => {
    await expect(tenantCondition(orm.em.fork())).rejects.toThrow(/raw tenant reads are refused/);
    const cond = await RequestContext.run(new RequestContext('r-cond', 'zh-CN', actorOf(a)), () => tenantCondition(db.em()));
    expect(cond).toEqual({ sql: 'tenant_id = ?', params: [a] });
  });
});
