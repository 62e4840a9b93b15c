import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestContext } from '@dsg/server-core';
import { ReportingTick } from '@dsg/server-reporting';
import { APP_URL } from '../../../tools/testing/test-env.js';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

const SECTIONS = {
  progress: '<p>学校围绕“双高计划”任务书，<strong>按季度</strong>推进各项建设任务。</p>',
  results: '<ul><li>获批国家级职业教育教师教学创新团队 1 个</li></ul>',
  problems: '<p>部分指标进度滞后。</p>',
  nextSteps: '<p>加快推进产教融合实训基地建设。</p>',
};

const REPORT = `query($id:ID!){ periodReport(id:$id){ id state version period institutionName availableActions acceptedRevision currentRevision
  revision { number kind state sections { progress results problems nextSteps } figures diff }
  reviewItems { id taskCode position state version canAct }
  timeline { action fromState toState reason actorName objectType } } }`;

function runTick(today: string, programmeId: string) {
  const tick = gw.app.get(ReportingTick);
  return RequestContext.run(new RequestContext(`tick-${randomUUID()}`, 'zh-CN', null), () => tick.run(today, programmeId));
}

/**
 * One institution enrolled in a quarterly programme with an approved task book: a task led by a
 * task lead, owned by a department, with one indicator (2025 target 4). Period 2025-Q3 opens.
 */
async function world() {
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
  await runTick('2025-09-20', programme.id);
  const reports = (await ok(admin.token, '{ periodReports(first:100){ edges { node { id period state } } } }')).periodReports.edges.map((x: any) => x.node);
  const report = reports.find((r: any) => r.period === '2025-Q3');
  expect(report, JSON.stringify(reports)).toBeTruthy();
  return { agency, programme, inst, e, book, task, indicator, admin, lead, deptUser, officer, otherOfficer, ok, reportId: report.id as string };
}

type World = Awaited<ReturnType<typeof world>>;

const recordActual = (w: World, token: string, value: number) =>
  gw.gql<any>('mutation($i:ID!,$v:Float!){ recordActuals(input:{period:"2025-Q3", entries:[{indicatorId:$i, value:$v}]}){ id } }', { i: w.indicator, v: value }, { token });
const decide = (w: World, token: string, itemId: string, decision: string, reason?: string) =>
  gw.gql<any>('mutation($i:ID!,$d:ReviewDecision!,$r:String){ decideReviewItem(input:{itemId:$i, decision:$d, reason:$r}){ position state } }', { i: itemId, d: decision, r: reason }, { token });
const transition = (w: World, token: string, action: string, reason?: string, expectedVersion?: number) =>
  gw.gql<any>('mutation($id:ID!,$a:ReportAction!,$r:String,$v:Int){ transitionReport(input:{reportId:$id, action:$a, reason:$r, expectedVersion:$v}){ state version } }', { id: w.reportId, a: action, r: reason, v: expectedVersion }, { token });
const readReport = async (w: World, token: string) => gw.gql<any>(REPORT, { id: w.reportId }, { token });

/** The task lead submits, the lead department and the 双高办 approve: the item is approved. */
async function reviewThrough(w: World) {
  const item = (await readReport(w, w.admin.token)).data.periodReport.reviewItems[0];
  expect((await decide(w, w.lead.token, item.id, 'SUBMIT')).data.decideReviewItem).toEqual({ position: 'DEPARTMENT', state: 'IN_REVIEW' });
  expect((await decide(w, w.deptUser.token, item.id, 'APPROVE')).data.decideReviewItem).toEqual({ position: 'OFFICE', state: 'IN_REVIEW' });
  expect((await decide(w, w.admin.token, item.id, 'APPROVE')).data.decideReviewItem).toEqual({ position: 'DONE', state: 'APPROVED' });
  return item.id as string;
}

async function submitToAgency(w: World) {
  await w.ok(w.admin.token, 'mutation($id:ID!,$s:ReportSectionsInput!){ saveReportSections(input:{reportId:$id, sections:$s}){ number } }', { id: w.reportId, s: SECTIONS });
  for (const action of ['SUBMIT_TO_OFFICE', 'OFFICE_APPROVE', 'SUBMIT_TO_AGENCY']) {
    const r = await transition(w, w.admin.token, action);
    expect(r.errors, `${action}: ${r.raw}`).toBeUndefined();
  }
}

describe('reporting periods and reports', () => {
  it('the tick generates the calendar, opens the period and creates one report with one review item per top-level task; twice changes nothing', async () => {
    const w = await world();
    const periods = (await w.ok(w.admin.token, 'query($p:ID!){ reportingPeriods(programmeId:$p){ code status dueOn } }', { p: w.programme.id })).reportingPeriods;
    expect(periods).toHaveLength(20); // 2025–2029, quarterly
    expect(periods.find((p: any) => p.code === '2025-Q3')).toEqual({ code: '2025-Q3', status: 'OPEN', dueOn: '2025-10-15' });
    expect(periods.find((p: any) => p.code === '2025-Q2').status).toBe('CLOSED');
    expect(periods.find((p: any) => p.code === '2025-Q4').status).toBe('SCHEDULED');
    const again = await runTick('2025-09-20', w.programme.id);
    expect(again).toMatchObject({ periodsCreated: 0, opened: 0, closed: 0, reminders: 0 });
    const r = (await readReport(w, w.admin.token)).data.periodReport;
    expect(r).toMatchObject({ state: 'DRAFT', period: '2025-Q3', institutionName: '重庆工业职业技术学院（测试）' });
    expect(r.reviewItems).toEqual([expect.objectContaining({ taskCode: '1', position: 'RESPONSIBLE', state: 'DRAFT' })]);
    expect(r.availableActions).toEqual(['SUBMIT_TO_OFFICE']);
  });
});

describe('layered review and the report state machine', () => {
  it('walks the whole cycle with the right roles; the agency sees approved data only; concurrent decisions cannot both win; acceptance freezes the period', async () => {
    const w = await world();
    expect(codeOf(await recordActual(w, w.lead.token, 2))).toBe('OK');

    // Nothing reaches the agency before submission.
    expect(codeOf(await readReport(w, w.officer.token))).toBe('NOT_FOUND');
    expect((await w.ok(w.officer.token, '{ periodReports(first:100){ totalCount } }')).periodReports.totalCount).toBe(0);

    // Out-of-turn and wrong-role review decisions are refused.
    const itemId = (await readReport(w, w.admin.token)).data.periodReport.reviewItems[0].id;
    expect(codeOf(await decide(w, w.deptUser.token, itemId, 'APPROVE'))).toBe('FORBIDDEN'); // not at the department yet
    expect(codeOf(await decide(w, w.lead.token, itemId, 'APPROVE'))).toBe('CONFLICT'); // the lead's turn, but to submit
    expect(codeOf(await decide(w, w.lead.token, itemId, 'SUBMIT'))).toBe('OK');
    expect(codeOf(await decide(w, w.lead.token, itemId, 'SUBMIT'))).toBe('FORBIDDEN'); // now with the department
    expect(codeOf(await decide(w, w.deptUser.token, itemId, 'RETURN'))).toBe('BAD_USER_INPUT'); // reason required
    expect((await decide(w, w.deptUser.token, itemId, 'RETURN', '佐证材料不全')).data.decideReviewItem.position).toBe('RESPONSIBLE');
    await reviewThrough(w);

    // A value typed after the 双高办 approved the task is not in what the agency gets.
    expect(codeOf(await recordActual(w, w.lead.token, 3))).toBe('OK');

    // The 双高办 cannot skip its own approval, the task lead cannot submit, reasons are required.
    expect(codeOf(await transition(w, w.admin.token, 'SUBMIT_TO_AGENCY'))).toBe('CONFLICT');
    expect(codeOf(await transition(w, w.admin.token, 'SUBMIT_TO_OFFICE'))).toBe('BAD_USER_INPUT'); // empty sections
    expect(codeOf(await transition(w, w.lead.token, 'SUBMIT_TO_OFFICE'))).toBe('FORBIDDEN');
    await submitToAgency(w);
    expect(codeOf(await transition(w, w.admin.token, 'AGENCY_ACCEPT'))).toBe('FORBIDDEN');
    expect(codeOf(await readReport(w, w.otherOfficer.token))).toBe('NOT_FOUND');

    const seen = (await readReport(w, w.officer.token)).data.periodReport;
    expect(seen.state).toBe('SUBMITTED_TO_AGENCY');
    expect(seen.availableActions).toEqual(['AGENCY_RETURN', 'AGENCY_ACCEPT']);
    expect(seen.reviewItems).toEqual([]);
    const row = seen.revision.figures.indicators.rows[0];
    expect(row).toMatchObject({ code: '2-1', target: 4, actual: 2, attainment: 0.5 }); // the approved 2, not the later 3
    // The agency's timeline shows its own layer only.
    expect(seen.timeline.map((t: any) => t.action)).toEqual(['SUBMIT_TO_AGENCY']);

    // Return needs a reason; the officer returns, the 双高办 revises and resubmits.
    expect(codeOf(await transition(w, w.officer.token, 'AGENCY_RETURN'))).toBe('BAD_USER_INPUT');
    expect((await transition(w, w.officer.token, 'AGENCY_RETURN', '请补充资金执行情况说明')).data.transitionReport.state).toBe('RETURNED_BY_AGENCY');
    expect(codeOf(await transition(w, w.officer.token, 'AGENCY_ACCEPT'))).toBe('FORBIDDEN'); // returned: not the agency's to decide until resubmitted
    await submitToAgency(w);

    // Concurrent return and accept: exactly one wins, the other gets CONFLICT.
    const version = (await readReport(w, w.officer.token)).data.periodReport.version;
    const [a, b] = await Promise.all([
      transition(w, w.officer.token, 'AGENCY_RETURN', '并发退回', version),
      transition(w, w.officer.token, 'AGENCY_ACCEPT', undefined, version),
    ]);
    expect([codeOf(a), codeOf(b)].sort()).toEqual(['CONFLICT', 'OK']);
    if (codeOf(b) !== 'OK') {
      await submitToAgency(w);
      expect(codeOf(await transition(w, w.officer.token, 'AGENCY_ACCEPT'))).toBe('OK');
    }
    const accepted = (await readReport(w, w.admin.token)).data.periodReport;
    expect(accepted).toMatchObject({ state: 'ACCEPTED', acceptedRevision: 1 });
    expect(accepted.timeline.filter((t: any) => t.objectType === 'PeriodReport').map((t: any) => t.action)).toEqual(expect.arrayContaining(['SUBMIT_TO_OFFICE', 'OFFICE_APPROVE', 'SUBMIT_TO_AGENCY', 'AGENCY_RETURN', 'AGENCY_ACCEPT']));
    expect(accepted.timeline.find((t: any) => t.action === 'AGENCY_RETURN')).toMatchObject({ reason: '请补充资金执行情况说明', fromState: 'SUBMITTED_TO_AGENCY', toState: 'RETURNED_BY_AGENCY' });

    // Frozen: the API refuses actuals of the period and the report; the database refuses what code forgets.
    const frozen = await recordActual(w, w.lead.token, 9);
    expect(codeOf(frozen)).toBe('PERIOD_FROZEN');
    expect(frozen.errors![0]!.message).toContain('2025-Q3');
    expect(codeOf(await gw.gql('mutation($id:ID!){ saveReportSections(input:{reportId:$id, sections:{progress:"<p>x</p>"}}){ number } }', { id: w.reportId }, { token: w.admin.token }))).toBe('CONFLICT');
    await expectDatabaseRefuses(w);
  });
});

/** As the app role in the institution's session: targets of 2025 and actuals up to 2025-Q3 are frozen, later ones are not. */
async function expectDatabaseRefuses(w: World) {
  const client = new pg.Client({ connectionString: APP_URL });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [w.inst.institution.id, w.admin.user.id]);
    const attempt = async (sql: string, params: unknown[]) => {
      await client.query('savepoint s');
      try {
        await client.query(sql, params);
        await client.query('release savepoint s');
        return 'OK';
      } catch (e) {
        await client.query('rollback to savepoint s');
        return `${(e as { code?: string }).code}:${(e as Error).message}`;
      }
    };
    expect(await attempt('update indicator_target set value = 5 where indicator_id = $1 and year = 2025', [w.indicator])).toBe('DSG01:PERIOD_FROZEN:2025-Q3');
    expect(await attempt(`update indicator_actual set value = 8 where indicator_id = $1 and period = '2025-Q3'`, [w.indicator])).toBe('DSG01:PERIOD_FROZEN:2025-Q3');
    expect(await attempt(`delete from indicator_actual where indicator_id = $1`, [w.indicator])).toBe('DSG01:PERIOD_FROZEN:2025-Q3');
    expect(await attempt(`insert into indicator_actual (id, tenant_id, indicator_id, period, value, entered_by, entered_at) values (gen_random_uuid(), $1, $2, '2025-Q4', 1, $3, now())`, [w.inst.institution.id, w.indicator, w.admin.user.id])).toBe('OK');
  } finally {
    await client.query('rollback');
    await client.end();
  }
}

describe('corrections (更正)', () => {
  it('a correction is a new revision with proposed values, reviewed again, with a diff; acceptance applies it past the freeze', async () => {
    const w = await world();
    await recordActual(w, w.lead.token, 2);
    await reviewThrough(w);
    await submitToAgency(w);
    await transition(w, w.officer.token, 'AGENCY_ACCEPT');

    const bad = await gw.gql<any>('mutation($id:ID!,$i:ID!){ startReportCorrection(input:{reportId:$id, corrections:[{indicatorId:$i, period:"2026-Q1", value:1}]}){ number } }', { id: w.reportId, i: w.indicator }, { token: w.admin.token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT'); // a period after the report's
    const started = await w.ok(w.admin.token, 'mutation($id:ID!,$i:ID!){ startReportCorrection(input:{reportId:$id, corrections:[{indicatorId:$i, period:"2025-Q3", value:3}]}){ number kind state } }', { id: w.reportId, i: w.indicator });
    expect(started.startReportCorrection).toEqual({ number: 2, kind: 'CORRECTION', state: 'DRAFT' });
    // The agency still sees the accepted revision 1 while the correction is drafted.
    expect((await readReport(w, w.officer.token)).data.periodReport.revision.number).toBe(1);

    await w.ok(w.admin.token, 'mutation($id:ID!){ saveReportSections(input:{reportId:$id, sections:{problems:"<p>更正：团队数量统计有误。</p>"}}){ number } }', { id: w.reportId });
    for (const action of ['SUBMIT_TO_OFFICE', 'OFFICE_APPROVE', 'SUBMIT_TO_AGENCY']) expect(codeOf(await transition(w, w.admin.token, action))).toBe('OK');

    const seen = (await readReport(w, w.officer.token)).data.periodReport;
    expect(seen.revision).toMatchObject({ number: 2, kind: 'CORRECTION' });
    expect(seen.revision.diff.sections).toEqual([{ key: 'problems', before: SECTIONS.problems, after: '<p>更正：团队数量统计有误。</p>' }]);
    expect(seen.revision.diff.actuals).toEqual([{ indicatorId: w.indicator, code: '2-1', name: '国家级教师教学创新团队', period: '2025-Q3', before: 2, after: 3 }]);
    expect(seen.revision.diff.figures).toEqual(expect.arrayContaining([
      { path: 'indicators.2-1.actual', before: 2, after: 3 },
      { path: 'indicators.2-1.attainment', before: 0.5, after: 0.75 },
    ]));

    expect(codeOf(await transition(w, w.officer.token, 'AGENCY_ACCEPT'))).toBe('OK');
    const live = await w.ok(w.admin.token, 'query($b:ID!){ taskBook(id:$b){ tasks { indicators { actuals { period value } } } } }', { b: w.book });
    expect(live.taskBook.tasks[0].indicators[0].actuals).toEqual([{ period: '2025-Q3', value: 3 }]);
    // Still frozen for everyone else.
    expect(codeOf(await recordActual(w, w.lead.token, 4))).toBe('PERIOD_FROZEN');
  });
});

describe('reminders', () => {
  it('a period due tomorrow reminds each responsible person once, even when the job runs twice', async () => {
    const w = await world();
    const before = await runTick('2025-10-14', w.programme.id);
    expect(before.reminders).toBeGreaterThanOrEqual(1);
    await runTick('2025-10-14', w.programme.id);
    const mine = async (token: string) => (await w.ok(token, '{ notifications(first:50){ totalCount edges { node { kind title } } } }')).notifications;
    const lead = await mine(w.lead.token);
    expect(lead.edges.filter((e: any) => e.node.kind === 'REMINDER_DUE_SOON')).toHaveLength(1);
    expect(lead.edges[0].node.title).toContain('2025-Q3');
    expect((await mine(w.deptUser.token)).edges.filter((e: any) => e.node.kind === 'REMINDER_DUE_SOON')).toHaveLength(0);
    // Marking read changes the unread count.
    expect((await w.ok(w.lead.token, '{ unreadNotificationCount }')).unreadNotificationCount).toBe(1);
    expect((await w.ok(w.lead.token, 'mutation{ markNotificationsRead(ids:[]) }')).markNotificationsRead).toBe(1);
    expect((await w.ok(w.lead.token, '{ unreadNotificationCount }')).unreadNotificationCount).toBe(0);
  });

  it('the next reviewer is notified at each step', async () => {
    const w = await world();
    const item = (await readReport(w, w.admin.token)).data.periodReport.reviewItems[0];
    expect(codeOf(await decide(w, w.lead.token, item.id, 'SUBMIT'))).toBe('OK');
    const dept = await w.ok(w.deptUser.token, '{ notifications(first:10){ edges { node { kind link } } } }');
    expect(dept.notifications.edges.map((e: any) => e.node)).toEqual([{ kind: 'REVIEW_PENDING', link: `/reports/${w.reportId}` }]);
    const queue = await w.ok(w.deptUser.token, '{ reviewQueue { id taskCode position canAct } }');
    expect(queue.reviewQueue).toEqual([{ id: item.id, taskCode: '1', position: 'DEPARTMENT', canAct: true }]);
    expect((await w.ok(w.lead.token, '{ reviewQueue { id } }')).reviewQueue).toEqual([]);
  });
});
