import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

const HISTORY = `query($id:ID!,$first:Int,$after:String){ taskHistory(taskId:$id, first:$first, after:$after){
  totalCount edges { node { action objectType objectId actorId before after } } pageInfo { hasNextPage endCursor } } }`;

/** A draft book with two tasks; the first gets a milestone (then deleted), an indicator with an actual, and a budget. */
async function world() {
  const { agency, programme } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db);
  const e = await enrol(gw.db, inst.institution.id, programme);
  const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id });
  const { token } = await login(gw, admin.user.username);
  const gql = async (q: string, v: Record<string, unknown>) => {
    const r = await gw.gql<any>(q, v, { token });
    expect(r.errors, r.raw).toBeUndefined();
    return r.data;
  };
  const book = (await gql('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id })).createTaskBook.id;
  const add = async (t: string) => (await gql('mutation($b:ID!,$t:String!){ addTask(input:{taskBookId:$b, title:$t}){ id } }', { b: book, t })).addTask.id as string;
  const task = await add('加强党的建设');
  const other = await add('打造技术技能人才培养高地');
  await gql('mutation($id:ID!){ updateTask(input:{id:$id, title:"全面加强党的建设"}){ id } }', { id: task });
  const milestone = (await gql('mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"党建标杆院系验收", dueDate:"2025-12-31"}){ id } }', { t: task })).addMilestone.id;
  await gql('mutation($m:ID!){ deleteMilestone(id:$m) }', { m: milestone });
  const indicator = (await gql('mutation($t:ID!){ addIndicator(input:{taskId:$t, code:"1-1", name:"全国党建工作样板支部", category:OUTPUT_QUANTITY, finalTarget:2}){ id } }', { t: task })).addIndicator.id;
  const actual = (await gql('mutation($i:ID!){ recordActuals(input:{period:"2025-Q1", entries:[{indicatorId:$i, value:1}]}){ id } }', { i: indicator })).recordActuals[0].id;
  await gql('mutation($t:ID!){ setTaskBudget(input:{taskId:$t, lines:[{source:CENTRAL, year:2025, amount:120}]}){ amount } }', { t: task });
  await gql('mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"人才培养方案修订", dueDate:"2025-09-30"}){ id } }', { t: other });
  return { agency, inst, token, admin, task, other, milestone, indicator, actual };
}

describe('task history (变更记录)', () => {
  it('lists the changes of a task and of what hangs off it, deleted rows included, newest first, and nothing of other tasks', async () => {
    const w = await world();
    const r = await gw.gql<any>(HISTORY, { id: w.task, first: 100 }, { token: w.token });
    expect(r.errors, r.raw).toBeUndefined();
    const nodes = r.data.taskHistory.edges.map((e: any) => e.node);
    const seen = nodes.map((n: any) => `${n.objectType}:${n.action.split(':')[1]}`);
    expect(seen).toEqual(expect.arrayContaining([
      'ConstructionTask:create', 'ConstructionTask:update', 'Milestone:create', 'Milestone:delete',
      'PerformanceIndicator:create', 'IndicatorActual:create', 'FundBudget:create',
    ]));
    // Newest first: the budget line was written last, the task's creation first.
    expect(seen[0]).toBe('FundBudget:create');
    expect(seen.at(-1)).toBe('ConstructionTask:create');
    expect(nodes.every((n: any) => n.actorId === w.admin.user.id)).toBe(true);
    const deleted = nodes.find((n: any) => n.objectType === 'Milestone' && n.action.endsWith(':delete'));
    expect(deleted.objectId).toBe(w.milestone);
    expect(deleted.after).toBeNull();
    expect(deleted.before.title).toBe('党建标杆院系验收');
    // The other task's milestone and the other task itself are not part of this history.
    expect(nodes.some((n: any) => n.objectId === w.other || n.after?.taskId === w.other)).toBe(false);
    expect(r.data.taskHistory.totalCount).toBe(nodes.length);
  });

  it('pages with a cursor without repeating or skipping entries', async () => {
    const w = await world();
    const all = (await gw.gql<any>(HISTORY, { id: w.task, first: 100 }, { token: w.token })).data.taskHistory.edges.map((e: any) => e.node.objectId + e.node.action);
    const first = (await gw.gql<any>(HISTORY, { id: w.task, first: 3 }, { token: w.token })).data.taskHistory;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await gw.gql<any>(HISTORY, { id: w.task, first: 100, after: first.pageInfo.endCursor }, { token: w.token })).data.taskHistory;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.objectId + e.node.action)).toEqual(all);
  });

  it('is readable by the institution’s task lead, refused to the agency and to another institution', async () => {
    const w = await world();
    const lead = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: w.inst.institution.id });
    const leadToken = (await login(gw, lead.user.username)).token;
    const ok = await gw.gql<any>(HISTORY, { id: w.task, first: 5 }, { token: leadToken });
    expect(ok.data.taskHistory.totalCount).toBeGreaterThan(5);

    const officer = await makeUser(gw.db, { role: 'AGENCY_OFFICER', agencyId: w.agency.id });
    expect(codeOf(await gw.gql(HISTORY, { id: w.task }, { token: (await login(gw, officer.user.username)).token }))).toBe('FORBIDDEN');

    const elsewhere = await makeInstitution(gw.db);
    const otherAdmin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: elsewhere.institution.id });
    expect(codeOf(await gw.gql(HISTORY, { id: w.task }, { token: (await login(gw, otherAdmin.user.username)).token }))).toBe('NOT_FOUND');
  });
});
