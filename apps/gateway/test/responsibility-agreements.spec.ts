import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

const ADD = 'mutation($i:AgreementInput!){ addResponsibilityAgreement(input:$i){ id status signedOn taskIds indicatorIds } }';
const MINE = '{ myResponsibilities { agreements { id title } tasks { title } indicators { code name } } }';

async function college() {
  const { programme } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db);
  const e = await enrol(gw.db, inst.institution.id, programme);
  const admin = await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id });
  const lead = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: inst.institution.id });
  const { token } = await login(gw, admin.user.username);
  const book = (await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id }, { token })).data.createTaskBook.id;
  const task = (await gw.gql<any>('mutation($b:ID!){ addTask(input:{taskBookId:$b, title:"打造技术技能人才培养高地"}){ id } }', { b: book }, { token })).data.addTask.id as string;
  const ind = await gw.gql<any>('mutation($t:ID!){ addIndicator(input:{taskId:$t, code:"1-1", name:"国家级教学成果奖", category:OUTPUT_QUANTITY, finalTarget:2}){ id } }', { t: task }, { token });
  return { admin, lead, token, task, indicator: ind.data.addIndicator.id as string, tenantId: inst.institution.id };
}

describe('responsibility agreements (目标责任书, 人人肩上有指标)', () => {
  it('the 双高办 records an agreement and the responsible person sees exactly their tasks and indicators', async () => {
    const c = await college();
    const created = await gw.gql<any>(ADD, { i: { title: '2025年度双高建设目标责任书', headUserId: c.admin.user.id, responsibleUserId: c.lead.user.id, taskIds: [c.task, c.task], indicatorIds: [c.indicator], signedOn: '2025-03-01' } }, { token: c.token });
    expect(codeOf(created)).toBe('OK');
    // Duplicates collapse; a signing date makes it SIGNED.
    expect(created.data.addResponsibilityAgreement).toMatchObject({ status: 'SIGNED', signedOn: '2025-03-01', taskIds: [c.task], indicatorIds: [c.indicator] });

    const leadToken = (await login(gw, c.lead.user.username)).token;
    const mine = await gw.gql<any>(MINE, {}, { token: leadToken });
    expect(mine.data.myResponsibilities).toEqual({
      agreements: [{ id: created.data.addResponsibilityAgreement.id, title: '2025年度双高建设目标责任书' }],
      tasks: [{ title: '打造技术技能人才培养高地' }],
      indicators: [{ code: '1-1', name: '国家级教学成果奖' }],
    });
    // The admin has none of their own; ending the agreement removes it from the lead's page.
    expect((await gw.gql<any>(MINE, {}, { token: c.token })).data.myResponsibilities.agreements).toEqual([]);
    const ended = await gw.gql('mutation($i:UpdateAgreementInput!){ updateResponsibilityAgreement(input:$i){ status } }', {
      i: { id: created.data.addResponsibilityAgreement.id, title: '2025年度双高建设目标责任书', headUserId: c.admin.user.id, responsibleUserId: c.lead.user.id, status: 'ENDED' },
    }, { token: c.token });
    expect(codeOf(ended)).toBe('OK');
    expect((await gw.gql<any>(MINE, {}, { token: leadToken })).data.myResponsibilities.agreements).toEqual([]);
    // The lead may read its own agreements but not record one.
    expect(codeOf(await gw.gql(ADD, { i: { title: '自拟', headUserId: c.lead.user.id, responsibleUserId: c.lead.user.id } }, { token: leadToken }))).toBe('FORBIDDEN');
  });

  it('refuses people, tasks and indicators of another college with a field error and writes nothing', async () => {
    const c = await college();
    const other = await college();
    const count = async () => (await gw.gql<any>('{ responsibilityAgreements { id } }', {}, { token: c.token })).data.responsibilityAgreements.length;
    const attempts = [
      { field: 'responsibleUserId', i: { title: '越权', headUserId: c.admin.user.id, responsibleUserId: other.lead.user.id } },
      { field: 'taskIds', i: { title: '越权', headUserId: c.admin.user.id, responsibleUserId: c.lead.user.id, taskIds: [other.task] } },
      { field: 'indicatorIds', i: { title: '越权', headUserId: c.admin.user.id, responsibleUserId: c.lead.user.id, indicatorIds: [other.indicator] } },
      { field: 'signedOn', i: { title: '日期错误', headUserId: c.admin.user.id, responsibleUserId: c.lead.user.id, signedOn: '2025-13-01' } },
    ];
    for (const a of attempts) {
      const r = await gw.gql<any>(ADD, { i: a.i }, { token: c.token });
      expect(codeOf(r), JSON.stringify(a)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions.fields.map((f: any) => f.field)).toContain(a.field);
    }
    expect(await count()).toBe(0);
    // Another college's admin cannot see or change this college's agreements.
    const ok = await gw.gql<any>(ADD, { i: { title: '目标责任书', headUserId: c.admin.user.id, responsibleUserId: c.lead.user.id } }, { token: c.token });
    expect(ok.data.addResponsibilityAgreement.status).toBe('DRAFT');
    expect((await gw.gql<any>('{ responsibilityAgreements { id } }', {}, { token: other.token })).data.responsibilityAgreements).toEqual([]);
    const cross = await gw.gql('mutation($i:UpdateAgreementInput!){ updateResponsibilityAgreement(input:$i){ id } }', {
      i: { id: ok.data.addResponsibilityAgreement.id, title: '篡改', headUserId: other.admin.user.id, responsibleUserId: other.lead.user.id },
    }, { token: other.token });
    expect(codeOf(cross)).toBe('NOT_FOUND');
  });
});
