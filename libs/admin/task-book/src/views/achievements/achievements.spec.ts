import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AchievementRowFragment } from '@dsg/admin-data-access';
import { gqlError } from '@dsg/admin-data-access/testing';
import { connection } from '../../testing/fixtures';
import { byTestId, fieldError, mountFeature, typeInto } from '../../testing/mount-feature';
import AchievementsView from './index.vue';

function achievementFixture(id: string, overrides: Partial<AchievementRowFragment> = {}): AchievementRowFragment {
  return {
    id,
    title: `成果 ${id}`,
    level: 'SCHOOL',
    category: '教学成果奖',
    awardedOn: '2025-09-10',
    awardingBody: '教育部',
    quantity: 1,
    caseWriteUp: null,
    linkedTaskIds: [],
    ...overrides,
  };
}

const adminRules = [{ action: 'manage' as const, subject: 'Achievement' as const }];
const readerRules = [{ action: 'read' as const, subject: 'Achievement' as const }];

const counts = {
  data: {
    achievementCounts: [
      {
        year: 2025,
        levels: [
          { level: 'NATIONAL', categories: 7, items: 51, label: '国家级 7 项 51 个' },
          { level: 'PROVINCIAL', categories: 3, items: 12, label: '省部级 3 项 12 个' },
        ],
      },
      { year: 2026, levels: [{ level: 'SCHOOL', categories: 1, items: 2, label: '校级 1 项 2 个' }] },
    ],
  },
};

const list = {
  data: {
    achievements: connection([
      achievementFixture('a-1', { title: '国家级教学成果奖二等奖', level: 'NATIONAL', caseWriteUp: '案例'.repeat(10) }),
      achievementFixture('a-2', { title: '市级技能大赛一等奖', level: 'MUNICIPAL', awardedOn: '2026-03-01' }),
    ]),
  },
};

const noTasks = { data: { taskBooks: { edges: [] } } };

const texts = (id: string) => Array.from(document.querySelectorAll(`[data-testid="${id}"]`)).map((node) => node.textContent?.trim());

async function choose(selectId: string, optionId: string): Promise<void> {
  byTestId(selectId)!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(optionId)!.click();
  await flushPromises();
}

describe('landmark achievements', () => {
  it('shows the counts per year with the server’s labels, newest year first, and the list', async () => {
    await mountFeature(AchievementsView, { session: { rules: adminRules }, handlers: { AchievementCounts: counts, Achievements: list } });
    await flushPromises();

    const years = Array.from(byTestId('achievement-counts')!.querySelectorAll<HTMLElement>('[data-testid="achievement-count-year"]'));
    expect(years.map((node) => node.dataset.year)).toEqual(['2026', '2025']);
    expect(texts('achievement-count')).toEqual(['校级 1 项 2 个', '国家级 7 项 51 个', '省部级 3 项 12 个']);
    expect(byTestId('achievements-table')!.querySelectorAll('tbody tr.el-table__row')).toHaveLength(2);
    expect(texts('achievement-title-cell')).toEqual(['国家级教学成果奖二等奖', '市级技能大赛一等奖']);
    expect(texts('achievement-level-cell')).toEqual(['国家级', '市级']);
  });

  it('sends the chosen year and level as query variables', async () => {
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: readerRules },
      handlers: { AchievementCounts: counts, Achievements: list },
    });
    await flushPromises();
    expect(gateway.callsOf('Achievements')[0]?.variables).toEqual({ first: 20, after: null });

    await choose('filter-year', 'year-option-2025');
    await vi.waitFor(() => expect(gateway.callsOf('Achievements')).toHaveLength(2));
    expect(gateway.callsOf('Achievements')[1]?.variables).toEqual({ year: 2025, first: 20, after: null });

    await choose('filter-level', 'level-option-PROVINCIAL');
    await vi.waitFor(() => expect(gateway.callsOf('Achievements')).toHaveLength(3));
    expect(gateway.callsOf('Achievements')[2]?.variables).toEqual({ year: 2025, level: 'PROVINCIAL', first: 20, after: null });
  });

  it('shows the server’s field error for a case write-up that is too short', async () => {
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: {
        AchievementCounts: counts,
        Achievements: list,
        AchievementTaskOptions: noTasks,
        UpdateAchievement: {
          errors: [gqlError('BAD_USER_INPUT', '输入有误', [{ field: 'input.caseWriteUp', message: '省部级及以上成果的典型案例不少于 1000 字' }])],
        },
      },
    });
    await flushPromises();

    byTestId('edit-achievement')!.click();
    await flushPromises();
    expect(byTestId('achievement-dialog')).not.toBeNull();
    expect(byTestId('achievement-case-count')?.textContent).toContain('20 / 1000');
    typeInto('achievement-case-write-up', '简短的案例');
    await flushPromises();
    byTestId('achievement-save')!.click();

    await vi.waitFor(() => expect(fieldError('achievement-case-write-up')).toBe('省部级及以上成果的典型案例不少于 1000 字'));
    expect(gateway.callsOf('UpdateAchievement')[0]?.variables).toEqual({
      input: {
        id: 'a-1',
        title: '国家级教学成果奖二等奖',
        level: 'NATIONAL',
        category: '教学成果奖',
        awardedOn: '2025-09-10',
        awardingBody: '教育部',
        quantity: 1,
        caseWriteUp: '简短的案例',
        linkedTaskIds: [],
      },
    });
  });

  it('adds an achievement; the case write-up is shown required from provincial level up', async () => {
    const added = achievementFixture('a-3', { title: '省级职业院校技能大赛一等奖', level: 'PROVINCIAL', category: '技能大赛', awardedOn: '2026-05-20' });
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: { AchievementCounts: counts, Achievements: list, AchievementTaskOptions: noTasks, AddAchievement: { data: { addAchievement: added } } },
    });
    await flushPromises();

    byTestId('add-achievement')!.click();
    await flushPromises();
    const caseItem = () => byTestId('achievement-case-write-up')!.closest('.el-form-item')!;
    expect(caseItem().classList.contains('is-required')).toBe(false);
    typeInto('achievement-title', '省级职业院校技能大赛一等奖');
    await choose('achievement-level', 'achievement-level-option-PROVINCIAL');
    expect(caseItem().classList.contains('is-required')).toBe(true);
    typeInto('achievement-category', '技能大赛');
    typeInto('achievement-awarded-on', '2026-05-20');
    const writeUp = '学'.repeat(1000);
    typeInto('achievement-case-write-up', writeUp);
    await flushPromises();
    expect(byTestId('achievement-case-count')?.dataset.count).toBe('1000');
    byTestId('achievement-save')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('AddAchievement')).toHaveLength(1));
    expect(gateway.callsOf('AddAchievement')[0]?.variables).toEqual({
      input: {
        title: '省级职业院校技能大赛一等奖',
        level: 'PROVINCIAL',
        category: '技能大赛',
        awardedOn: '2026-05-20',
        awardingBody: null,
        quantity: 1,
        caseWriteUp: writeUp,
        linkedTaskIds: [],
      },
    });
    await vi.waitFor(() => expect(gateway.callsOf('Achievements')).toHaveLength(2));
    expect(gateway.callsOf('AchievementCounts')).toHaveLength(2);
  });

  it('asks for a case write-up at provincial level and above before calling the server', async () => {
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: { AchievementCounts: counts, Achievements: list, AchievementTaskOptions: noTasks },
    });
    await flushPromises();

    byTestId('edit-achievement')!.click();
    await flushPromises();
    typeInto('achievement-case-write-up', '');
    await flushPromises();
    byTestId('achievement-save')!.click();

    await vi.waitFor(() => expect(fieldError('achievement-case-write-up')).toBe('请输入典型案例'));
    expect(gateway.callsOf('UpdateAchievement')).toHaveLength(0);
  });

  it('deletes an achievement after confirmation and reloads the list and counts', async () => {
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: { AchievementCounts: counts, Achievements: list, DeleteAchievement: { data: { deleteAchievement: true } } },
    });
    await flushPromises();

    byTestId('delete-achievement')!.click();
    await flushPromises();
    document.querySelector<HTMLElement>('.el-message-box .el-button--danger, .el-message-box__btns .el-button--primary')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('DeleteAchievement')[0]?.variables).toEqual({ id: 'a-1' }));
    await vi.waitFor(() => expect(gateway.callsOf('Achievements')).toHaveLength(2));
    expect(gateway.callsOf('AchievementCounts')).toHaveLength(2);
  });

  it('offers a reader no add, edit or delete', async () => {
    await mountFeature(AchievementsView, { session: { rules: readerRules }, handlers: { AchievementCounts: counts, Achievements: list } });
    await flushPromises();

    expect(byTestId('achievements-table')!.querySelectorAll('tbody tr.el-table__row')).toHaveLength(2);
    expect(byTestId('add-achievement')?.style.display).toBe('none');
    expect(byTestId('edit-achievement')).toBeNull();
    expect(byTestId('delete-achievement')).toBeNull();
  });

  it('offers a retry when the list cannot be loaded', async () => {
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: readerRules },
      handlers: { AchievementCounts: counts, Achievements: [{ errors: [gqlError('INTERNAL', '')] }, list] },
    });
    await flushPromises();

    expect(byTestId('error-state')?.textContent).toContain('数据加载失败');
    byTestId('error-retry')!.click();
    await flushPromises();
    expect(gateway.callsOf('Achievements')).toHaveLength(2);
    expect(byTestId('achievements-table')!.querySelectorAll('tbody tr.el-table__row')).toHaveLength(2);
  });
});
