import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { setLogDestination } from '@dsg/server-core';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { PASSWORD, addMembership, login, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
let tenantId: string;
const logLines: string[] = [];

const LOGIN = 'mutation($u:String!,$p:String!){ login(input:{username:$u,password:$p}){ accessToken me { user { username } activeMembership { role organisationName } } } }';
const REFRESH = 'mutation { refreshSession { accessToken } }';
const cookieOf = (h: Headers) => (h.get('set-cookie') ?? '').split(';')[0]!;

beforeAll(async () => {
  setLogDestination(new Writable({ write: (chunk, _enc, cb) => (logLines.push(chunk.toString()), cb()) }), 'debug');
  gw = await startGateway({ loginMaxFailures: 3, loginBackoffBaseMs: 0 });
  tenantId = (await makeInstitution(gw.db, '重庆文化艺术职业学院（测试）')).institution.id;
});

afterAll(async () => {
  await gw?.close();
  setLogDestination(undefined);
});

describe('sign-in', () => {
  it('signs in, returns the membership and sets an httpOnly SameSite=Strict refresh cookie', async () => {
    const { user } = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId });
    const r = await gw.gql<any>(LOGIN, { u: user.username, p: PASSWORD });
    expect(r.errors).toBeUndefined();
    expect(r.data.login.me.activeMembership).toEqual({ role: 'INSTITUTION_ADMIN', organisationName: '重庆文化艺术职业学院（测试）' });
    const setCookie = r.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^dsg_rt=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await gw.gql<any>('{ me { user { username } } }', {}, { token: r.data.login.accessToken });
    expect(me.data.me.user.username).toBe(user.username);
  });

  it('a wrong password and an unknown user both answer the same UNAUTHENTICATED message', async () => {
    const { user } = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId });
    const wrong = await gw.gql(LOGIN, { u: user.username, p: 'not-the-password-1' }, { locale: 'en' });
    const unknown = await gw.gql(LOGIN, { u: 'nobody-at-all', p: 'not-the-password-1' }, { locale: 'en' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe('Wrong username or password');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('locks the account after repeated failures, even for the right password, until an admin unlocks it', async () => {
    const { user } = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId });
    const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId });
    for (let i = 0; i < 2; i++) expect(codeOf(await gw.gql(LOGIN, { u: user.username, p: 'wrong-password-1' }))).toBe('UNAUTHENTICATED');
    const third = await gw.gql(LOGIN, { u: user.username, p: 'wrong-password-1' }, { locale: 'en' });
    expect(third.errors![0]!.message).toMatch(/locked/);
    const right = await gw.gql(LOGIN, { u: user.username, p: PASSWORD }, { locale: 'zh-CN' });
    expect(codeOf(right)).toBe('UNAUTHENTICATED');
    expect(right.errors![0]!.message).toMatch(/已锁定/);
    const { token } = await login(gw, admin.user.username);
    const unlocked = await gw.gql<any>('mutation($id:ID!){ unlockUser(userId:$id){ locked } }', { id: user.id }, { token });
    expect(unlocked.data.unlockUser.locked).toBe(false);
    expect(codeOf(await gw.gql(LOGIN, { u: user.username, p: PASSWORD }))).toBe('OK');
  });

  it('backs off: after the third failure the next attempt inside the wait is refused without counting', async () => {
    const slow = await startGateway({ loginMaxFailures: 10, loginBackoffBaseMs: 60_000 });
    try {
      const { user } = await makeUser(slow.db, { role: 'TASK_LEAD', tenantId });
      for (let i = 0; i < 3; i++) await slow.gql(LOGIN, { u: user.username, p: 'wrong-password-1' });
      const r = await slow.gql(LOGIN, { u: user.username, p: PASSWORD }, { locale: 'en' });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors![0]!.message).toMatch(/Too many attempts; wait \d+ seconds/);
    } finally {
      await slow.close();
    }
  });
});

describe('refresh tokens rotate, and a reused one revokes the session', () => {
  it('rotates: the new cookie works, the old one is refused and kills the family', async () => {
    const { user } = await makeUser(gw.db, { role: 'LEADERSHIP_VIEWER', tenantId });
    const first = await login(gw, user.username);
    const r1 = await gw.gql<any>(REFRESH, {}, { cookie: first.cookie });
    expect(codeOf(r1)).toBe('OK');
    const second = cookieOf(r1.headers);
    expect(second).not.toBe(first.cookie);
    const reuse = await gw.gql(REFRESH, {}, { cookie: first.cookie, locale: 'en' });
    expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
    expect(reuse.errors![0]!.message).toMatch(/used sign-in token/);
    // The thief's reuse revoked the family: the legitimate newer cookie is dead too.
    expect(codeOf(await gw.gql(REFRESH, {}, { cookie: second }))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token and clears the cookie', async () => {
    const { user } = await makeUser(gw.db, { role: 'LEADERSHIP_VIEWER', tenantId });
    const s = await login(gw, user.username);
    const out = await gw.gql<any>('mutation { logout }', {}, { cookie: s.cookie });
    expect(out.data.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/dsg_rt=;/);
    expect(codeOf(await gw.gql(REFRESH, {}, { cookie: s.cookie }))).toBe('UNAUTHENTICATED');
  });

  it('a tampered or garbage access token is UNAUTHENTICATED', async () => {
    const { user } = await makeUser(gw.db, { role: 'LEADERSHIP_VIEWER', tenantId });
    const s = await login(gw, user.username);
    const tampered = s.token.slice(0, -2) + (s.token.endsWith('AA') ? 'BB' : 'AA');
    expect(codeOf(await gw.gql('{ me { user { id } } }', {}, { token: tampered }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gw.gql('{ me { user { id } } }', {}, { token: 'garbage' }))).toBe('UNAUTHENTICATED');
  });
});

describe('membership switch and passwords', () => {
  it('switches to another of the user’s memberships and refuses someone else’s', async () => {
    const other = await makeInstitution(gw.db, '第二学院（测试）');
    const { user } = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId });
    const mine = await addMembership(gw.db, user.id, { role: 'LEADERSHIP_VIEWER', tenantId: other.institution.id });
    const stranger = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: other.institution.id });
    const s = await login(gw, user.username);
    const me = await gw.gql<any>('{ me { memberships { organisationName } } }', {}, { token: s.token });
    expect(me.data.me.memberships.map((m: any) => m.organisationName)).toEqual(['重庆文化艺术职业学院（测试）', '第二学院（测试）']);
    const SWITCH = 'mutation($id:ID!){ switchMembership(membershipId:$id){ accessToken me { activeMembership { role organisationName } } } }';
    const ok = await gw.gql<any>(SWITCH, { id: mine.id }, { token: s.token, cookie: s.cookie });
    expect(ok.data.switchMembership.me.activeMembership).toEqual({ role: 'LEADERSHIP_VIEWER', organisationName: '第二学院（测试）' });
    const depts = await gw.gql<any>('{ departments { edges { node { institutionId } } } }', {}, { token: ok.data.switchMembership.accessToken });
    expect(depts.data.departments.edges.map((e: any) => e.node.institutionId)).toEqual([other.institution.id]);
    const refused = await gw.gql(SWITCH, { id: stranger.membership.id }, { token: s.token });
    expect(codeOf(refused)).toBe('NOT_FOUND');
  });

  it('changes the password only with the current one, and enforces strength with field errors', async () => {
    const { user } = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId });
    const s = await login(gw, user.username);
    const CHANGE = 'mutation($c:String!,$n:String!){ changePassword(input:{currentPassword:$c,newPassword:$n}) }';
    const weak = await gw.gql(CHANGE, { c: PASSWORD, n: 'short' }, { token: s.token, locale: 'en' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0]!.extensions.fields).toEqual([{ field: 'newPassword', message: expect.stringMatching(/10 characters/), i18n: expect.any(Object) }]);
    const wrong = await gw.gql(CHANGE, { c: 'not-current-1', n: 'Brand-new-pass-7' }, { token: s.token });
    expect(wrong.errors![0]!.extensions.fields![0]!.field).toBe('currentPassword');
    expect(codeOf(await gw.gql(CHANGE, { c: PASSWORD, n: 'Brand-new-pass-7' }, { token: s.token }))).toBe('OK');
    expect(codeOf(await gw.gql(LOGIN, { u: user.username, p: 'Brand-new-pass-7' }))).toBe('OK');
    expect(codeOf(await gw.gql(LOGIN, { u: user.username, p: PASSWORD }))).toBe('UNAUTHENTICATED');
  });
});

describe('secrets never leave the process', () => {
  it('no password, access token or refresh secret appears in logs or in any response body', async () => {
    const { user } = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId });
    const secretPassword = 'Very-secret-pass-2026';
    await gw.gql('mutation($id:ID!,$p:String!){ resetUserPassword(input:{userId:$id,newPassword:$p}) }', { id: user.id, p: secretPassword }, { token: (await login(gw, user.username)).token });
    const r = await gw.gql<any>(LOGIN, { u: user.username, p: secretPassword });
    const token = r.data.login.accessToken as string;
    const refreshSecret = cookieOf(r.headers).split('.')[1]!;
    const bodies: string[] = [r.raw];
    bodies.push((await gw.gql(REFRESH, {}, { cookie: cookieOf(r.headers) })).raw);
    bodies.push((await gw.gql('{ auditLog(first: 100) { edges { node { before after } } } }', {}, { token })).raw);
    bodies.push((await gw.gql(LOGIN, { u: user.username, p: 'wrong-' + secretPassword })).raw);
    const logs = logLines.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [secretPassword, token, refreshSecret]) {
      expect(logs).not.toContain(secret);
      for (const b of bodies.slice(1)) expect(b).not.toContain(secret);
    }
    expect(bodies[2]).toContain('[redacted]');
    expect(bodies[2]).not.toMatch(/\$argon2id\$/);
  });
});
