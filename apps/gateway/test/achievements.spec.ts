import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { enrol, login, makeAgency, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

const ADD = 'mutation($i:AchievementInput!){ addAchievement(input:$i){ id } }';
const CASE = '案例：'.padEnd(1100, '校企合作共建产业学院，');

describe('landmark achievements (标志性成果)', () => {
  it('counts categories and items per year and level in the colleges’ form (seed 003: 国家级 7 项 51 个)', async () => {
    const inst = await makeInstitution(gw.db, '重庆工程职业技术学院（成果测试）');
    const { token } = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username);
    // 2021 national: 7 categories, 51 items (quantities add up).
    const national = [['教学成果奖', 2], ['技能大赛', 20], ['教学能力比赛', 3], ['规划教材', 12], ['精品课程', 6], ['平台/基地', 3], ['团队', 5]] as const;
    for (const [category, quantity] of national) {
      expect(codeOf(await gw.gql(ADD, { i: { title: `${category}（2021）`, level: 'NATIONAL', category, awardedOn: '2021-11-01', quantity, caseWriteUp: CASE } }, { token }))).toBe('OK');
    }
    expect(codeOf(await gw.gql(ADD, { i: { title: '校级技能竞赛', level: 'SCHOOL', category: '技能大赛', awardedOn: '2022-05-01', quantity: 4 } }, { token }))).toBe('OK');
    const zh = await gw.gql<any>('{ achievementCounts { year levels { level categories items label } } }', {}, { token });
    expect(zh.data.achievementCounts).toEqual([
      { year: 2021, levels: [{ level: 'NATIONAL', categories: 7, items: 51, label: '国家级 7 项 51 个' }] },
      { year: 2022, levels: [{ level: 'SCHOOL', categories: 1, items: 4, label: '校级 1 项 4 个' }] },
    ]);
    const en = await gw.gql<any>('{ achievementCounts { levels { label } } }', {}, { token, locale: 'en' });
    expect(en.data.achievementCounts[0].levels[0].label).toBe('National: 7 categories, 51 items');
    const listed = await gw.gql<any>('{ achievements(year: 2021, level: NATIONAL, first: 100) { totalCount } }', {}, { token });
    expect(listed.data.achievements.totalCount).toBe(7);
  });

  it('requires a case write-up of 1,000+ characters at provincial level and above', async () => {
    const inst = await makeInstitution(gw.db);
    const { token } = await login(gw, (await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: inst.institution.id })).user.username);
    const short = await gw.gql(ADD, { i: { title: '省级教学成果奖', level: 'PROVINCIAL', category: '教学成果奖', awardedOn: '2023-01-01', caseWriteUp: '太短' } }, { token, locale: 'en' });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.extensions.fields).toEqual([{ field: 'caseWriteUp', message: 'At least 1000 characters', i18n: expect.any(Object) }]);
    expect(codeOf(await gw.gql(ADD, { i: { title: '市级荣誉', level: 'MUNICIPAL', category: '荣誉', awardedOn: '2023-01-01' } }, { token }))).toBe('OK');
  });

  it('keeps linked tasks only while they exist: deleting a draft task unlinks it (and its subtasks) from achievements', async () => {
    const { programme } = await makeAgency(gw.db);
    const inst = await makeInstitution(gw.db);
    const e = await enrol(gw.db, inst.institution.id, programme);
    const { token } = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username);
    const gql = async (q: string, v: Record<string, unknown>) => {
      const r = await gw.gql<any>(q, v, { token });
      expect(r.errors, r.raw).toBeUndefined();
      return r.data;
    };
    const book = (await gql('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id })).createTaskBook.id;
    const add = async (title: string, parentId?: string) => (await gql('mutation($b:ID!,$p:ID,$t:String!){ addTask(input:{taskBookId:$b, parentId:$p, title:$t}){ id } }', { b: book, p: parentId, t: title })).addTask.id as string;
    const platform = await add('打造技术技能创新服务平台');
    const lab = await add('建设协同创新中心', platform);
    const kept = await add('提升社会服务水平');
    const id = (await gql(ADD, { i: { title: '市级科技进步奖', level: 'MUNICIPAL', category: '科技奖励', awardedOn: '2023-06-01', linkedTaskIds: [lab, kept] } })).addAchievement.id;
    await gql('mutation($id:ID!){ deleteTask(id:$id) }', { id: platform });
    const after = await gql('{ achievements(first: 10) { edges { node { id linkedTaskIds } } } }', {});
    expect(after.achievements.edges.map((edge: any) => edge.node)).toEqual([{ id, linkedTaskIds: [kept] }]);
  });
});
