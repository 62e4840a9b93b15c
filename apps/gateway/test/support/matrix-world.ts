import { newId } from '@dsg/server-core';
import { JobRun } from '@dsg/server-core';
import { Department, Enrolment } from '@dsg/server-organisations';
import { EvidenceFile } from '@dsg/server-evidence';
import { Achievement, ConstructionTask, ResponsibilityAgreement, IndicatorTarget, Milestone, PerformanceIndicator, TaskBook, TaskBookVersion } from '@dsg/server-task-book';
import { PeriodReport, ReportRevision, ReportingPeriod, ReviewItem } from '@dsg/server-reporting';
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
  const reporting = await reportingTargets(gw, side, tenantId, person.user.id, book.indicator.id);
  return { tenantId, agencyId: side.agency.agency.id, programmeId: side.agency.programme.id, person, enrolment, version, ...book, ...objects, ...reporting };
}

/**
 * Reporting objects: an open period; reports in the states each operation acts on (a draft with a
 * review item waiting for its responsible person, one with the 双高办, one with the agency, an
 * accepted one); an enrolment with an approved book and no report yet.
 */
async function reportingTargets(gw: TestGateway, side: Side, tenantId: string, personId: string, indicatorId: string) {
  const agencyId = side.agency.agency.id;
  const programmeId = side.agency.programme.id;
  const open = await enrolExtra(gw, tenantId, side);
  return asPlatform(gw.db, async (em) => {
    const period = em.create(ReportingPeriod, { id: newId(), programmeId, agencyId, code: uniq('P').slice(0, 10), startsOn: '2025-07-01', endsOn: '2025-09-30', opensOn: '2025-09-01', dueOn: '2025-10-15', status: 'OPEN' } as ReportingPeriod);
    const approvedBook = em.create(TaskBook, { id: newId(), tenantId, enrolmentId: open.id, title: '已批准任务书', startYear: 2025, endYear: 2029, currentVersionId: newId() } as TaskBook);
    const report = (state: PeriodReport['state'], extra: Partial<PeriodReport> = {}) => {
      const enrolmentId = newId();
      const r = em.create(PeriodReport, { id: newId(), tenantId, enrolmentId, agencyId, programmeId, periodId: period.id, period: '2025-Q3', dueOn: '2025-10-15', state, ...extra } as PeriodReport);
      em.create(ReportRevision, {
        id: newId(), tenantId, reportId: r.id, agencyId, number: 1, state, sections: { progress: '<p>进展</p>', results: '<p>成效</p>', problems: '<p>问题</p>', nextSteps: '<p>计划</p>' },
        agencyVisible: state !== 'DRAFT' && state !== 'SUBMITTED_TO_OFFICE', createdBy: personId,
        snapshot: { schemaVersion: 1, taskBookId: approvedBook.id, period: '2025-Q3', tasks: [], indicators: [], milestones: [], funds: { budgets: [], movements: [] }, achievements: [] },
        figures: { tasks: { total: 0, completed: 0, inProgress: 0, notStarted: 0, overdueMilestones: 0, completionRate: null }, indicators: { total: 0, reported: 0, attained: 0, attainmentRate: null, rows: [] }, achievementsByLevel: [], funds: { budget: 0, arrived: 0, spent: 0, arrivalRate: null, executionRate: null, bySource: [] } },
        acceptedAt: state === 'ACCEPTED' ? new Date() : null,
      } as unknown as ReportRevision);
      return r;
    };
    const draftReport = report('DRAFT');
    const officeReport = report('SUBMITTED_TO_OFFICE');
    const agencyReport = report('SUBMITTED_TO_AGENCY');
    const acceptedReport = report('ACCEPTED', { acceptedRevision: 1 });
    const reviewItem = em.create(ReviewItem, {
      id: newId(), tenantId, reportId: draftReport.id, revision: 1, taskId: newId(), taskCode: '1', taskTitle: '党建引领', leadDepartmentId: null,
      responsibleUserIds: [personId], groupReviewerIds: [], state: 'DRAFT', step: null, position: 'RESPONSIBLE',
    } as ReviewItem);
    await em.flush();
    void indicatorId;
    return { period, openEnrolment: open, draftReport, officeReport, agencyReport, acceptedReport, reviewItem };
  });
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
