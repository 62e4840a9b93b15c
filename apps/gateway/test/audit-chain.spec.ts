import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { verifyAuditChain } from '@dsg/server-core';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { login, makeInstitution, makeUser } from './support/fixtures.js';
import { APP_URL, OWNER_URL, REDIS_URL } from '../../../tools/testing/test-env.js';

const run = promisify(execFile);
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

let gw: TestGateway;
let tenantId: string;
let token: string;
let userId: string;

async function sql<T = any>(url: string, text: string, params: unknown[] = [], settings: Record<string, string> = {}): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('begin');
    for (const [k, v] of Object.entries(settings)) await c.query('select set_config($1, $2, true)', [k, v]);
    const { rows } = await c.query(text, params);
    await c.query('commit');
    return rows as T[];
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  gw = await startGateway();
  tenantId = (await makeInstitution(gw.db)).institution.id;
  const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId });
  userId = admin.user.id;
  token = (await login(gw, admin.user.username)).token;
});
afterAll(() => gw?.close());

describe('audit log', () => {
  it('records every mutation with actor, tenant, action, object, before and after, in the same transaction', async () => {
    const created = await gw.gql<any>('mutation{ createDepartment(input:{code:"AUD1", name:"审计处", kind:ADMINISTRATIVE}){ id } }', {}, { token });
    const id = created.data.createDepartment.id;
    await gw.gql('mutation($id:ID!){ updateDepartment(input:{id:$id, name:"审计处（新）"}){ id } }', { id }, { token });
    const log = await gw.gql<any>('{ auditLog(first: 10) { edges { node { action objectType objectId actorId before after } } } }', {}, { token });
    const mine = log.data.auditLog.edges.map((e: any) => e.node).filter((n: any) => n.objectId === id);
    expect(mine.map((n: any) => n.action)).toEqual(['updateDepartment:update', 'createDepartment:create']);
    expect(mine[0].actorId).toBe(userId);
    expect(mine[0].before.name).toBe('审计处');
    expect(mine[0].after.name).toBe('审计处（新）');
    expect(mine[1].before).toBeNull();
    const rows = await sql(OWNER_URL, 'select tenant_id::text from audit_log where object_id = $1', [id]);
    expect(rows.every((r) => r.tenant_id === tenantId)).toBe(true);
  });

  it('a refused mutation leaves no audit entry (nothing is written without its history, and vice versa)', async () => {
    const before = await sql(OWNER_URL, 'select count(*)::int as n from audit_log where tenant_id = $1', [tenantId]);
    const r = await gw.gql('mutation{ createDepartment(input:{code:"AUD1", name:"重复", kind:ADMINISTRATIVE}){ id } }', {}, { token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const after = await sql(OWNER_URL, 'select count(*)::int as n from audit_log where tenant_id = $1', [tenantId]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('the app role cannot UPDATE, DELETE or TRUNCATE the audit log', async () => {
    const s = { 'app.tenant_id': tenantId };
    await expect(sql(APP_URL, "update audit_log set action = 'forged'", [], s)).rejects.toThrow(/permission denied/);
    await expect(sql(APP_URL, 'delete from audit_log', [], s)).rejects.toThrow(/permission denied/);
    await expect(sql(APP_URL, 'truncate audit_log', [], s)).rejects.toThrow(/permission denied/);
    const visible = await sql(APP_URL, 'select count(*)::int as n from audit_log', [], s);
    expect(visible[0].n).toBeGreaterThan(0);
  });

  it('the chain verifies, and a row altered directly by the owner is named as the first broken link', async () => {
    expect((await verifyAuditChain(OWNER_URL)).firstBreak).toBeNull();
    const [target] = await sql(OWNER_URL, `select id::text, chain_key, chain_pos::text, after::text as after from audit_log where tenant_id = $1 order by chain_pos limit 1`, [tenantId]);
    await sql(OWNER_URL, `update audit_log set after = jsonb_set(coalesce(after, '{}'::jsonb), '{name}', '"篡改"') where id = $1`, [target.id]);
    try {
      const report = await verifyAuditChain(OWNER_URL);
      expect(report.firstBreak).toEqual({ chainKey: target.chain_key, chainPos: target.chain_pos, id: target.id, reason: 'hash-mismatch' });
    } finally {
      // Other test files share this database: put the entry back exactly as it was.
      await sql(OWNER_URL, 'update audit_log set after = $2::jsonb where id = $1', [target.id, target.after]);
    }
    expect((await verifyAuditChain(OWNER_URL)).firstBreak).toBeNull();
  });
});

describe('operations commands (built CLI)', () => {
  const env = { ...process.env, DATABASE_URL: APP_URL, DATABASE_OWNER_URL: OWNER_URL, REDIS_URL, JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };

  // In this file, not beside the other commands: tampering must not race another file's chain check.
  it('migrate is idempotent; audit:verify reports an intact chain, then names a tampered entry (exit 2)', async () => {
    expect(existsSync(CLI), 'the test command builds before testing; run `npm run build`').toBe(true);
    const migrate = await run(process.execPath, [CLI, 'migrate'], { env });
    expect(migrate.stdout).toMatch(/up to date/);
    // Something to verify in a tenant chain of its own.
    const tenantId = (await makeInstitution(gw.db)).institution.id;
    const intact = await run(process.execPath, [CLI, 'audit:verify'], { env });
    expect(intact.stdout).toMatch(/audit log intact: \d+ entries/);
    const c = new pg.Client({ connectionString: OWNER_URL });
    await c.connect();
    try {
      const { rows } = await c.query(`select id::text, chain_pos::text, after::text from audit_log where tenant_id = $1 order by chain_pos limit 1`, [tenantId]);
      await c.query(`update audit_log set after = '{"name":"篡改"}'::jsonb where id = $1`, [rows[0].id]);
      try {
        const broken = await run(process.execPath, [CLI, 'audit:verify'], { env }).then(() => null, (e: { code: number; stderr: string }) => e);
        expect(broken?.code).toBe(2);
        expect(broken?.stderr).toContain(`chain ${tenantId} position ${rows[0].chain_pos} (entry ${rows[0].id}): hash-mismatch`);
      } finally {
        await c.query('update audit_log set after = $2::jsonb where id = $1', [rows[0].id, rows[0].after]);
      }
    } finally {
      await c.end();
    }
  });
});
