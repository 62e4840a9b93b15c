import type { EntityManager } from '@mikro-orm/postgresql';
import { Db, RequestContext } from '@dsg/server-core';
import { Agency, Department, Enrolment, Institution, Programme } from '@dsg/server-organisations';
import { Membership, UserAccount, hashPassword } from '@dsg/server-identity';
import * as demo from './demo-data.js';
import { users as demoUsers } from './demo-users.js';
import { stableId } from './stable-id.js';
import { seedTaskBooks } from './seed-task-books.js';

export interface SeedReport {
  created: Record<string, number>;
}

/** Inserts what is missing (by stable id) and leaves existing rows alone: safe to run again. */
async function ensure<T extends { id: string }>(em: EntityManager, entity: new () => T, rows: T[], report: SeedReport, label: string) {
  const found = (await em.find(entity as never, { id: { $in: rows.map((r) => r.id) } } as never, { filters: false })) as unknown as { id: string }[];
  const existing = new Set(found.map((r) => r.id));
  for (const row of rows) {
    if (existing.has(row.id)) continue;
    em.create(entity as never, row as never);
    report.created[label] = (report.created[label] ?? 0) + 1;
  }
  await em.flush();
}

function orgIds(u: demo.DemoUser) {
  const o = u.organisation;
  if (o.kind === 'PLATFORM') return { organisationKind: 'PLATFORM' as const, tenantId: null, agencyId: null, departmentId: null };
  if (o.kind === 'AGENCY') return { organisationKind: 'AGENCY' as const, tenantId: null, agencyId: stableId(`agency:${o.code}`), departmentId: null };
  return {
    organisationKind: 'INSTITUTION' as const,
    tenantId: stableId(`institution:${o.code}`),
    agencyId: null,
    departmentId: o.departmentCode ? stableId(`department:${o.code}:${o.departmentCode}`) : null,
  };
}

/**
 * Loads the demo organisations, programmes, enrolments and one user per role per organisation from
 * the five source documents (see demo-data.ts). Runs through the named platform bypass.
 */
export async function seedDemo(db: Db): Promise<SeedReport> {
  const report: SeedReport = { created: {} };
  const ctx = new RequestContext('seed-demo', 'zh-CN', null);
  await RequestContext.run(ctx, () =>
    db.asPlatform('demo seed', async (em) => {
      await ensure(em, Agency, demo.agencies.map((a) => Object.assign(new Agency(), {
        id: stableId(`agency:${a.code}`), code: a.code, name: a.name, nameEn: a.nameEn, level: a.level, region: a.region,
      })), report, 'agencies');
      await ensure(em, Institution, demo.institutions.map((i) => Object.assign(new Institution(), {
        id: stableId(`institution:${i.code}`), code: i.code, name: i.name, nameEn: i.nameEn, province: i.province, city: i.city,
      })), report, 'institutions');
      await ensure(em, Department, demo.institutions.flatMap((i) => i.departments.map((d) => Object.assign(new Department(), {
        id: stableId(`department:${i.code}:${d.code}`), tenantId: stableId(`institution:${i.code}`), code: d.code, name: d.name, nameEn: d.nameEn, kind: d.kind,
      }))), report, 'departments');
      await ensure(em, Programme, demo.programmes.map((p) => Object.assign(new Programme(), {
        id: stableId(`programme:${p.code}`), agencyId: stableId(`agency:${p.agencyCode}`), code: p.code, name: p.name, nameEn: p.nameEn,
        startYear: p.startYear, endYear: p.endYear, tracks: p.tracks, tiers: p.tiers, frequency: p.frequency, dueDaysAfterPeriodEnd: p.dueDaysAfterPeriodEnd,
      })), report, 'programmes');
      const agencyOf = new Map(demo.programmes.map((p) => [p.code, p.agencyCode]));
      await ensure(em, Enrolment, demo.enrolments.map((e) => Object.assign(new Enrolment(), {
        id: stableId(`enrolment:${e.institutionCode}:${e.programmeCode}:${e.track}:${e.specialtyGroup ?? ''}`),
        tenantId: stableId(`institution:${e.institutionCode}`), programmeId: stableId(`programme:${e.programmeCode}`),
        agencyId: stableId(`agency:${agencyOf.get(e.programmeCode)}`), track: e.track, tier: e.tier, specialtyGroup: e.specialtyGroup, enrolledOn: e.enrolledOn,
      })), report, 'enrolments');
      const missing = await missingUsers(em);
      const passwordHash = missing.length ? await hashPassword(demo.DEMO_PASSWORD) : '';
      await ensure(em, UserAccount, missing.map((u) => Object.assign(new UserAccount(), {
        id: stableId(`user:${u.username}`), username: u.username, displayName: u.displayName, email: u.email, passwordHash, passwordChangedAt: new Date(),
      })), report, 'users');
      await ensure(em, Membership, demoUsers.map((u) => Object.assign(new Membership(), {
        id: stableId(`membership:${u.username}:${u.role}`), userId: stableId(`user:${u.username}`), role: u.role, ...orgIds(u),
      })), report, 'memberships');
      const books = await seedTaskBooks(em);
      if (books) report.created.taskBooks = books;
    }),
  );
  return report;
}

async function missingUsers(em: EntityManager): Promise<demo.DemoUser[]> {
  const ids = demoUsers.map((u) => stableId(`user:${u.username}`));
  const have = new Set((await em.find(UserAccount, { id: { $in: ids } })).map((u) => u.id));
  return demoUsers.filter((u) => !have.has(stableId(`user:${u.username}`)));
}
