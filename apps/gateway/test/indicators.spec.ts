import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

const ADD_TASK = 'mutation($b:ID!,$p:ID,$t:String!,$l:ID,$d:ID){ addTask(input:{taskBookId:$b, parentId:$p, title:$t, projectLeaderUserId:$l, leadDepartmentId:$d}){ id code } }';
const ADD_IND = `mutation($t:ID!,$c:String!,$n:String!,$dir:IndicatorDirection,$agg:IndicatorAggregation,$final:Float,$yt:[YearTargetInput!]){
  addIndicator(input:{taskId:$t, code:$c, name:$n, category:OUTPUT_QUANTITY, direction:$dir, aggregation:$agg, finalTarget:$final, yearlyTargets:$yt}){ id code targets { year value } } }`;
const RECORD = 'mutation($p:String!,$e:[ActualEntryInput!]!){ recordActuals(input:{period:$p, entries:$e}){ id value } }';

async function world() {
  const { programme } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db, '重庆工程职业技术学院（测试）');
  const e = await enrol(gw.db, inst.institution.id, programme);
  const admin = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username);
  const leadUser = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: inst.institution.id });
  const contributor = await makeUser(gw.db, { role: 'DEPARTMENT_CONTRIBUTOR', tenantId: inst.institution.id, departmentId: inst.department.id });
  const book = (await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id }, { token: admin.token })).data.createTaskBook.id;
  const service = (await gw.gql<any>(ADD_TASK, { b: book, t: '服务发展' }, { token: admin.token })).data.addTask;
  const patents = (await gw.gql<any>(ADD_TASK, { b: book, p: service.id, t: '技术服务与专利转化', l: leadUser.user.id }, { token: admin.token })).data.addTask;
  const training = (await gw.gql<any>(ADD_TASK, { b: book, p: service.id, t: '社会培训', d: inst.department.id }, { token: admin.token })).data.addTask;
  return { inst, admin, leadUser, contributor, book, service, patents, training };
}

describe('indicators and actuals', () => {
  it('computes attainment per period and cumulatively, in both directions, with zero and missing targets', async () => {
    const w = await world();
    const add = async (v: Record<string, unknown>) => (await gw.gql<any>(ADD_IND, v, { token: w.admin.token })).data.addIndicator;
    // Stock: invention patents (latest value counts), target 2025: 40, final 100.
    const patents = await add({ t: w.patents.id, c: '6.1-01', n: '发明专利授权数', agg: 'LATEST', final: 100, yt: [{ year: 2025, value: 40 }, { year: 2026, value: 0 }] });
    // Flow: training person-times add up over quarters, target 2025: 30 000 (seed 003: 34 397 in a year).
    const training = await add({ t: w.training.id, c: '6.2-01', n: '社会培训人次', agg: 'SUM', final: 150000, yt: [{ year: 2025, value: 30000 }] });
    // Lower is better: cost per trainee, target 2025: 200 yuan.
    const cost = await add({ t: w.training.id, c: '6.2-02', n: '人均培训成本', dir: 'LOWER_BETTER', agg: 'LATEST', yt: [{ year: 2025, value: 200 }] });
    expect(patents.targets).toEqual([{ year: 2025, value: 40 }, { year: 2026, value: 0 }]);

    for (const [p, e] of [
      ['2025-Q1', [{ indicatorId: patents.id, value: 20 }, { indicatorId: training.id, value: 8000 }, { indicatorId: cost.id, value: 250 }]],
      ['2025-Q2', [{ indicatorId: patents.id, value: 50 }, { indicatorId: training.id, value: 10000 }, { indicatorId: cost.id, value: 160 }]],
    ] as const) {
      expect(codeOf(await gw.gql(RECORD, { p, e }, { token: w.admin.token }))).toBe('OK');
    }
    const q = `query($id:ID!){ taskBook(id:$id){ tasks { code indicators { code q1: attainment(period:"2025-Q1") q2: attainment(period:"2025-Q2") y: attainment(period:"2025") y26: attainment(period:"2026") total: attainment actuals { period value } } } } }`;
    const tree = await gw.gql<any>(q, { id: w.book }, { token: w.admin.token });
    const ind = Object.fromEntries(tree.data.taskBook.tasks.flatMap((t: any) => t.indicators).map((i: any) => [i.code, i]));
    // Patents: latest value vs the year's target; 2026 target 0 with nothing reported → no data.
    expect(ind['6.1-01']).toMatchObject({ q1: 0.5, q2: 1.25, y: 1.25, y26: null, total: 0.5 });
    // Training: the year sums the quarters (18 000 / 30 000); cumulative vs final 150 000.
    expect(ind['6.2-01']).toMatchObject({ y: 0.6, total: 0.12 });
    // Lower is better: 200/250 then 200/160.
    expect(ind['6.2-02'].q1).toBeCloseTo(0.8);
    expect(ind['6.2-02'].q2).toBeCloseTo(1.25);
    expect(ind['6.2-02'].total).toBeNull();

    // Rolled up the tree: each task's subtree mean of capped cumulative attainments with data.
    const rolled = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ attainment tasks { code attainment } } }', { id: w.book }, { token: w.admin.token });
    const byCode = Object.fromEntries(rolled.data.taskBook.tasks.map((t: any) => [t.code, t.attainment]));
    expect(byCode['1.1']).toBeCloseTo(0.5);
    expect(byCode['1.2']).toBeCloseTo(0.12);
    expect(byCode['1']).toBeCloseTo(0.31);
    expect(rolled.data.taskBook.attainment).toBeCloseTo(0.31);
  });

  it('“my indicators”: a task lead and a department contributor see and report exactly theirs; a batch with one foreign indicator writes nothing', async () => {
    const w = await world();
    const add = async (t: string, c: string) => (await gw.gql<any>(ADD_IND, { t, c, n: c, yt: [{ year: 2025, value: 10 }] }, { token: w.admin.token })).data.addIndicator;
    const p1 = await add(w.patents.id, 'P-1');
    const t1 = await add(w.training.id, 'T-1');
    const lead = await login(gw, w.leadUser.user.username);
    const contrib = await login(gw, w.contributor.user.username);
    expect((await gw.gql<any>('{ myIndicators { code } }', {}, { token: lead.token })).data.myIndicators.map((i: any) => i.code)).toEqual(['P-1']);
    expect((await gw.gql<any>('{ myIndicators { code } }', {}, { token: contrib.token })).data.myIndicators.map((i: any) => i.code)).toEqual(['T-1']);
    expect(codeOf(await gw.gql(RECORD, { p: '2025-Q3', e: [{ indicatorId: p1.id, value: 7 }] }, { token: lead.token }))).toBe('OK');
    const mixed = await gw.gql(RECORD, { p: '2025-Q3', e: [{ indicatorId: t1.id, value: 3 }, { indicatorId: p1.id, value: 9 }] }, { token: contrib.token });
    expect(codeOf(mixed)).toBe('FORBIDDEN');
    const after = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ tasks { indicators { code actuals { period value } } } } }', { id: w.book }, { token: w.admin.token });
    const actuals = Object.fromEntries(after.data.taskBook.tasks.flatMap((t: any) => t.indicators).map((i: any) => [i.code, i.actuals]));
    expect(actuals['P-1']).toEqual([{ period: '2025-Q3', value: 7 }]);
    expect(actuals['T-1']).toEqual([]);
  });

  it('refuses bad periods, periods outside the programme, negative values and missing values, writing nothing', async () => {
    const w = await world();
    const ind = (await gw.gql<any>(ADD_IND, { t: w.patents.id, c: 'X-1', n: 'x', yt: [] }, { token: w.admin.token })).data.addIndicator;
    for (const [p, e, field] of [
      ['2025-Q5', [{ indicatorId: ind.id, value: 1 }], 'period'],
      ['2031', [{ indicatorId: ind.id, value: 1 }], 'period'],
      ['2025-Q1', [{ indicatorId: ind.id, value: -1 }], 'entries.0.value'],
      ['2025-Q1', [{ indicatorId: ind.id }], 'entries.0.value'],
    ] as const) {
      const r = await gw.gql(RECORD, { p, e }, { token: w.admin.token });
      expect(codeOf(r), JSON.stringify([p, e])).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions.fields!.map((f) => f.field)).toContain(field);
    }
    const after = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ tasks { indicators { actuals { id } } } } }', { id: w.book }, { token: w.admin.token });
    expect(after.data.taskBook.tasks.flatMap((t: any) => t.indicators).flatMap((i: any) => i.actuals)).toEqual([]);
    // A quarter recorded, then the half-year around it: the months would be counted twice.
    expect(codeOf(await gw.gql(RECORD, { p: '2025-Q2', e: [{ indicatorId: ind.id, value: 3 }] }, { token: w.admin.token }))).toBe('OK');
    const overlap = await gw.gql(RECORD, { p: '2025-H1', e: [{ indicatorId: ind.id, value: 5 }] }, { token: w.admin.token });
    expect(codeOf(overlap)).toBe('BAD_USER_INPUT');
    expect(overlap.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'entries.0.value', message: expect.stringContaining('2025-Q2') })]);
    expect(codeOf(await gw.gql(RECORD, { p: '2025-Q3', e: [{ indicatorId: ind.id, value: 4 }] }, { token: w.admin.token }))).toBe('OK');
    const dup = await gw.gql(ADD_IND, { t: w.patents.id, c: 'X-1', n: 'again', yt: [] }, { token: w.admin.token });
    expect(codeOf(dup)).toBe('BAD_USER_INPUT');
    const badYear = await gw.gql(ADD_IND, { t: w.patents.id, c: 'X-2', n: 'y', yt: [{ year: 2040, value: 1 }] }, { token: w.admin.token });
    expect(codeOf(badYear)).toBe('BAD_USER_INPUT');
  });
});
