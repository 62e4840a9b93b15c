import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { RequestContext } from '@dsg/server-core';
import { ReportingTick } from '@dsg/server-reporting';
import type { TestGateway } from './test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './fixtures.js';

/**
 * The reporting world: one institution enrolled in a quarterly programme with an approved task
 * book (one task led by a task lead, owned by a department, one indicator with a 2025 target of
 * 4), period 2025-Q3 opened by the tick, and the users of every layer.
 */
export const SECTIONS = {
  progress: '<p>学校围绕“双高计划”任务书，<strong>按季度</strong>推进各项建设任务。</p>',
  results: '<ul><li>获批国家级职业教育教师教学创新团队 1 个</li></ul>',
  problems: '<p>部分指标进度滞后。</p>',
  nextSteps: '<p>加快推进产教融合实训基地建设。</p>',
};

export const REPORT = `query($id:ID!){ periodReport(id:$id){ id state version period institutionName availableActions acceptedRevision currentRevision
  revision { number kind state sections { progress results problems nextSteps } figures diff }
  reviewItems { id taskCode position state version canAct }
  timeline { action fromState toState reason actorName objectType } } }`;

export function runTick(gw: TestGateway, today: string, programmeId: string) {
  const tick = gw.app.get(ReportingTick);
  return RequestContext.run(new RequestContext(`tick-${randomUUID()}`, 'zh-CN', null), () => tick.run(today, programmeId));
}

/**
 * One institution enrolled in a quarterly programme with an approved task book: a task led by a
 * task lead, owned by a department, with one indicator (2025 target 4). Period 2025-Q3 opens.
 */
export async function reportingWorld(gw: TestGateway) {
  const { agency, programme } = await makeAgency(gw.db);
  const { agency: otherAgency } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db, '重庆工业职业技术学院（测试）');
  const e = await enrol(gw.db, inst.institution.id, programme);
  const dept = inst.department.id;
  const sign = async (role: Parameters<typeof makeUser>[1]['role'], extra: Parameters<typeof makeUser>[1] = { role }) => {
    const u = await makeUser(gw.db, { ...extra, role });
    return { ...u, ...(await login(gw, u.user.username)) };
  };
  const admin = await sign('INSTITUTION_ADMIN', { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id });
  const lead = await sign('TASK_LEAD', { role: 'TASK_LEAD', tenantId: inst.institution.id });
  const deptUser = await sign('DEPARTMENT_CONTRIBUTOR', { role: 'DEPARTMENT_CONTRIBUTOR', tenantId: inst.institution.id, departmentId: dept });
  const officer = await sign('AGENCY_OFFICER', { role: 'AGENCY_OFFICER', agencyId: agency.id });
  const otherOfficer = await sign('AGENCY_OFFICER', { role: 'AGENCY_OFFICER', agencyId: otherAgency.id });
  const ok = async (token: string, q: string, v: Record<string, unknown> = {}) => {
    const r = await gw.gql<any>(q, v, { token });
    expect(r.errors, r.raw).toBeUndefined();
    return r.data;
  };
  const book = (await ok(admin.token, 'mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id })).createTaskBook.id;
  const task = (await ok(admin.token, 'mutation($b:ID!,$u:ID!,$d:ID!){ addTask(input:{taskBookId:$b, title:"打造技术技能人才培养高地", leaderUserId:$u, leadDepartmentId:$d}){ id } }', { b: book, u: lead.user.id, d: dept })).addTask.id;
  const indicator = (await ok(admin.token, `mutation($t:ID!){ addIndicator(input:{taskId:$t, code:"2-1", name:"国家级教师教学创新团队", unit:"个", category:OUTPUT_QUANTITY, aggregation:SUM, finalTarget:6, yearlyTargets:[{year:2025, value:4}]}){ id } }`, { t: task })).addIndicator.id;
  const version = (await ok(admin.token, 'mutation($b:ID!){ submitTaskBook(taskBookId:$b){ id } }', { b: book })).submitTaskBook.id;
  await ok(officer.token, 'mutation($v:ID!){ decideTaskBookVersion(input:{versionId:$v, approve:true}){ status } }', { v: version });
  await runTick(gw, '2025-09-20', programme.id);
  const reports = (await ok(admin.token, '{ periodReports(first:100){ edges { node { id period state } } } }')).periodReports.edges.map((x: any) => x.node);
  const report = reports.find((r: any) => r.period === '2025-Q3');
  expect(report, JSON.stringify(reports)).toBeTruthy();
  return { gw, agency, programme, inst, e, book, task, indicator, admin, lead, deptUser, officer, otherOfficer, ok, reportId: report.id as string };
}

export type World = Awaited<ReturnType<typeof reportingWorld>>;

export const recordActual = (w: World, token: string, value: number) =>
  w.gw.gql<any>('mutation($i:ID!,$v:Float!){ recordActuals(input:{period:"2025-Q3", entries:[{indicatorId:$i, value:$v}]}){ id } }', { i: w.indicator, v: value }, { token });
export const decide = (w: World, token: string, itemId: string, decision: string, reason?: string) =>
  w.gw.gql<any>('mutation($i:ID!,$d:ReviewDecision!,$r:String){ decideReviewItem(input:{itemId:$i, decision:$d, reason:$r}){ position state } }', { i: itemId, d: decision, r: reason }, { token });
export const transition = (w: World, token: string, action: string, reason?: string, expectedVersion?: number) =>
  w.gw.gql<any>('mutation($id:ID!,$a:ReportAction!,$r:String,$v:Int){ transitionReport(input:{reportId:$id, action:$a, reason:$r, expectedVersion:$v}){ state version } }', { id: w.reportId, a: action, r: reason, v: expectedVersion }, { token });
export const readReport = async (w: World, token: string) => w.gw.gql<any>(REPORT, { id: w.reportId }, { token });

/** The task lead submits, the lead department and the 双高办 approve: the item is approved. */
export async function reviewThrough(w: World) {
  const item = (await readReport(w, w.admin.token)).data.periodReport.reviewItems[0];
  expect((await decide(w, w.lead.token, item.id, 'SUBMIT')).data.decideReviewItem).toEqual({ position: 'DEPARTMENT', state: 'IN_REVIEW' });
  expect((await decide(w, w.deptUser.token, item.id, 'APPROVE')).data.decideReviewItem).toEqual({ position: 'OFFICE', state: 'IN_REVIEW' });
  expect((await decide(w, w.admin.token, item.id, 'APPROVE')).data.decideReviewItem).toEqual({ position: 'DONE', state: 'APPROVED' });
  return item.id as string;
}

export async function submitToAgency(w: World) {
  await w.ok(w.admin.token, 'mutation($id:ID!,$s:ReportSectionsInput!){ saveReportSections(input:{reportId:$id, sections:$s}){ number } }', { id: w.reportId, s: SECTIONS });
  for (const action of ['SUBMIT_TO_OFFICE', 'OFFICE_APPROVE', 'SUBMIT_TO_AGENCY']) {
    const r = await transition(w, w.admin.token, action);
    expect(r.errors, `${action}: ${r.raw}`).toBeUndefined();
  }
}

