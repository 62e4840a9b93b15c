import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startGateway, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

/** Jobs run in-process here (no Redis driver), through the same JobRunner the worker uses. */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway({ redisUrl: '' });
});
afterAll(() => gw?.close());

async function setup() {
  const { programme } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db, '天津职业大学（导入测试）');
  const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id });
  const { token } = await login(gw, admin.user.username);
  const book = async (group: string) =>
    (await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: (await enrol(gw.db, inst.institution.id, programme, group)).id }, { token })).data.createTaskBook.id as string;
  return { inst, admin, token, book };
}

async function download(token: string, path: string): Promise<Buffer> {
  const res = await fetch(`${gw.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function importInto(token: string, bookId: string, data: Buffer) {
  const form = new FormData();
  form.set('file', new Blob([data]), 'book.xlsx');
  const res = await fetch(`${gw.url}/task-books/${bookId}/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(res.status).toBe(202);
  const { data: run } = (await res.json()) as { data: { id: string } };
  for (let i = 0; i < 200; i++) {
    const r = await gw.gql<any>('query($id:ID!){ jobRun(id:$id){ status progress result error } }', { id: run.id }, { token });
    if (['SUCCEEDED', 'FAILED'].includes(r.data.jobRun.status)) return r.data.jobRun;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('import did not finish');
}

/** Every cell of every sheet, except the plan's title (it names the book). */
async function cells(data: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as never);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row, r) => row.eachCell((c, col) => out.push(`${ws.name}!${r}:${col}=${JSON.stringify(c.value)}`))));
  return out.filter((c) => !c.includes('任务书'));
}

describe('task-book workbook', () => {
  it('export → import into another book → export gives the same workbook; the tree is rebuilt', async () => {
    const s = await setup();
    const source = await s.book('眼视光技术专业群');
    const add = async (t: string, p?: string) => (await gw.gql<any>('mutation($b:ID!,$p:ID,$t:String!,$d:ID){ addTask(input:{taskBookId:$b, parentId:$p, title:$t, leadDepartmentId:$d}){ id } }', { b: source, p, t, d: s.inst.department.id }, { token: s.token })).data.addTask.id as string;
    const party = await add('党建引领');
    const sub = await add('三全育人', party);
    await add('人才培养高地');
    await gw.gql('mutation($t:ID!){ addIndicator(input:{taskId:$t, code:"1.1-01", name:"思政示范课程", category:OUTPUT_QUANTITY, unit:"门", finalTarget:20, yearlyTargets:[{year:2025,value:4},{year:2026,value:8}]}){ id } }', { t: sub }, { token: s.token });
    await gw.gql('mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"出台实施方案", dueDate:"2025-06-30"}){ id } }', { t: party }, { token: s.token });
    await gw.gql('mutation($t:ID!){ setTaskBudget(input:{taskId:$t, lines:[{source:CENTRAL, year:2025, amount:120.5}]}){ amount } }', { t: party }, { token: s.token });

    const first = await download(s.token, `/task-books/${source}/workbook.xlsx`);
    const target = await s.book('包装工程技术专业群');
    const job = await importInto(s.token, target, first);
    expect(job.error ?? "").toBe("");
    expect(job).toMatchObject({ status: "SUCCEEDED", progress: 100, result: { tasks: 3, indicators: 1, milestones: 1, budgets: 1 } });
    const second = await download(s.token, `/task-books/${target}/workbook.xlsx`);
    expect(await cells(second)).toEqual(await cells(first));
    const tree = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ tasks { code title indicators { code targets { year value } } } } }', { id: target }, { token: s.token });
    expect(tree.data.taskBook.tasks.map((t: any) => `${t.code} ${t.title}`)).toEqual(['1 党建引领', '1.1 三全育人', '2 人才培养高地']);
    expect(tree.data.taskBook.tasks[1].indicators[0].targets).toEqual([{ year: 2025, value: 4 }, { year: 2026, value: 8 }]);
  });

  it('a workbook with bad rows is refused with row-level messages and nothing is written', async () => {
    const s = await setup();
    const target = await s.book('');
    const template = await download(s.token, `/task-books/${target}/template.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as never);
    const tasks = wb.worksheets[1]!;
    tasks.addRow(['1', '党建引领']);
    tasks.addRow(['1', '重复编号']);
    tasks.addRow(['3.1', '父任务不存在']);
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const job = await importInto(s.token, target, bad);
    expect(job.status).toBe('FAILED');
    const problems = job.result.problems as { sheet: string; row: number; column: string; message: { en: string } }[];
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => p.sheet === tasks.name && p.row >= 2 && p.message.en.length > 0)).toBe(true);
    const tree = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ tasks { code } } }', { id: target }, { token: s.token });
    expect(tree.data.taskBook.tasks).toEqual([]);
  });
});

describe('workbook endpoints are tenant- and role-checked', () => {
  it('another institution gets 404; a task lead cannot import (403); anonymous 401', async () => {
    const s = await setup();
    const book = await s.book('');
    const other = await makeInstitution(gw.db);
    const stranger = (await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: other.institution.id })).user.username)).token;
    const lead = (await login(gw, (await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: s.inst.institution.id })).user.username)).token;
    const get = (token?: string) => fetch(`${gw.url}/task-books/${book}/workbook.xlsx`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get()).status).toBe(401);
    const cross = await get(stranger);
    expect(cross.status).toBe(404);
    expect((await cross.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await get(lead)).status).toBe(200);
    const form = new FormData();
    form.set('file', new Blob([Buffer.from('PK')]), 'x.xlsx');
    const res = await fetch(`${gw.url}/task-books/${book}/import`, { method: 'POST', headers: { authorization: `Bearer ${lead}` }, body: form });
    expect(res.status).toBe(403);
  });
});
