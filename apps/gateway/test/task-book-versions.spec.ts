import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

const BOOK = 'query($id:ID!){ taskBook(id:$id){ currentVersionId versions { id number status decisionNote document } } }';

describe('task-book versions', () => {
  it('submit → return with a reason → resubmit → approve; the approved plan locks and stays readable; only the programme’s agency decides', async () => {
    const national = await makeAgency(gw.db);
    const provincial = await makeAgency(gw.db);
    const inst = await makeInstitution(gw.db, '宁波职业技术学院（测试）');
    const e = await enrol(gw.db, inst.institution.id, national.programme);
    await enrol(gw.db, inst.institution.id, provincial.programme);
    const admin = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username);
    const officer = await login(gw, (await makeUser(gw.db, { role: 'AGENCY_OFFICER', agencyId: national.agency.id })).user.username);
    const otherOfficer = await login(gw, (await makeUser(gw.db, { role: 'AGENCY_OFFICER', agencyId: provincial.agency.id })).user.username);
    const book = (await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id }, { token: admin.token })).data.createTaskBook.id;

    const submit = () => gw.gql<any>('mutation($b:ID!){ submitTaskBook(taskBookId:$b){ id number status } }', { b: book }, { token: admin.token });
    expect(codeOf(await submit())).toBe('BAD_USER_INPUT'); // no tasks yet
    await gw.gql('mutation($b:ID!){ addTask(input:{taskBookId:$b, title:"党建引领 三级联创"}){ id } }', { b: book }, { token: admin.token });
    const v1 = (await submit()).data.submitTaskBook;
    expect(v1).toMatchObject({ number: 1, status: 'SUBMITTED' });
    expect(codeOf(await submit())).toBe('CONFLICT'); // one pending at a time

    const decide = (token: string, versionId: string, approve: boolean, note?: string) =>
      gw.gql<any>('mutation($v:ID!,$a:Boolean!,$n:String){ decideTaskBookVersion(input:{versionId:$v, approve:$a, note:$n}){ status decisionNote } }', { v: versionId, a: approve, n: note }, { token });
    // The provincial officer oversees the institution but not this programme's task book.
    expect(codeOf(await decide(otherOfficer.token, v1.id, true))).toBe('FORBIDDEN');
    expect(codeOf(await decide(admin.token, v1.id, true))).toBe('FORBIDDEN');
    expect(codeOf(await decide(officer.token, v1.id, false))).toBe('BAD_USER_INPUT'); // a return needs a reason
    expect((await decide(officer.token, v1.id, false, '指标目标值偏低，请调整')).data.decideTaskBookVersion).toEqual({ status: 'REJECTED', decisionNote: '指标目标值偏低，请调整' });

    // Still a draft: editable, then submitted again as version 2 and approved.
    expect(codeOf(await gw.gql('mutation($b:ID!){ addTask(input:{taskBookId:$b, title:"人才培养高地"}){ id } }', { b: book }, { token: admin.token }))).toBe('OK');
    const v2 = (await submit()).data.submitTaskBook;
    expect(v2.number).toBe(2);
    expect((await decide(officer.token, v2.id, true, '同意')).data.decideTaskBookVersion.status).toBe('APPROVED');
    expect(codeOf(await decide(officer.token, v2.id, true))).toBe('CONFLICT');

    const read = (await gw.gql<any>(BOOK, { id: book }, { token: officer.token })).data.taskBook;
    expect(read.currentVersionId).toBe(v2.id);
    expect(read.versions.map((v: any) => [v.number, v.status])).toEqual([[1, 'REJECTED'], [2, 'APPROVED']]);
    expect(read.versions[0].document.tasks.map((t: any) => `${t.code} ${t.title}`)).toEqual(['1 党建引领 三级联创']);
    expect(read.versions[1].document.tasks.map((t: any) => `${t.code} ${t.title}`)).toEqual(['1 党建引领 三级联创', '2 人才培养高地']);
    expect(codeOf(await gw.gql('mutation($b:ID!){ addTask(input:{taskBookId:$b, title:"国际化"}){ id } }', { b: book }, { token: admin.token }))).toBe('CONFLICT');
  });
});
