import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL } from '../../../tools/testing/test-env.js';
import { ReviewItem } from '@dsg/server-reporting';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { asPlatform } from './support/fixtures.js';
import {
  SECTIONS, decide, readReport, recordActual, reportingWorld, reviewThrough, runTick, submitToAgency, transition, type World,
} from './support/reporting-world.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

describe('reporting periods and reports', () => {
  it('the tick generates the calendar, opens the period and creates one report with one review item per top-level task; twice changes nothing', async () => {
    const w = await reportingWorld(gw);
    const periods = (await w.ok(w.admin.token, 'query($p:ID!){ reportingPeriods(programmeId:$p){ code status dueOn } }', { p: w.programme.id })).reportingPeriods;
    expect(periods).toHaveLength(20); // 2025–2029, quarterly
    expect(periods.find((p: any) => p.code === '2025-Q3')).toEqual({ code: '2025-Q3', status: 'OPEN', dueOn: '2025-10-15' });
    expect(periods.find((p: any) => p.code === '2025-Q2').status).toBe('CLOSED');
    expect(periods.find((p: any) => p.code === '2025-Q4').status).toBe('SCHEDULED');
    const again = await runTick(gw, '2025-09-20', w.programme.id);
    expect(again).toMatchObject({ periodsCreated: 0, opened: 0, closed: 0, reminders: 0 });
    const r = (await readReport(w, w.admin.token)).data.periodReport;
    expect(r).toMatchObject({ state: 'DRAFT', period: '2025-Q3', institutionName: '重庆工业职业技术学院（测试）' });
    expect(r.reviewItems).toEqual([expect.objectContaining({ taskCode: '1', position: 'RESPONSIBLE', state: 'DRAFT' })]);
    expect(r.availableActions).toEqual(['SUBMIT_TO_OFFICE']);
  });
});

describe('layered review and the report state machine', () => {
  it('walks the whole cycle with the right roles; the agency sees approved data only; concurrent decisions cannot both win; acceptance freezes the period', async () => {
    const w = await reportingWorld(gw);
    expect(codeOf(await recordActual(w, w.lead.token, 2))).toBe('OK');

    // Nothing reaches the agency before submission: the overview shows the institution as not submitted.
    expect(codeOf(await readReport(w, w.officer.token))).toBe('NOT_FOUND');
    const periodId = (await w.ok(w.officer.token, 'query($p:ID!){ reportingPeriods(programmeId:$p){ id code } }', { p: w.programme.id })).reportingPeriods.find((p: any) => p.code === '2025-Q3').id;
    const overview = async (token: string) => (await w.ok(token, 'query($p:ID!){ periodOverview(periodId:$p){ institutionName reportId state late } }', { p: periodId })).periodOverview;
    expect(await overview(w.officer.token)).toEqual([{ institutionName: '重庆工业职业技术学院（测试）', reportId: null, state: null, late: true }]);
    expect(await overview(w.admin.token)).toEqual([{ institutionName: '重庆工业职业技术学院（测试）', reportId: w.reportId, state: 'DRAFT', late: true }]);
    expect(await overview(w.otherOfficer.token)).toEqual([]);
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
    expect((await overview(w.officer.token))[0]).toMatchObject({ reportId: w.reportId, state: 'SUBMITTED_TO_AGENCY', late: true });
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
    const w = await reportingWorld(gw);
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
    const w = await reportingWorld(gw);
    const before = await runTick(gw, '2025-10-14', w.programme.id);
    expect(before.reminders).toBeGreaterThanOrEqual(1);
    await runTick(gw, '2025-10-14', w.programme.id);
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

  it('a step nobody can take is passed over visibly: no contributor in the lead department', async () => {
    const w = await reportingWorld(gw);
    const item = (await readReport(w, w.admin.token)).data.periodReport.reviewItems[0];
    await asPlatform(gw.db, (em) => em.nativeUpdate(ReviewItem, { id: item.id }, { leadDepartmentId: null }));
    expect((await decide(w, w.lead.token, item.id, 'SUBMIT')).data.decideReviewItem).toEqual({ position: 'OFFICE', state: 'IN_REVIEW' });
    const timeline = (await readReport(w, w.admin.token)).data.periodReport.timeline.filter((t: any) => t.objectType === 'ReviewItem');
    expect(timeline.map((t: any) => [t.action, t.fromState, t.toState])).toEqual([['SUBMIT', 'RESPONSIBLE', 'DEPARTMENT'], ['SKIP', 'DEPARTMENT', 'OFFICE']]);
  });

  it('the next reviewer is notified at each step', async () => {
    const w = await reportingWorld(gw);
    const item = (await readReport(w, w.admin.token)).data.periodReport.reviewItems[0];
    expect(codeOf(await decide(w, w.lead.token, item.id, 'SUBMIT'))).toBe('OK');
    const dept = await w.ok(w.deptUser.token, '{ notifications(first:10){ edges { node { kind link } } } }');
    expect(dept.notifications.edges.map((e: any) => e.node)).toEqual([{ kind: 'REVIEW_PENDING', link: `/reports/${w.reportId}` }]);
    const queue = await w.ok(w.deptUser.token, '{ reviewQueue { id taskCode position canAct period } }');
    expect(queue.reviewQueue).toEqual([{ id: item.id, taskCode: '1', position: 'DEPARTMENT', canAct: true, period: '2025-Q3' }]);
    expect((await w.ok(w.lead.token, '{ reviewQueue { id } }')).reviewQueue).toEqual([]);
  });
});
