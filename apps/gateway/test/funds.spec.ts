import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

describe('funds', () => {
  it('computes arrival and execution rates per task (with subtasks), source, year and book', async () => {
    const { programme } = await makeAgency(gw.db);
    const inst = await makeInstitution(gw.db);
    const e = await enrol(gw.db, inst.institution.id, programme);
    const { token } = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username);
    const book = (await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id }, { token })).data.createTaskBook.id;
    const add = async (t: string, p?: string) => (await gw.gql<any>('mutation($b:ID!,$p:ID,$t:String!){ addTask(input:{taskBookId:$b, parentId:$p, title:$t}){ id } }', { b: book, p, t }, { token })).data.addTask.id as string;
    const platform = await add('技术技能创新服务平台');
    const lab = await add('产教融合实训基地', platform);
    const budget = (taskId: string, lines: unknown[]) => gw.gql('mutation($t:ID!,$l:[BudgetLineInput!]!){ setTaskBudget(input:{taskId:$t, lines:$l}){ amount } }', { t: taskId, l: lines }, { token });
    expect(codeOf(await budget(platform, [{ source: 'CENTRAL', year: 2025, amount: 100 }]))).toBe('OK');
    expect(codeOf(await budget(lab, [{ source: 'LOCAL', year: 2025, amount: 300 }, { source: 'SELF', year: 2026, amount: 100 }]))).toBe('OK');
    const dup = await budget(lab, [{ source: 'LOCAL', year: 2025, amount: 1 }, { source: 'LOCAL', year: 2025, amount: 2 }]);
    expect(codeOf(dup)).toBe('BAD_USER_INPUT');
    const move = (period: string, entries: unknown[]) => gw.gql('mutation($p:String!,$e:[FundMovementInput!]!){ recordFundMovements(input:{period:$p, entries:$e}) }', { p: period, e: entries }, { token });
    expect(codeOf(await move('2025-Q1', [{ taskId: platform, source: 'CENTRAL', arrived: 80, spent: 20 }, { taskId: lab, source: 'LOCAL', arrived: 150, spent: 60 }]))).toBe('OK');
    expect(codeOf(await move('2025-Q2', [{ taskId: lab, source: 'LOCAL', arrived: 90, spent: 90 }]))).toBe('OK');
    // Re-recording a period replaces its figures (a correction), it does not add to them.
    expect(codeOf(await move('2025-Q2', [{ taskId: lab, source: 'LOCAL', arrived: 90, spent: 120 }]))).toBe('OK');

    const r = await gw.gql<any>(`query($id:ID!){ taskBook(id:$id){
      funds { budget arrived spent arrivalRate executionRate spentOfArrived }
      fundsBySource { source budget arrivalRate } fundsByYear { year budget executionRate }
      tasks { title funds { budget arrived spent arrivalRate executionRate } budget { source year amount } } } }`, { id: book }, { token });
    const b = r.data.taskBook;
    expect(b.funds).toEqual({ budget: 500, arrived: 320, spent: 200, arrivalRate: 0.64, executionRate: 0.4, spentOfArrived: 0.625 });
    expect(b.fundsBySource).toEqual([{ source: 'CENTRAL', budget: 100, arrivalRate: 0.8 }, { source: 'LOCAL', budget: 300, arrivalRate: 0.8 }, { source: 'SELF', budget: 100, arrivalRate: 0 }]);
    expect(b.fundsByYear).toEqual([{ year: 2025, budget: 400, executionRate: 0.5 }, { year: 2026, budget: 100, executionRate: 0 }]);
    const byTitle = Object.fromEntries(b.tasks.map((t: any) => [t.title, t]));
    expect(byTitle['技术技能创新服务平台'].funds).toEqual({ budget: 500, arrived: 320, spent: 200, arrivalRate: 0.64, executionRate: 0.4 });
    expect(byTitle['产教融合实训基地'].funds).toEqual({ budget: 400, arrived: 240, spent: 180, arrivalRate: 0.6, executionRate: 0.45 });
    expect(byTitle['产教融合实训基地'].budget).toEqual(expect.arrayContaining([{ source: 'LOCAL', year: 2025, amount: 300 }, { source: 'SELF', year: 2026, amount: 100 }]));
    // A half-year over recorded quarters would count the same months twice: refused, nothing written.
    const overlap = await move('2025-H1', [{ taskId: platform, source: 'CENTRAL', arrived: 1, spent: 1 }, { taskId: lab, source: 'LOCAL', arrived: 1, spent: 1 }]);
    expect(codeOf(overlap)).toBe('BAD_USER_INPUT');
    expect((overlap.errors![0]!.extensions as any).fields).toEqual([
      expect.objectContaining({ field: 'entries.0.arrived', message: expect.stringContaining('2025-Q1') }),
      expect.objectContaining({ field: 'entries.1.arrived', message: expect.stringContaining('2025-Q1') }),
    ]);
    // The recorded lines themselves, for the period editor: one period, or all of them.
    const lines = await gw.gql<any>('query($id:ID!,$p:String){ taskBook(id:$id){ fundMovements(period:$p){ taskId source period arrived spent enteredBy } } }', { id: book, p: '2025-Q2' }, { token });
    expect(lines.data.taskBook.fundMovements).toEqual([{ taskId: lab, source: 'LOCAL', period: '2025-Q2', arrived: 90, spent: 120, enteredBy: expect.any(String) }]);
    const every = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ fundMovements { period } } }', { id: book }, { token });
    expect(every.data.taskBook.fundMovements.map((m: any) => m.period).sort()).toEqual(['2025-Q1', '2025-Q1', '2025-Q2']);
  });
});
