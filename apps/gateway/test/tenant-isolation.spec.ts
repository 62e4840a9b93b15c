import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { login, makeUser, twoTenants } from './support/fixtures.js';
import { APP_URL } from '../../../tools/testing/test-env.js';

let gw: TestGateway;
let world: Awaited<ReturnType<typeof twoTenants>>;
let adminA: { token: string };
let officer: { token: string };
let bAdmin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  gw = await startGateway();
  world = await twoTenants(gw);
  const a = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: world.a.institution.id });
  bAdmin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: world.b.institution.id });
  const o = await makeUser(gw.db, { role: 'AGENCY_OFFICER', agencyId: world.agency.id });
  adminA = await login(gw, a.user.username);
  officer = await login(gw, o.user.username);
  // Give tenant B a job and audit history, so lists have something of B's to leak.
  const b = await login(gw, bAdmin.user.username);
  await gw.gql('mutation($c:String!){ importDepartments(input:{csv:$c}){ id } }', { c: 'BX1,乙部门,,ACADEMIC' }, { token: b.token });
});

afterAll(() => gw?.close());

describe('an institution user never reaches another institution', () => {
  const byId: [string, string, (w: typeof world) => Record<string, unknown>][] = [
    ['institution', 'query($id:ID!){ institution(id:$id){ id } }', (w) => ({ id: w.b.institution.id })],
    ['user', 'query($id:ID!){ user(id:$id){ id } }', () => ({ id: bAdmin.user.id })],
    ['updateDepartment', 'mutation($id:ID!){ updateDepartment(input:{id:$id,name:"x"}){ id } }', (w) => ({ id: w.b.department.id })],
    ['deleteDepartment', 'mutation($id:ID!){ deleteDepartment(id:$id) }', (w) => ({ id: w.b.department.id })],
    ['revokeMembership', 'mutation($id:ID!){ revokeMembership(id:$id){ id } }', () => ({ id: bAdmin.membership.id })],
    ['resetUserPassword', 'mutation($id:ID!){ resetUserPassword(input:{userId:$id,newPassword:"Another-pass-2026"}) }', () => ({ id: bAdmin.user.id })],
    ['unlockUser', 'mutation($id:ID!){ unlockUser(userId:$id){ id } }', () => ({ id: bAdmin.user.id })],
    ['grantMembership', 'mutation($id:ID!){ grantMembership(input:{userId:$id,role:TASK_LEAD}){ id } }', () => ({ id: bAdmin.user.id })],
  ];

  it.each(byId)('%s on an object of institution B answers NOT_FOUND', async (_name, query, vars) => {
    const r = await gw.gql(query, vars(world), { token: adminA.token });
    expect(codeOf(r)).toBe('NOT_FOUND');
  });

  it('lists show none of institution B', async () => {
    const r = await gw.gql<any>(
      `{ institutions { edges { node { id } } } departments(first: 100) { edges { node { institutionId } } }
         users(first: 100) { edges { node { id } } } jobRuns { edges { node { id } } } auditLog(first: 100) { edges { node { objectId } } } }`,
      {},
      { token: adminA.token },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data;
    expect(d.institutions.edges.map((e: any) => e.node.id)).toEqual([world.a.institution.id]);
    expect(d.departments.edges.every((e: any) => e.node.institutionId === world.a.institution.id)).toBe(true);
    expect(d.users.edges.map((e: any) => e.node.id)).not.toContain(bAdmin.user.id);
    expect(d.jobRuns.edges).toEqual([]);
    expect(d.auditLog.edges.map((e: any) => e.node.objectId)).not.toContain(world.b.department.id);
  });

  it('B is unchanged after A tried every write', async () => {
    const b = await login(gw, bAdmin.user.username);
    const r = await gw.gql<any>('{ departments(first: 100) { edges { node { id name } } } }', {}, { token: b.token });
    expect(r.data.departments.edges.map((e: any) => e.node)).toContainEqual({ id: world.b.department.id, name: '教务处' });
  });
});

describe('an agency officer sees exactly the institutions enrolled in its programmes', () => {
  it('lists A, not B', async () => {
    const r = await gw.gql<any>('{ institutions(first: 100) { totalCount edges { node { id departments { totalCount } } } } }', {}, { token: officer.token });
    expect(r.data.institutions.edges.map((e: any) => e.node.id)).toEqual([world.a.institution.id]);
    expect(r.data.institutions.totalCount).toBe(1);
    expect(r.data.institutions.edges[0].node.departments.totalCount).toBe(1);
  });

  it('B by id is NOT_FOUND, and the officer cannot write A', async () => {
    expect(codeOf(await gw.gql('query($id:ID!){ institution(id:$id){ id } }', { id: world.b.institution.id }, { token: officer.token }))).toBe('NOT_FOUND');
    const w = await gw.gql('mutation($id:ID!){ updateDepartment(input:{id:$id,name:"x"}){ id } }', { id: world.a.department.id }, { token: officer.token });
    expect(codeOf(w)).toBe('FORBIDDEN');
  });
});

describe('PostgreSQL itself keeps tenants apart (raw SQL as the app role)', () => {
  const tables = ['department', 'enrolment', 'institution', 'membership', 'job_run', 'audit_log'];
  const tenantCol = (t: string) => (t === 'institution' ? 'id' : 'tenant_id');

  async function asApp<T>(settings: Record<string, string>, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: APP_URL });
    await client.connect();
    try {
      await client.query('begin');
      for (const [k, v] of Object.entries(settings)) await client.query('select set_config($1, $2, true)', [k, v]);
      const { rows } = await client.query(sql);
      await client.query('commit');
      return rows as T[];
    } finally {
      await client.end();
    }
  }

  it.each(tables)('%s: tenant A setting returns no row of B', async (table) => {
    const rows = await asApp<{ t: string }>({ 'app.tenant_id': world.a.institution.id }, `select ${tenantCol(table)}::text as t from ${table}`);
    expect(rows.map((r) => r.t)).not.toContain(world.b.institution.id);
    if (table !== 'job_run' && table !== 'audit_log') expect(rows.map((r) => r.t)).toContain(world.a.institution.id);
  });

  it.each(tables)('%s: without any tenant setting returns nothing', async (table) => {
    const rows = await asApp({}, `select * from ${table}`);
    expect(rows).toEqual([]);
  });

  it('a write into another tenant is rejected by the policy', async () => {
    await expect(
      asApp({ 'app.tenant_id': world.a.institution.id }, `insert into department (id, tenant_id, code, name, kind, created_at, updated_at)
        values (gen_random_uuid(), '${world.b.institution.id}', 'EVIL', 'x', 'ACADEMIC', now(), now())`),
    ).rejects.toThrow(/row-level security/);
  });

  it('every table with a tenant_id column has row-level security on (FORCEd, except the audit log) and a tenant key', async () => {
    const tables = await asApp<{ table: string; rls: boolean; forced: boolean; policies: number; keyed: boolean }>({}, `
      select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
        (select count(*)::int from pg_policies p where p.tablename = c.relname) as policies,
        exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = c.oid and i.indisunique and a.attname = 'tenant_id') as keyed
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
      order by 1`);
    expect(tables.length).toBeGreaterThanOrEqual(12);
    for (const t of tables) {
      expect(t.rls, t.table).toBe(true);
      expect(t.policies, t.table).toBeGreaterThan(0);
      if (t.table !== 'audit_log') expect(t.forced, t.table).toBe(true);
      // membership and notification belong to a user (their tenant_id is null for agency users).
      if (!['audit_log', 'membership', 'notification'].includes(t.table)) expect(t.keyed, `${t.table}: unique key with tenant_id`).toBe(true);
    }
    // And none of them shows a row to a connection without settings.
    for (const t of tables) expect(await asApp({}, `select 1 from ${t.table} limit 1`), t.table).toEqual([]);
  });

  it('the app role owns no table and cannot bypass RLS', async () => {
    const rows = await asApp<{ rolbypassrls: boolean; rolsuper: boolean; owned: string }>({}, `select r.rolbypassrls, r.rolsuper,
      (select count(*)::text from pg_tables where tableowner = current_user) as owned from pg_roles r where r.rolname = current_user`);
    expect(rows[0]).toEqual({ rolbypassrls: false, rolsuper: false, owned: '0' });
  });
});
