import { newId } from '@dsg/server-core';
import { JobRun } from '@dsg/server-core';
import { Department, Enrolment } from '@dsg/server-organisations';
import { EvidenceFile } from '@dsg/server-evidence';
import { Achievement, ConstructionTask, ResponsibilityAgreement, IndicatorTarget, Milestone, PerformanceIndicator, TaskBook, TaskBookVersion } from '@dsg/server-task-book';
import type { Role } from '@dsg/contracts';
import type { TestGateway } from './test-gateway.js';
import { asPlatform, enrol, login, makeAgency, makeInstitution, makeUser, uniq } from './fixtures.js';

/**
 * The world of the authorization matrix: side "own" (agency X, institution A enrolled in X's
 * programme) and side "other" (agency Y, institution B enrolled only in Y's programme).
 */
export async function matrixWorld(gw: TestGateway) {
  const x = await makeAgency(gw.db);
  const y = await makeAgency(gw.db);
  const a = await makeInstitution(gw.db);
  const b = await makeInstitution(gw.db);
  await enrol(gw.db, a.institution.id, x.programme);
  await enrol(gw.db, b.institution.id, y.programme);
  return { own: { agency: x, inst: a }, other: { agency: y, inst: b } };
}
export type MatrixWorld = Awaited<ReturnType<typeof matrixWorld>>;
export type Side = MatrixWorld['own'];

/** Fresh objects on one side, so a case that deletes or revokes never affects another case. */
export async function freshTargets(gw: TestGateway, side: Side, orgOfUsers: 'institution' | 'agency') {
  const tenantId = side.inst.institution.id;
  const person = await makeUser(gw.db, orgOfUsers === 'agency' ? { role: 'AUDITOR', agencyId: side.agency.agency.id } : { role: 'TASK_LEAD', tenantId });
  const objects = await asPlatform(gw.db, async (em) => {
    const department = em.create(Department, { id: newId(), tenantId, code: uniq('M'), name: '矩阵部门', nameEn: null, kind: 'ACADEMIC' } as Department);
    const job = em.create(JobRun, { id: newId(), tenantId, agencyId: null, actorId: person.user.id, name: 'matrix.job', idempotencyKey: uniq('k') } as JobRun);
    await em.flush();
    return { department, job };
  });
  const enrolment: Enrolment = await enrolExtra(gw, tenantId, side);
  const booked = await enrolExtra(gw, tenantId, side);
  const book = await asPlatform(gw.db, async (em) => {
    const b = em.create(TaskBook, { id: newId(), tenantId, enrolmentId: booked.id, title: '矩阵任务书', startYear: 2025, endYear: 2029 } as TaskBook);
    await em.flush();
    const t = em.create(ConstructionTask, { id: newId(), tenantId, taskBookId: b.id, parentId: null, position: 0, code: '1', level: 1, title: '党建引领', leaderUserId: person.user.id } as ConstructionTask);
    await em.flush();
    const indicator = em.create(PerformanceIndicator, { id: newId(), tenantId, taskBookId: b.id, taskId: t.id, code: uniq('I'), name: '省级以上党建标杆院系', category: 'OUTPUT_QUANTITY', finalTarget: 3 } as PerformanceIndicator);
    await em.flush();
    em.create(IndicatorTarget, { id: newId(), tenantId, indicatorId: indicator.id, year: 2025, value: 1 } as IndicatorTarget);
    const milestone = em.create(Milestone, { id: newId(), tenantId, taskId: t.id, title: '标杆院系创建', dueDate: '2025-06-30' } as Milestone);
    const seriesId = newId();
    const evidence = em.create(EvidenceFile, {
      id: newId(), tenantId, objectType: 'IndicatorActual', objectId: indicator.id, seriesId, version: 1, fileName: '证书.pdf',
      contentType: 'application/pdf', size: 10, sha256: '0'.repeat(64), storageKey: `${tenantId}/${seriesId}/matrix`, uploadedBy: person.user.id,
    } as EvidenceFile);
    const achievement = em.create(Achievement, { id: newId(), tenantId, title: '全国职业院校技能大赛一等奖', level: 'MUNICIPAL', category: '技能大赛', awardedOn: '2025-06-01', createdBy: person.user.id } as Achievement);
    const agreement = em.create(ResponsibilityAgreement, {
      id: newId(), tenantId, title: '2025年度目标责任书', headUserId: person.user.id, responsibleUserId: person.user.id, taskIds: [t.id], indicatorIds: [indicator.id], status: 'SIGNED', signedOn: '2025-03-01',
    } as ResponsibilityAgreement);
    await em.flush();
    return { book: b, task: t, indicator, milestone, evidence, achievement, agreement };
  });
  // A second book with a version awaiting the agency's decision.
  const submitted = await enrolExtra(gw, tenantId, side);
  const version = await asPlatform(gw.db, async (em) => {
    const b = em.create(TaskBook, { id: newId(), tenantId, enrolmentId: submitted.id, title: '待审任务书', startYear: 2025, endYear: 2029 } as TaskBook);
    await em.flush();
    const v = em.create(TaskBookVersion, { id: newId(), tenantId, taskBookId: b.id, number: 1, status: 'SUBMITTED', snapshot: { title: '待审任务书', startYear: 2025, endYear: 2029, tasks: [], milestones: [], indicators: [], budgets: [] } } as TaskBookVersion);
    await em.flush();
    return v;
  });
  return { tenantId, agencyId: side.agency.agency.id, programmeId: side.agency.programme.id, person, enrolment, version, ...book, ...objects };
}

function enrolExtra(gw: TestGateway, tenantId: string, side: Side): Promise<Enrolment> {
  return enrol(gw.db, tenantId, side.agency.programme, uniq('专业群'));
}
export type Targets = Awaited<ReturnType<typeof freshTargets>>;

/** One signed-in actor per role, on the "own" side. */
export async function actorFor(gw: TestGateway, world: MatrixWorld, role: Role) {
  const own = world.own;
  const placement =
    role === 'PLATFORM_OPERATOR' ? {} :
    role === 'AGENCY_OFFICER' || role === 'AUDITOR' ? { agencyId: own.agency.agency.id } :
    { tenantId: own.inst.institution.id, departmentId: own.inst.department.id };
  const { user, membership } = await makeUser(gw.db, { role, ...placement });
  const session = await login(gw, user.username);
  return { role, user, membership, token: session.token, cookie: session.cookie, tenantId: placement.tenantId ?? null, agencyId: placement.agencyId ?? null };
}
export type MatrixActor = Awaited<ReturnType<typeof actorFor>>;
