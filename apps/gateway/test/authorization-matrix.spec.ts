import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subject } from '@casl/ability';
import { ROLES, type Action, type Role, type SubjectName } from '@dsg/contracts';
import { defineAbilityFor } from '@dsg/server-core';
import { startGateway, type GqlResult, type TestGateway } from './support/test-gateway.js';
import { PASSWORD, uniq } from './support/fixtures.js';
import { actorFor, freshTargets, matrixWorld, type MatrixActor, type MatrixWorld, type Targets } from './support/matrix-world.js';

/**
 * The authorization matrix: every role × every operation × own and other tenant. The expected
 * answer is computed from the role rules (CASL) and the actor's data scope, never written by hand:
 * a change to the rules changes the expectation, and the real gateway must agree with it.
 */
type Kind = 'one' | 'list' | 'write';
interface Op {
  name: string;
  action: Action;
  subject: SubjectName;
  kind: Kind;
  /** Unscoped operations have no other-tenant target (they act on the actor's own organisation). */
  scoped: boolean;
  /** Reference data everyone signed in may read wherever it lives. */
  global?: boolean;
  call: (t: Targets, a: MatrixActor) => [string, Record<string, unknown>];
  object: (t: Targets, a: MatrixActor) => Record<string, unknown>;
  /** For lists: is the target among the results? */
  contains?: (data: any, t: Targets) => boolean;
}

const ids = (conn: any) => conn.edges.map((e: any) => e.node.id);

const OPS: Op[] = [
  { name: 'me', action: 'read', subject: 'User', kind: 'one', scoped: false, global: true, call: () => ['{ me { user { id } } }', {}], object: (_t, a) => ({ id: a.user.id }) },
  { name: 'agencies', action: 'read', subject: 'Agency', kind: 'one', scoped: false, global: true, call: () => ['{ agencies { totalCount } }', {}], object: () => ({}) },
  { name: 'programmes', action: 'read', subject: 'Programme', kind: 'one', scoped: false, global: true, call: () => ['{ programmes { totalCount } }', {}], object: () => ({}) },
  { name: 'agency', action: 'read', subject: 'Agency', kind: 'one', scoped: true, global: true, call: (t) => ['query($id:ID!){ agency(id:$id){ id } }', { id: t.agencyId }], object: (t) => ({ id: t.agencyId }) },
  { name: 'programme', action: 'read', subject: 'Programme', kind: 'one', scoped: true, global: true, call: (t) => ['query($id:ID!){ programme(id:$id){ id } }', { id: t.programmeId }], object: (t) => ({ agencyId: t.agencyId }) },
  { name: 'institution', action: 'read', subject: 'Institution', kind: 'one', scoped: true, call: (t) => ['query($id:ID!){ institution(id:$id){ id } }', { id: t.tenantId }], object: (t) => ({ id: t.tenantId }) },
  { name: 'user', action: 'read', subject: 'User', kind: 'one', scoped: true, call: (t) => ['query($id:ID!){ user(id:$id){ id } }', { id: t.person.user.id }], object: (t) => ({ id: t.person.user.id }) },
  { name: 'jobRun', action: 'read', subject: 'JobRun', kind: 'one', scoped: true, call: (t) => ['query($id:ID!){ jobRun(id:$id){ id } }', { id: t.job.id }], object: (t) => ({ tenantId: t.tenantId, actorId: t.person.user.id }) },
  { name: 'institutions', action: 'read', subject: 'Institution', kind: 'list', scoped: true, call: () => ['query($after:String){ institutions(first: 100, after:$after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ id: t.tenantId }), contains: (d, t) => ids(d.institutions).includes(t.tenantId) },
  { name: 'departments', action: 'read', subject: 'Department', kind: 'list', scoped: true, call: () => ['query($after:String){ departments(first: 100, after:$after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ tenantId: t.tenantId }), contains: (d, t) => ids(d.departments).includes(t.department.id) },
  { name: 'users', action: 'read', subject: 'User', kind: 'list', scoped: true, call: () => ['query($after:String){ users(first: 100, after:$after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ id: t.person.user.id }), contains: (d, t) => ids(d.users).includes(t.person.user.id) },
  { name: 'jobRuns', action: 'read', subject: 'JobRun', kind: 'list', scoped: true, call: () => ['query($after:String){ jobRuns(first: 100, after:$after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ tenantId: t.tenantId, actorId: t.person.user.id }), contains: (d, t) => ids(d.jobRuns).includes(t.job.id) },
  { name: 'auditLog', action: 'read', subject: 'AuditLog', kind: 'list', scoped: true, call: () => ['query($after:String){ auditLog(first: 100, after:$after) { edges { node { objectId } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ tenantId: t.tenantId }), contains: (d, t) => d.auditLog.edges.some((e: any) => e.node.objectId === t.department.id) },
  { name: 'updateInstitution', action: 'update', subject: 'Institution', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ updateInstitution(input:{id:$id, city:"矩阵市"}){ id } }', { id: t.tenantId }], object: (t) => ({ id: t.tenantId }) },
  { name: 'updateDepartment', action: 'update', subject: 'Department', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ updateDepartment(input:{id:$id, name:"改名"}){ id } }', { id: t.department.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'deleteDepartment', action: 'delete', subject: 'Department', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ deleteDepartment(id:$id) }', { id: t.department.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'resetUserPassword', action: 'update', subject: 'User', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ resetUserPassword(input:{userId:$id, newPassword:"Matrix-pass-2026"}) }', { id: t.person.user.id }], object: (t) => ({ id: t.person.user.id }) },
  { name: 'unlockUser', action: 'update', subject: 'User', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ unlockUser(userId:$id){ id } }', { id: t.person.user.id }], object: (t) => ({ id: t.person.user.id }) },
  {
    name: 'grantMembership', action: 'create', subject: 'Membership', kind: 'write', scoped: true,
    call: (t, a) => ['mutation($id:ID!,$org:ID){ grantMembership(input:{userId:$id, role:LEADERSHIP_VIEWER, organisationId:$org}){ id } }', { id: t.person.user.id, org: a.role === 'PLATFORM_OPERATOR' ? t.tenantId : null }],
    object: (t, a) => ({ tenantId: a.role === 'PLATFORM_OPERATOR' ? t.tenantId : a.tenantId }),
  },
  { name: 'revokeMembership', action: 'delete', subject: 'Membership', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ revokeMembership(id:$id){ id } }', { id: t.person.membership.id }], object: (t) => ({ tenantId: t.person.membership.tenantId, agencyId: t.person.membership.agencyId }) },
  { name: 'withdrawEnrolment', action: 'update', subject: 'Enrolment', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ withdrawEnrolment(id:$id){ id } }', { id: t.enrolment.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId }) },
  {
    name: 'enrolInstitution', action: 'create', subject: 'Enrolment', kind: 'write', scoped: true,
    call: (t) => ['mutation($i:ID!,$p:ID!,$g:String){ enrolInstitution(input:{institutionId:$i, programmeId:$p, track:SPECIALTY_GROUP, specialtyGroup:$g}){ id } }', { i: t.tenantId, p: t.programmeId, g: uniq('群') }],
    object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId }),
  },
  {
    name: 'updateProgramme', action: 'update', subject: 'Programme', kind: 'write', scoped: true,
    call: (t) => ['mutation($id:ID!,$c:String!){ updateProgramme(input:{id:$id, code:$c, name:"矩阵计划", startYear:2025, endYear:2029, tracks:[SCHOOL], tiers:["A"], frequency:QUARTERLY, dueDaysAfterPeriodEnd:15}){ id } }', { id: t.programmeId, c: uniq('PG') }],
    object: (t) => ({ agencyId: t.agencyId }),
  },
  { name: 'taskBook', action: 'read', subject: 'TaskBook', kind: 'one', scoped: true, call: (t) => ['query($id:ID!){ taskBook(id:$id){ id tasks { id } } }', { id: t.book.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'taskBooks', action: 'read', subject: 'TaskBook', kind: 'list', scoped: true, call: () => ['query($after:String){ taskBooks(first: 100, after:$after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ tenantId: t.tenantId }), contains: (d, t) => ids(d.taskBooks).includes(t.book.id) },
  { name: 'createTaskBook', action: 'create', subject: 'TaskBook', kind: 'write', scoped: true, call: (t) => ['mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: t.enrolment.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'addTask', action: 'create', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($b:ID!,$p:ID){ addTask(input:{taskBookId:$b, parentId:$p, title:"二级任务"}){ id } }', { b: t.book.id, p: t.task.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'updateTask', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ updateTask(input:{id:$id, title:"改名"}){ id } }', { id: t.task.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'moveTask', action: 'create', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ moveTask(input:{id:$id, parentId:null, index:0}){ id } }', { id: t.task.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [] }) },
  { name: 'deleteTask', action: 'delete', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ deleteTask(id:$id) }', { id: t.task.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'reportTaskProgress', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ reportTaskProgress(input:{id:$id, status:IN_PROGRESS, progress:40}){ id } }', { id: t.task.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'addIndicator', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($t:ID!,$c:String!){ addIndicator(input:{taskId:$t, code:$c, name:"新指标", category:OUTPUT_QUANTITY}){ id } }', { t: t.task.id, c: uniq('N') }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'updateIndicator', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ updateIndicator(input:{id:$id, finalTarget:4}){ id } }', { id: t.indicator.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'deleteIndicator', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ deleteIndicator(id:$id) }', { id: t.indicator.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'recordActuals', action: 'create', subject: 'IndicatorActual', kind: 'write', scoped: true, call: (t) => ['mutation($i:ID!){ recordActuals(input:{period:"2025-Q2", entries:[{indicatorId:$i, value:1}]}){ id } }', { i: t.indicator.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id], departmentIds: [] }) },
  // "My indicators" lists what the actor may report, so its expectation is the right to create actuals.
  { name: 'myIndicators', action: 'create', subject: 'IndicatorActual', kind: 'list', scoped: true, call: () => ['{ myIndicators { id } }', {}], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id], departmentIds: [] }), contains: (d, t) => d.myIndicators.some((i: any) => i.id === t.indicator.id) },
  { name: 'setTaskBudget', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($t:ID!){ setTaskBudget(input:{taskId:$t, lines:[{source:CENTRAL, year:2025, amount:100}]}){ amount } }', { t: t.task.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'taskHistory', action: 'read', subject: 'TaskHistory', kind: 'list', scoped: true, call: (t) => ['query($id:ID!){ taskHistory(taskId:$id, first: 100) { edges { node { objectId } } } }', { id: t.task.id }], object: (t) => ({ tenantId: t.tenantId }), contains: (d, t) => d.taskHistory.edges.some((e: any) => e.node.objectId === t.task.id) },
  { name: 'recordFundMovements', action: 'update', subject: 'TaskBook', kind: 'write', scoped: true, call: (t) => ['mutation($t:ID!){ recordFundMovements(input:{period:"2025-Q1", entries:[{taskId:$t, source:CENTRAL, arrived:50, spent:20}]}) }', { t: t.task.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'addMilestone', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"党建标杆院系验收", dueDate:"2025-12-31"}){ id } }', { t: t.task.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'completeMilestone', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($m:ID!){ completeMilestone(input:{id:$m, completedAt:"2025-11-30"}){ id } }', { m: t.milestone.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'deleteMilestone', action: 'update', subject: 'ConstructionTask', kind: 'write', scoped: true, call: (t) => ['mutation($m:ID!){ deleteMilestone(id:$m) }', { m: t.milestone.id }], object: (t) => ({ tenantId: t.tenantId, responsibleUserIds: [t.person.user.id] }) },
  { name: 'submitTaskBook', action: 'create', subject: 'TaskBookVersion', kind: 'write', scoped: true, call: (t) => ['mutation($b:ID!){ submitTaskBook(taskBookId:$b){ id } }', { b: t.book.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'decideTaskBookVersion', action: 'update', subject: 'TaskBookVersion', kind: 'write', scoped: true, call: (t) => ['mutation($v:ID!){ decideTaskBookVersion(input:{versionId:$v, approve:true}){ id } }', { v: t.version.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId }) },
  { name: 'evidence', action: 'read', subject: 'Evidence', kind: 'list', scoped: true, call: (t) => ['query($o:ID!){ evidence(objectType:"IndicatorActual", objectId:$o){ id } }', { o: t.indicator.id }], object: (t) => ({ tenantId: t.tenantId }), contains: (d, t) => d.evidence.some((e: any) => e.id === t.evidence.id) },
  { name: 'reviewEvidence', action: 'update', subject: 'Evidence', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ reviewEvidence(input:{id:$id, approve:true}){ id } }', { id: t.evidence.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'achievements', action: 'read', subject: 'Achievement', kind: 'list', scoped: true, call: () => ['query($after:String){ achievements(first: 100, after:$after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ tenantId: t.tenantId }), contains: (d, t) => ids(d.achievements).includes(t.achievement.id) },
  { name: 'achievementCounts', action: 'read', subject: 'Achievement', kind: 'one', scoped: false, call: () => ['{ achievementCounts { year } }', {}], object: (_t, a) => ({ tenantId: a.tenantId }) },
  { name: 'addAchievement', action: 'create', subject: 'Achievement', kind: 'write', scoped: false, call: () => ['mutation{ addAchievement(input:{title:"校级教学成果奖", level:SCHOOL, category:"教学成果奖", awardedOn:"2025-09-10"}){ id } }', {}], object: (_t, a) => ({ tenantId: a.tenantId }) },
  { name: 'updateAchievement', action: 'update', subject: 'Achievement', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ updateAchievement(input:{id:$id, title:"技能大赛一等奖（更正）", level:MUNICIPAL, category:"技能大赛", awardedOn:"2025-06-01"}){ id } }', { id: t.achievement.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'deleteAchievement', action: 'delete', subject: 'Achievement', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ deleteAchievement(id:$id) }', { id: t.achievement.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'responsibilityAgreements', action: 'read', subject: 'ResponsibilityAgreement', kind: 'list', scoped: true, call: () => ['{ responsibilityAgreements { id } }', {}], object: (t) => ({ tenantId: t.tenantId, responsibleUserId: t.person.user.id }), contains: (d, t) => d.responsibilityAgreements.some((x: any) => x.id === t.agreement.id) },
  { name: 'myResponsibilities', action: 'read', subject: 'ResponsibilityAgreement', kind: 'one', scoped: false, call: () => ['{ myResponsibilities { agreements { id } } }', {}], object: (_t, a) => ({ tenantId: a.tenantId, responsibleUserId: a.user.id }) },
  { name: 'addResponsibilityAgreement', action: 'create', subject: 'ResponsibilityAgreement', kind: 'write', scoped: false, call: (_t, a) => ['mutation($u:ID!){ addResponsibilityAgreement(input:{title:"目标责任书", headUserId:$u, responsibleUserId:$u}){ id } }', { u: a.user.id }], object: (_t, a) => ({ tenantId: a.tenantId }) },
  { name: 'updateResponsibilityAgreement', action: 'update', subject: 'ResponsibilityAgreement', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!,$u:ID!){ updateResponsibilityAgreement(input:{id:$id, title:"目标责任书（修订）", headUserId:$u, responsibleUserId:$u}){ id } }', { id: t.agreement.id, u: t.person.user.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'createDepartment', action: 'create', subject: 'Department', kind: 'write', scoped: false, call: () => ['mutation($c:String!){ createDepartment(input:{code:$c, name:"新部门", kind:ACADEMIC}){ id } }', { c: uniq('N') }], object: (_t, a) => ({ tenantId: a.tenantId }) },
  { name: 'importDepartments', action: 'create', subject: 'Department', kind: 'write', scoped: false, call: () => ['mutation($c:String!){ importDepartments(input:{csv:$c}){ id } }', { c: `${uniq('I')},导入部门,,ACADEMIC` }], object: (_t, a) => ({ tenantId: a.tenantId }) },
  {
    name: 'createUser', action: 'create', subject: 'User', kind: 'write', scoped: false,
    call: (t, a) => ['mutation($u:String!,$org:ID){ createUser(input:{username:$u, displayName:"新用户", password:"Matrix-pass-2026", role:TASK_LEAD, organisationId:$org}){ id } }', { u: uniq('new').toLowerCase(), org: a.role === 'PLATFORM_OPERATOR' ? t.tenantId : null }],
    object: () => ({}),
  },
  { name: 'createAgency', action: 'create', subject: 'Agency', kind: 'write', scoped: false, call: () => ['mutation($c:String!){ createAgency(input:{code:$c, name:"新教育厅", level:PROVINCIAL, region:"新省"}){ id } }', { c: uniq('AG') }], object: () => ({}) },
  { name: 'createInstitution', action: 'create', subject: 'Institution', kind: 'write', scoped: false, call: () => ['mutation($c:String!){ createInstitution(input:{code:$c, name:"新学院", province:"新省"}){ id } }', { c: uniq('IN') }], object: () => ({}) },
  { name: 'reportingPeriods', action: 'read', subject: 'ReportingPeriod', kind: 'list', scoped: true, global: true, call: (t) => ['query($p:ID!){ reportingPeriods(programmeId:$p){ id } }', { p: t.programmeId }], object: () => ({}), contains: (d, t) => d.reportingPeriods.some((p: any) => p.id === t.period.id) },
  { name: 'periodReports', action: 'read', subject: 'PeriodReport', kind: 'list', scoped: true, call: () => ['query($after:String){ periodReports(first: 100, after:$after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', {}], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: 'SUBMITTED_TO_AGENCY', acceptedRevision: null }), contains: (d, t) => ids(d.periodReports).includes(t.agencyReport.id) },
  { name: 'periodReport', action: 'read', subject: 'PeriodReport', kind: 'one', scoped: true, call: (t) => ['query($id:ID!){ periodReport(id:$id){ id revision { number } timeline { action } } }', { id: t.agencyReport.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: 'SUBMITTED_TO_AGENCY', acceptedRevision: null }) },
  { name: 'generateReportDocument', action: 'read', subject: 'PeriodReport', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ generateReportDocument(reportId:$id, format:DOCX){ id } }', { id: t.agencyReport.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: 'SUBMITTED_TO_AGENCY', acceptedRevision: null }) },
  { name: 'reportDocuments', action: 'read', subject: 'PeriodReport', kind: 'one', scoped: true, call: (t) => ['query($id:ID!){ reportDocuments(reportId:$id){ id } }', { id: t.agencyReport.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: 'SUBMITTED_TO_AGENCY', acceptedRevision: null }) },
  { name: 'periodOverview', action: 'read', subject: 'PeriodReport', kind: 'list', scoped: true, call: (t) => ['query($p:ID!){ periodOverview(periodId:$p){ institutionId } }', { p: t.period.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: 'SUBMITTED_TO_AGENCY', acceptedRevision: null }), contains: (d, t) => d.periodOverview.some((r: any) => r.institutionId === t.tenantId) },
  { name: 'saveReportSections', action: 'update', subject: 'PeriodReport', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ saveReportSections(input:{reportId:$id, sections:{progress:"<p>推进情况</p>"}}){ number } }', { id: t.draftReport.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: 'DRAFT', acceptedRevision: null }) },
  {
    name: 'transitionReport', action: 'update', subject: 'PeriodReport', kind: 'write', scoped: true,
    call: (t, a) => ['mutation($id:ID!,$a:ReportAction!){ transitionReport(input:{reportId:$id, action:$a, reason:"请补充"}){ state } }', a.agencyId ? { id: t.agencyReport.id, a: 'AGENCY_RETURN' } : { id: t.officeReport.id, a: 'OFFICE_RETURN' }],
    object: (t, a) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: a.agencyId ? 'SUBMITTED_TO_AGENCY' : 'SUBMITTED_TO_OFFICE', acceptedRevision: null }),
  },
  { name: 'startReportCorrection', action: 'update', subject: 'PeriodReport', kind: 'write', scoped: true, call: (t) => ['mutation($id:ID!){ startReportCorrection(input:{reportId:$id, corrections:[]}){ number } }', { id: t.acceptedReport.id }], object: (t) => ({ tenantId: t.tenantId, agencyId: t.agencyId, state: 'ACCEPTED', acceptedRevision: 1 }) },
  { name: 'openPeriodReport', action: 'create', subject: 'PeriodReport', kind: 'write', scoped: true, call: (t) => ['mutation($e:ID!,$p:ID!){ openPeriodReport(enrolmentId:$e, periodId:$p){ id } }', { e: t.openEnrolment.id, p: t.period.id }], object: (t) => ({ tenantId: t.tenantId }) },
  { name: 'reviewChain', action: 'read', subject: 'ReviewChain', kind: 'one', scoped: false, call: () => ['{ reviewChain { steps } }', {}], object: (_t, a) => ({ tenantId: a.tenantId }) },
  { name: 'setReviewChain', action: 'update', subject: 'ReviewChain', kind: 'write', scoped: false, call: () => ['mutation{ setReviewChain(input:{steps:["DEPARTMENT"], groupReviewerIds:[]}){ steps } }', {}], object: (_t, a) => ({ tenantId: a.tenantId }) },
  { name: 'reviewQueue', action: 'read', subject: 'ReviewItem', kind: 'one', scoped: false, call: () => ['{ reviewQueue { id } }', {}], object: (_t, a) => ({ tenantId: a.tenantId }) },
  { name: 'decideReviewItem', action: 'update', subject: 'ReviewItem', kind: 'write', scoped: true, call: (t) => ['mutation($i:ID!){ decideReviewItem(input:{itemId:$i, decision:SUBMIT}){ position } }', { i: t.reviewItem.id }], object: (t) => ({ tenantId: t.tenantId, position: 'RESPONSIBLE', responsibleUserIds: [t.person.user.id], groupReviewerIds: [], leadDepartmentId: null }) },
  { name: 'notifications', action: 'read', subject: 'User', kind: 'one', scoped: false, call: () => ['{ notifications(first: 10){ totalCount } }', {}], object: (_t, a) => ({ id: a.user.id }) },
  { name: 'unreadNotificationCount', action: 'read', subject: 'User', kind: 'one', scoped: false, call: () => ['{ unreadNotificationCount }', {}], object: (_t, a) => ({ id: a.user.id }) },
  { name: 'markNotificationsRead', action: 'read', subject: 'User', kind: 'one', scoped: false, call: () => ['mutation{ markNotificationsRead(ids: []) }', {}], object: (_t, a) => ({ id: a.user.id }) },
  {
    name: 'createProgramme', action: 'create', subject: 'Programme', kind: 'write', scoped: false,
    call: () => ['mutation($c:String!){ createProgramme(input:{code:$c, name:"新计划", startYear:2025, endYear:2029, tracks:[SCHOOL], tiers:["A"], frequency:ANNUAL, dueDaysAfterPeriodEnd:30}){ id } }', { c: uniq('PG') }],
    object: (_t, a) => ({ agencyId: a.agencyId }),
  },
];

/** Platform directory content the platform operator administers across tenants (through the logged bypass). */
const PLATFORM_DIRECTORY = new Set<SubjectName>(['Institution', 'User', 'Membership', 'Agency']);

function expectedAllow(op: Op, a: MatrixActor, side: 'own' | 'other', t: Targets): boolean {
  const ability = defineAbilityFor({
    userId: a.user.id, membershipId: a.membership.id, role: a.role, organisationKind: a.membership.organisationKind,
    tenantId: a.tenantId, agencyId: a.agencyId, departmentId: null,
  });
  if (!ability.can(op.action, subject(op.subject, { ...op.object(t, a) }) as never)) return false;
  return side === 'own' || !!op.global || (a.role === 'PLATFORM_OPERATOR' && PLATFORM_DIRECTORY.has(op.subject));
}

function observedAllow(op: Op, r: GqlResult, t: Targets): boolean {
  expect(r.status, r.raw).toBeLessThan(500);
  const code = r.errors?.[0]?.extensions.code;
  if (code) {
    expect(['FORBIDDEN', 'NOT_FOUND'], r.raw).toContain(code);
    return false;
  }
  return op.kind === 'list' ? op.contains!(r.data, t) : true;
}

/** Follows a list's cursor to the end and merges the edges, so "contains" looks at every page. */
async function allPages(query: string, token: string): Promise<GqlResult> {
  let after: string | null = null;
  let merged: GqlResult | null = null;
  for (;;) {
    const r: GqlResult = await gw.gql(query, { after }, { token });
    if (r.errors || !r.data) return r;
    const field = Object.keys(r.data)[0]!;
    const conn = (r.data as any)[field];
    if (!merged) merged = r;
    else (merged.data as any)[field].edges.push(...conn.edges);
    if (!conn.pageInfo.hasNextPage) return merged;
    after = conn.pageInfo.endCursor;
  }
}

let gw: TestGateway;
let world: MatrixWorld;
const actors = new Map<Role, MatrixActor>();

beforeAll(async () => {
  gw = await startGateway();
  world = await matrixWorld(gw);
  for (const role of ROLES) actors.set(role, await actorFor(gw, world, role));
});
afterAll(() => gw?.close());

const cases = ROLES.flatMap((role) => OPS.flatMap((op) => (op.scoped ? (['own', 'other'] as const) : (['own'] as const)).map((side) => [role, op.name, side] as const)));

describe('authorization matrix (role × operation × tenant)', () => {
  it('covers every Query and Mutation except the public sign-in ones and those needing a session cookie', async () => {
    const r = await gw.gql<any>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const all = [...r.data.__schema.queryType.fields, ...r.data.__schema.mutationType.fields].map((f: any) => f.name);
    const untested = all.filter((n: string) => !OPS.some((o) => o.name === n)).sort();
    expect(untested).toEqual(['changePassword', 'login', 'logout', 'refreshSession', 'switchMembership']);
  });

  it.each(cases)('%s · %s · %s tenant', async (role, opName, side) => {
    const a = actors.get(role)!;
    const op = OPS.find((o) => o.name === opName)!;
    const usersIn = role === 'AGENCY_OFFICER' || role === 'AUDITOR' ? 'agency' : 'institution';
    const t = await freshTargets(gw, world[side], usersIn);
    const [query, vars] = op.call(t, a);
    const paged = op.kind === 'list' && query.includes('$after');
    const r = paged ? await allPages(query, a.token) : await gw.gql(query, vars, { token: a.token });
    expect(observedAllow(op, r, t), `${role} ${op.name} on ${side}: ${r.raw}`).toBe(expectedAllow(op, a, side, t));
  });
});

describe('session operations every signed-in role may use on itself', () => {
  it.each(ROLES)('%s can change its own password and switch to its own membership', async (role) => {
    const a = actors.get(role)!;
    const sw = await gw.gql('mutation($id:ID!){ switchMembership(membershipId:$id){ accessToken } }', { id: a.membership.id }, { token: a.token, cookie: a.cookie });
    expect(sw.errors).toBeUndefined();
    const pw = await gw.gql('mutation($c:String!){ changePassword(input:{currentPassword:$c, newPassword:$c}) }', { c: PASSWORD }, { token: a.token });
    expect(pw.errors).toBeUndefined();
  });
});
