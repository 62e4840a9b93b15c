import { randomUUID } from 'node:crypto';
import { RequestContext, newId, type Db } from '@dsg/server-core';
import { Agency, Department, Enrolment, Institution, Programme } from '@dsg/server-organisations';
import { Membership, UserAccount, hashPassword } from '@dsg/server-identity';
import type { Role } from '@dsg/contracts';
import type { TestGateway } from './test-gateway.js';

export const PASSWORD = 'Fixture-pass-2026';
let hash: Promise<string> | undefined;
const passwordHash = () => (hash ??= hashPassword(PASSWORD));

export const uniq = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Runs fixture writes through the platform bypass, as the seed does. */
export function asPlatform<T>(db: Db, fn: Parameters<Db['asPlatform']>[1] extends (em: infer E) => Promise<unknown> ? (em: E) => Promise<T> : never): Promise<T> {
  return RequestContext.run(new RequestContext(`fixture-${randomUUID()}`, 'zh-CN', null), () => db.asPlatform('test fixture', fn));
}

export async function makeAgency(db: Db) {
  return asPlatform(db, async (em) => {
    const agency = em.create(Agency, { id: newId(), code: uniq('AG'), name: `测试教育厅 ${uniq('')}`, nameEn: 'Test agency', level: 'PROVINCIAL', region: '测试省' } as Agency);
    await em.flush();
    const programme = em.create(Programme, {
      id: newId(), agencyId: agency.id, code: uniq('PG'), name: '测试双高计划', nameEn: null, startYear: 2025, endYear: 2029,
      tracks: ['SCHOOL', 'SPECIALTY_GROUP'], tiers: ['A', 'B'], frequency: 'QUARTERLY', dueDaysAfterPeriodEnd: 15,
    } as Programme);
    await em.flush();
    return { agency, programme };
  });
}

export async function makeInstitution(db: Db, name = `测试职业技术学院 ${uniq('')}`) {
  return asPlatform(db, async (em) => {
    const institution = em.create(Institution, { id: newId(), code: uniq('IN'), name, nameEn: 'Test College', province: '测试省', city: '测试市' } as Institution);
    await em.flush();
    const department = em.create(Department, { id: newId(), tenantId: institution.id, code: uniq('D'), name: '教务处', nameEn: 'Academic Affairs', kind: 'ADMINISTRATIVE' } as Department);
    await em.flush();
    return { institution, department };
  });
}

export async function enrol(db: Db, institutionId: string, programme: Programme, specialtyGroup: string | null = null) {
  return asPlatform(db, async (em) => {
    const track = specialtyGroup ? 'SPECIALTY_GROUP' : 'SCHOOL';
    const e = em.create(Enrolment, { id: newId(), tenantId: institutionId, programmeId: programme.id, agencyId: programme.agencyId, track, tier: 'A', specialtyGroup, enrolledOn: '2025-01-01' } as Enrolment);
    await em.flush();
    return e;
  });
}

export interface MakeUser {
  role: Role;
  tenantId?: string | null;
  agencyId?: string | null;
  departmentId?: string | null;
}

export async function makeUser(db: Db, m: MakeUser) {
  const h = await passwordHash();
  return asPlatform(db, async (em) => {
    const user = em.create(UserAccount, { id: newId(), username: uniq('u').toLowerCase(), displayName: '测试用户', email: null, passwordHash: h } as UserAccount);
    await em.flush();
    const kind = m.tenantId ? 'INSTITUTION' : m.agencyId ? 'AGENCY' : 'PLATFORM';
    const membership = em.create(Membership, {
      id: newId(), userId: user.id, organisationKind: kind, tenantId: m.tenantId ?? null, agencyId: m.agencyId ?? null, role: m.role, departmentId: m.departmentId ?? null,
    } as Membership);
    await em.flush();
    return { user, membership };
  });
}

/** Signs in through GraphQL; returns the access token and the refresh cookie. */
export async function login(gw: TestGateway, username: string, password = PASSWORD) {
  const r = await gw.gql<{ login: { accessToken: string } }>(
    'mutation($u:String!,$p:String!){ login(input:{username:$u,password:$p}){ accessToken } }',
    { u: username, p: password },
  );
  if (!r.data) throw new Error(`login failed: ${r.raw}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { token: r.data.login.accessToken, cookie };
}

/** Two institutions, an agency whose programme enrols only A, and one user per role. */
export async function twoTenants(gw: TestGateway) {
  const { agency, programme } = await makeAgency(gw.db);
  const { agency: otherAgency } = await makeAgency(gw.db);
  const a = await makeInstitution(gw.db, `甲职业技术学院 ${uniq('')}`);
  const b = await makeInstitution(gw.db, `乙职业技术学院 ${uniq('')}`);
  await enrol(gw.db, a.institution.id, programme);
  return { agency, otherAgency, programme, a, b };
}

/** One more membership for an existing user. */
export async function addMembership(db: Db, userId: string, m: MakeUser) {
  return asPlatform(db, async (em) => {
    const kind = m.tenantId ? 'INSTITUTION' : m.agencyId ? 'AGENCY' : 'PLATFORM';
    const membership = em.create(Membership, {
      id: newId(), userId, organisationKind: kind, tenantId: m.tenantId ?? null, agencyId: m.agencyId ?? null, role: m.role, departmentId: m.departmentId ?? null,
      createdAt: new Date(Date.now() + 1000),
    } as Membership);
    await em.flush();
    return membership;
  });
}
