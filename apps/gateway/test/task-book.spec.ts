import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@dsg/server-core';
import { ConstructionTask } from '@dsg/server-task-book';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { asPlatform, enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

describe('task books', () => {
  it('an institution admin creates the book of an enrolment once; the tree reads in code order', async () => {
    const { programme } = await makeAgency(gw.db);
    const { institution } = await makeInstitution(gw.db, '天津职业大学（测试）');
    const enrolment = await enrol(gw.db, institution.id, programme, '眼视光技术专业群');
    const admin = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: institution.id })).user.username);
    const created = await gw.gql<any>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id title startYear endYear currentVersionId } }', { e: enrolment.id }, { token: admin.token });
    expect(created.data.createTaskBook).toMatchObject({ title: '天津职业大学（测试） 测试双高计划 · 眼视光技术专业群 任务书', startYear: 2025, endYear: 2029, currentVersionId: null });
    const again = await gw.gql('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: enrolment.id }, { token: admin.token });
    expect(codeOf(again)).toBe('CONFLICT');

    const bookId = created.data.createTaskBook.id;
    await asPlatform(gw.db, async (em) => {
      const add = (code: string, title: string, parentId: string | null) => {
        const t = em.create(ConstructionTask, { id: newId(), tenantId: institution.id, taskBookId: bookId, parentId, position: Number(code.split('.').at(-1)) - 1, code, level: code.split('.').length, title } as ConstructionTask);
        return t;
      };
      const t10 = add('10', '国际化', null);
      const t1 = add('1', '党建引领', null);
      await em.flush();
      add('1.2', '三全育人', t1.id);
      add('1.10', '党建联建', t1.id);
      add('10.1', '海外办学', t10.id);
      await em.flush();
    });
    const tree = await gw.gql<any>('query($id:ID!){ taskBook(id:$id){ tasks { code level title } } }', { id: bookId }, { token: admin.token });
    expect(tree.data.taskBook.tasks.map((t: any) => t.code)).toEqual(['1', '1.2', '1.10', '10', '10.1']);
  });

  it('a task lead may read but not create; another institution’s enrolment is NOT_FOUND', async () => {
    const { programme } = await makeAgency(gw.db);
    const a = await makeInstitution(gw.db);
    const b = await makeInstitution(gw.db);
    const ea = await enrol(gw.db, a.institution.id, programme);
    const eb = await enrol(gw.db, b.institution.id, programme);
    const lead = await login(gw, (await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: a.institution.id })).user.username);
    const adminA = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: a.institution.id })).user.username);
    expect(codeOf(await gw.gql('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: ea.id }, { token: lead.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gw.gql('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: eb.id }, { token: adminA.token }))).toBe('NOT_FOUND');
  });
});
