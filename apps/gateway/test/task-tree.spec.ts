import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@dsg/server-core';
import { IndicatorActual, PerformanceIndicator, TaskBook } from '@dsg/server-task-book';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { asPlatform, enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

async function world() {
  const { programme } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db);
  const e = await enrol(gw.db, inst.institution.id, programme);
  const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id });
  const lead = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: inst.institution.id });
  const s = await login(gw, admin.user.username);
  const book = (await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id }, { token: s.token })).data.createTaskBook.id as string;
  return { inst, admin, lead, token: s.token, book };
}

const ADD = 'mutation($b:ID!,$p:ID,$i:Int,$t:String!,$l:ID){ addTask(input:{taskBookId:$b, parentId:$p, index:$i, title:$t, leaderUserId:$l}){ id code level } }';
const MOVE = 'mutation($id:ID!,$p:ID,$i:Int){ moveTask(input:{id:$id, parentId:$p, index:$i}){ code } }';
const TREE = 'query($id:ID!){ taskBook(id:$id){ tasks { code title level } } }';

describe('construction-task tree', () => {
  it('keeps codes consistent on insert, move and delete, and refuses cycles and a fourth level', async () => {
    const w = await world();
    const add = async (title: string, parent: string | null = null, index?: number) =>
      (await gw.gql<any>(ADD, { b: w.book, p: parent, i: index, t: title }, { token: w.token })).data.addTask as { id: string; code: string };
    const party = await add('党建引领');
    const talent = await add('人才培养高地');
    const intl = await add('国际化');
    const first = await add('打造技术技能创新服务平台', null, 0);
    expect(first.code).toBe('1');
    const sub = await add('三全育人', party.id);
    const measure = await add('课程思政示范', sub.id);
    const titles = async () => (await gw.gql<any>(TREE, { id: w.book }, { token: w.token })).data.taskBook.tasks.map((t: any) => `${t.code} ${t.title}`);
    expect(await titles()).toEqual(['1 打造技术技能创新服务平台', '2 党建引领', '2.1 三全育人', '2.1.1 课程思政示范', '3 人才培养高地', '4 国际化']);

    // Move 国际化 under 人才培养高地, then 党建引领's subtree to the front.
    expect((await gw.gql<any>(MOVE, { id: intl.id, p: talent.id, i: 0 }, { token: w.token })).data.moveTask.code).toBe('3.1');
    await gw.gql(MOVE, { id: party.id, p: null, i: 0 }, { token: w.token });
    expect(await titles()).toEqual(['1 党建引领', '1.1 三全育人', '1.1.1 课程思政示范', '2 打造技术技能创新服务平台', '3 人才培养高地', '3.1 国际化']);

    const cycle = await gw.gql(MOVE, { id: party.id, p: measure.id, i: 0 }, { token: w.token, locale: 'en' });
    expect(codeOf(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors![0]!.extensions.fields![0]).toMatchObject({ field: 'parentId', message: 'A task cannot move under itself or one of its subtasks' });
    const fourth = await gw.gql(ADD, { b: w.book, p: measure.id, t: '第四级' }, { token: w.token });
    expect(codeOf(fourth)).toBe('BAD_USER_INPUT');
    const deep = await gw.gql(MOVE, { id: sub.id, p: intl.id, i: 0 }, { token: w.token });
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');

    expect((await gw.gql<any>('mutation($id:ID!){ deleteTask(id:$id) }', { id: first.id }, { token: w.token })).data.deleteTask).toBe(true);
    expect(await titles()).toEqual(['1 党建引领', '1.1 三全育人', '1.1.1 课程思政示范', '2 人才培养高地', '2.1 国际化']);
  });

  it('a task lead edits own tasks and their subtasks only', async () => {
    const w = await world();
    const mine = (await gw.gql<any>(ADD, { b: w.book, t: '双师队伍', l: w.lead.user.id }, { token: w.token })).data.addTask;
    const other = (await gw.gql<any>(ADD, { b: w.book, t: '校企合作' }, { token: w.token })).data.addTask;
    const lead = await login(gw, w.lead.user.username);
    const sub = await gw.gql<any>(ADD, { b: w.book, p: mine.id, t: '教师发展中心' }, { token: lead.token });
    expect(sub.data.addTask.code).toBe('1.1');
    expect(codeOf(await gw.gql('mutation($id:ID!){ updateTask(input:{id:$id, title:"x"}){ id } }', { id: sub.data.addTask.id }, { token: lead.token }))).toBe('OK');
    expect(codeOf(await gw.gql(ADD, { b: w.book, t: '新一级任务' }, { token: lead.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gw.gql('mutation($id:ID!){ updateTask(input:{id:$id, title:"x"}){ id } }', { id: other.id }, { token: lead.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gw.gql('mutation($id:ID!){ deleteTask(id:$id) }', { id: sub.data.addTask.id }, { token: lead.token }))).toBe('FORBIDDEN');
  });

  it('leaders must belong to the institution and departments to it', async () => {
    const w = await world();
    const stranger = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: (await makeInstitution(gw.db)).institution.id });
    const r = await gw.gql(ADD, { b: w.book, t: '服务发展', l: stranger.user.id }, { token: w.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const otherDept = (await makeInstitution(gw.db)).department.id;
    const d = await gw.gql('mutation($b:ID!,$d:ID){ addTask(input:{taskBookId:$b, title:"学校治理", leadDepartmentId:$d}){ id } }', { b: w.book, d: otherDept }, { token: w.token });
    expect(codeOf(d)).toBe('BAD_USER_INPUT');
    expect((await gw.gql<any>(TREE, { id: w.book }, { token: w.token })).data.taskBook.tasks).toEqual([]);
  });

  it('once approved, plan edits are refused (change request needed) but progress can be reported; reported tasks cannot be deleted', async () => {
    const w = await world();
    const t = (await gw.gql<any>(ADD, { b: w.book, t: '信息化' }, { token: w.token })).data.addTask;
    await asPlatform(gw.db, async (em) => {
      const ind = em.create(PerformanceIndicator, { id: newId(), tenantId: w.inst.institution.id, taskBookId: w.book, taskId: t.id, code: '1-01', name: '智慧校园覆盖率', category: 'OUTPUT_QUALITY' } as PerformanceIndicator);
      await em.flush();
      em.create(IndicatorActual, { id: newId(), tenantId: w.inst.institution.id, indicatorId: ind.id, period: '2025-Q1', value: 40, enteredBy: w.admin.user.id } as IndicatorActual);
      await em.flush();
    });
    expect(codeOf(await gw.gql('mutation($id:ID!){ deleteTask(id:$id) }', { id: t.id }, { token: w.token }))).toBe('CONFLICT');
    await asPlatform(gw.db, async (em) => {
      const b = await em.findOneOrFail(TaskBook, { id: w.book }, { filters: false });
      b.currentVersionId = newId();
      await em.flush();
    });
    const locked = await gw.gql(ADD, { b: w.book, t: '新任务' }, { token: w.token, locale: 'en' });
    expect(codeOf(locked)).toBe('CONFLICT');
    expect(locked.errors![0]!.message).toMatch(/change request/);
    const progress = await gw.gql<any>('mutation($id:ID!){ reportTaskProgress(input:{id:$id, status:LAGGING, progress:35}){ status progress } }', { id: t.id }, { token: w.token });
    expect(progress.data.reportTaskProgress).toEqual({ status: 'LAGGING', progress: 35 });
  });
});

describe('milestones', () => {
  it('are planned with the task, read OVERDUE past their due date, and completed with a note', async () => {
    const w = await world();
    const t = (await gw.gql<any>(ADD, { b: w.book, t: '双师队伍' }, { token: w.token })).data.addTask;
    const past = (await gw.gql<any>('mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"双师型教师占比达60%", dueDate:"2020-12-31"}){ id status } }', { t: t.id }, { token: w.token })).data.addMilestone;
    expect(past.status).toBe('OVERDUE');
    const future = (await gw.gql<any>('mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"国家级教学创新团队", dueDate:"2099-06-30"}){ status } }', { t: t.id }, { token: w.token })).data.addMilestone;
    expect(future.status).toBe('PENDING');
    const done = await gw.gql<any>('mutation($m:ID!){ completeMilestone(input:{id:$m, completedAt:"2021-03-01", note:"已认定"}){ status completedAt completionNote } }', { m: past.id }, { token: w.token });
    expect(done.data.completeMilestone).toEqual({ status: 'DONE', completedAt: '2021-03-01', completionNote: '已认定' });
    const bad = await gw.gql('mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"x", dueDate:"2021-02-30"}){ id } }', { t: t.id }, { token: w.token });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const listed = await gw.gql<any>(TREE.replace('tasks { code title level }', 'tasks { milestones { title status } }'), { id: w.book }, { token: w.token });
    expect(listed.data.taskBook.tasks[0].milestones.map((m: any) => m.status)).toEqual(['DONE', 'PENDING']);
  });
});
