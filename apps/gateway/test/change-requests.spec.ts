import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway({ redisUrl: '' });
});
afterAll(() => gw?.close());

async function approvedBook() {
  const { agency, programme } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db, '重庆工程职业技术学院（调整测试）');
  const e = await enrol(gw.db, inst.institution.id, programme);
  const admin = (await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username)).token;
  const officer = (await login(gw, (await makeUser(gw.db, { role: 'AGENCY_OFFICER', agencyId: agency.id })).user.username)).token;
  const book = (await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id }, { token: admin })).data.createTaskBook.id;
  const add = async (t: string) => (await gw.gql<any>('mutation($b:ID!,$t:String!){ addTask(input:{taskBookId:$b, title:$t}){ id } }', { b: book, t }, { token: admin })).data.addTask.id;
  const service = await add('服务发展');
  await add('国际化');
  const ind = (await gw.gql<any>('mutation($t:ID!){ addIndicator(input:{taskId:$t, code:"1-01", name:"技术服务到款额", category:BENEFIT_ECONOMIC, unit:"万元", finalTarget:3000, yearlyTargets:[{year:2025,value:500}]}){ id } }', { t: service }, { token: admin })).data.addIndicator.id;
  const v1 = (await gw.gql<any>('mutation($b:ID!){ submitTaskBook(taskBookId:$b){ id } }', { b: book }, { token: admin })).data.submitTaskBook.id;
  await gw.gql('mutation($v:ID!){ decideTaskBookVersion(input:{versionId:$v, approve:true}){ status } }', { v: v1 }, { token: officer });
  // Progress on the approved plan: it must survive the change.
  expect(codeOf(await gw.gql('mutation($i:ID!){ recordActuals(input:{period:"2025-Q1", entries:[{indicatorId:$i, value:220}]}){ id } }', { i: ind }, { token: admin }))).toBe('OK');
  return { admin, officer, book, ind, v1 };
}

async function workbookOf(token: string, book: string) {
  const res = await fetch(`${gw.url}/task-books/${book}/workbook.xlsx`, { headers: { authorization: `Bearer ${token}` } });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return wb;
}

async function importWorkbook(token: string, book: string, wb: ExcelJS.Workbook) {
  const form = new FormData();
  form.set('file', new Blob([Buffer.from(await wb.xlsx.writeBuffer())]), 'change.xlsx');
  const run = ((await (await fetch(`${gw.url}/task-books/${book}/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })).json()) as any).data;
  for (let i = 0; i < 200; i++) {
    const r = await gw.gql<any>('query($id:ID!){ jobRun(id:$id){ status result error } }', { id: run.id }, { token });
    if (['SUCCEEDED', 'FAILED'].includes(r.data.jobRun.status)) return r.data.jobRun;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('import did not finish');
}

/** Finds a sheet's row by its key column (the code) and the column by header prefix. */
function cell(ws: ExcelJS.Worksheet, code: string, headerStartsWith: string, keyCol = 1): ExcelJS.Cell {
  const header = ws.getRow(1);
  let col = 0;
  header.eachCell((c, n) => {
    if (!col && String(c.value ?? '').startsWith(headerStartsWith)) col = n;
  });
  let row = 0;
  ws.eachRow((r, n) => {
    if (n > 1 && String(r.getCell(keyCol).value) === code) row = n;
  });
  if (!row || !col) throw new Error(`no ${code}/${headerStartsWith} in ${ws.name}`);
  return ws.getRow(row).getCell(col);
}

describe('change requests (任务书调整申请)', () => {
  it('a changed workbook drafts a request with its diff; the agency approves; the plan changes and actuals stay attached', async () => {
    const w = await approvedBook();
    const wb = await workbookOf(w.admin, w.book);
    const [, tasks, , indicators] = wb.worksheets;
    cell(tasks!, '2', '任务名称').value = '国际化（扩大留学生规模）';
    tasks!.addRow(['3', '数字化转型']);
    cell(indicators!, '1-01', '2025年目标', 2).value = 600;
    const job = await importWorkbook(w.admin, w.book, wb);
    expect(job.error ?? '').toBe('');
    expect(job.result.summary).toEqual({ added: 1, removed: 0, changed: 2 });
    expect(codeOf(await gw.gql('mutation($b:ID!){ submitTaskBook(taskBookId:$b){ id } }', { b: w.book }, { token: w.admin }))).toBe('BAD_USER_INPUT'); // reason required
    const v2 = (await gw.gql<any>('mutation($b:ID!){ submitTaskBook(taskBookId:$b, reason:"扩大国际化与数字化任务"){ id number status } }', { b: w.book }, { token: w.admin })).data.submitTaskBook;
    expect(v2).toMatchObject({ number: 2, status: 'SUBMITTED' });

    const seen = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ versions { number status reason changes } } }', { id: w.book }, { token: w.officer });
    const changes = seen.data.taskBook.versions[1].changes;
    expect(changes.tasks.added.map((t: any) => t.title)).toEqual(['数字化转型']);
    expect(changes.tasks.changed[0].fields).toEqual([{ field: 'title', from: '国际化', to: '国际化（扩大留学生规模）' }]);
    expect(changes.indicators.changed[0].fields).toEqual([{ field: 'yearlyTargets', from: { 2025: 500 }, to: { 2025: 600 } }]);

    expect((await gw.gql<any>('mutation($v:ID!){ decideTaskBookVersion(input:{versionId:$v, approve:true, note:"同意调整"}){ status } }', { v: v2.id }, { token: w.officer })).data.decideTaskBookVersion.status).toBe('APPROVED');
    const after = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ currentVersionId versions { number status } tasks { code title indicators { id targets { value } actuals { value } } } } }', { id: w.book }, { token: w.admin });
    const b = after.data.taskBook;
    expect(b.currentVersionId).toBe(v2.id);
    expect(b.versions.map((v: any) => [v.number, v.status])).toEqual([[1, 'SUPERSEDED'], [2, 'APPROVED']]);
    expect(b.tasks.map((t: any) => `${t.code} ${t.title}`)).toEqual(['1 服务发展', '2 国际化（扩大留学生规模）', '3 数字化转型']);
    expect(b.tasks[0].indicators[0]).toEqual({ id: w.ind, targets: [{ value: 600 }], actuals: [{ value: 220 }] });
  });

  it('a returned request keeps the approved plan; dropping a task with reported data cannot be approved', async () => {
    const w = await approvedBook();
    const wb = await workbookOf(w.admin, w.book);
    const [, tasks, , indicators] = wb.worksheets;
    tasks!.spliceRows(2, 1); // drop task 1 (it has actuals) …
    indicators!.spliceRows(2, 1); // … and its indicator
    tasks!.getRow(2).getCell(1).value = '1'; // 国际化 becomes 1
    const job = await importWorkbook(w.admin, w.book, wb);
    expect(job.status).toBe('SUCCEEDED');
    const v = (await gw.gql<any>('mutation($b:ID!){ submitTaskBook(taskBookId:$b, reason:"合并任务"){ id } }', { b: w.book }, { token: w.admin })).data.submitTaskBook;
    expect(codeOf(await gw.gql('mutation($v:ID!){ decideTaskBookVersion(input:{versionId:$v, approve:true}){ status } }', { v: v.id }, { token: w.officer }))).toBe('CONFLICT');
    expect((await gw.gql<any>('mutation($v:ID!){ decideTaskBookVersion(input:{versionId:$v, approve:false, note:"不同意删除已有填报数据的任务"}){ status } }', { v: v.id }, { token: w.officer })).data.decideTaskBookVersion.status).toBe('REJECTED');
    const after = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ currentVersionId tasks { code title } } }', { id: w.book }, { token: w.admin });
    expect(after.data.taskBook.currentVersionId).toBe(w.v1);
    expect(after.data.taskBook.tasks.map((t: any) => `${t.code} ${t.title}`)).toEqual(['1 服务发展', '2 国际化']);
  });
});
