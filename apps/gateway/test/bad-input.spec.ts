import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { login, makeInstitution, makeUser } from './support/fixtures.js';
import { OWNER_URL } from '../../../tools/testing/test-env.js';

let gw: TestGateway;
let token: string;
let tenantId: string;

async function counts(): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: OWNER_URL });
  await c.connect();
  try {
    await c.query(`select set_config('app.bypass', 'on', false)`);
    const { rows } = await c.query(`select (select count(*) from department where tenant_id = $1)::int as departments,
      (select count(*) from audit_log where tenant_id = $1)::int as audit, (select count(*) from job_run where tenant_id = $1)::int as jobs`, [tenantId]);
    return rows[0];
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  gw = await startGateway();
  tenantId = (await makeInstitution(gw.db)).institution.id;
  token = (await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId })).user.username)).token;
});
afterAll(() => gw?.close());

async function post(body: string, contentType = 'application/json') {
  const res = await fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${token}`, 'accept-language': 'en' }, body });
  return { status: res.status, body: await res.json().catch(() => null) as any };
}

describe('bad input gets a typed error, never a 5xx, never a partial write', () => {
  it('malformed GraphQL', async () => {
    const r = await post(JSON.stringify({ query: '{ me { user { id } ' }));
    expect(r.status).toBeLessThan(500);
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors[0].message).toBe('Malformed request');
  });

  it('invalid JSON body and an oversized body', async () => {
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const huge = await post(JSON.stringify({ query: '{ me { user { id } } }', variables: { x: 'x'.repeat(3_000_000) } }));
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('unknown fields and wrong variable types', async () => {
    expect(codeOf(await gw.gql('{ nope }', {}, { token }))).toBe('BAD_USER_INPUT');
    const r = await gw.gql('query($id:ID!){ institution(id:$id){ id } }', { id: { not: 'an id' } }, { token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.status).toBeLessThan(500);
  });

  it('unknown and malformed ids are NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "'; drop table department; --"]) {
      const r = await gw.gql('mutation($id:ID!){ deleteDepartment(id:$id) }', { id }, { token });
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
  });

  it('oversized strings are BAD_USER_INPUT with per-field messages in both languages, nothing written', async () => {
    const before = await counts();
    const r = await gw.gql('mutation($n:String!){ createDepartment(input:{code:"OK1", name:$n, kind:ACADEMIC}){ id } }', { n: '院'.repeat(201) }, { token, locale: 'en' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions.fields).toEqual([{ field: 'name', message: 'At most 200 characters', i18n: { 'zh-CN': '不能超过 200 个字符', en: 'At most 200 characters' } }]);
    const several = await gw.gql('mutation{ createDepartment(input:{code:"bad code!", name:"", kind:ACADEMIC}){ id } }', {}, { token });
    expect(several.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['code', 'name']);
    expect(several.errors![0]!.message).toBe('输入有误，请检查标出的字段');
    expect(await counts()).toEqual(before);
  });

  it('a duplicate code is refused and the first department stays the only one', async () => {
    const ok = await gw.gql('mutation{ createDepartment(input:{code:"DUP", name:"人事处", kind:ADMINISTRATIVE}){ id } }', {}, { token });
    expect(codeOf(ok)).toBe('OK');
    const before = await counts();
    const dup = await gw.gql('mutation{ createDepartment(input:{code:"DUP", name:"人事处二", kind:ADMINISTRATIVE}){ id } }', {}, { token });
    expect(codeOf(dup)).toBe('BAD_USER_INPUT');
    expect(dup.errors![0]!.extensions.fields![0]!.field).toBe('code');
    expect(await counts()).toEqual(before);
  });

  it('an import with one bad row writes nothing and reports row, column and message', async () => {
    const before = await counts();
    const r = await gw.gql<any>('mutation($c:String!){ importDepartments(input:{csv:$c}){ id } }', { c: 'A1,学院一,,ACADEMIC\nA2,,,ACADEMIC' }, { token });
    expect(codeOf(r)).toBe('OK');
    // No worker in this test: run the queued job in-process through the same runner the worker uses.
    const { JobRunner } = await import('@dsg/server-core');
    const envelope = (await import('./support/jobs.js')).envelopeOf;
    await expect(gw.app.get(JobRunner).run(await envelope(gw, r.data.importDepartments.id), 'organisations.import-departments', 1, false)).rejects.toThrow(/nothing was imported/);
    const job = await gw.gql<any>('query($id:ID!){ jobRun(id:$id){ status result } }', { id: r.data.importDepartments.id }, { token });
    expect(job.data.jobRun.status).toBe('FAILED');
    expect(job.data.jobRun.result.problems).toEqual([{ row: 2, column: 'name', message: { 'zh-CN': '必填', en: 'Required' } }]);
    const after = await counts();
    expect(after.departments).toBe(before.departments);
  });

  it('queries over the depth, alias, token and cost limits are refused before execution', async () => {
    const deep = '{ me { user { memberships { user: userId } } } institutions { edges { node { enrolments { programme { agency { id } } institution { enrolments { programme { agency { id } } } } } } } } }';
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { user { id } }`).join(' ')} }`;
    const tokens = `{ me { user { ${Array.from({ length: 3500 }, () => 'id').join(' ')} } } }`;
    const cost = `{ ${Array.from({ length: 12 }, (_, i) => `i${i}: institutions(first: 100) { edges { node { departments(first: 100) { edges { node { id name code } } } enrolments { id } } } }`).join(' ')} }`;
    const cases: [string, RegExp][] = [[deep, /depth/i], [aliases, /alias/i], [tokens, /tokens/], [cost, /cost/i]];
    for (const [q, why] of cases) {
      const r = await gw.gql(q, {}, { token, locale: 'en' });
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message).toMatch(/^Query too complex/);
      expect(r.errors![0]!.message).toMatch(why);
      expect(r.data).toBeNull();
    }
  });

  it('introspection is on outside production (and the production switch is tested in schema.spec)', async () => {
    const r = await gw.gql<any>('{ __schema { queryType { name } } }', {}, { token });
    expect(r.data.__schema.queryType.name).toBe('Query');
  });
});
