import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AchievementRowFragment, AchievementTaskOptionsQuery } from '@dsg/admin-data-access';
import { gqlError } from '@dsg/admin-data-access/testing';
import { connection } from '../../testing/fixtures';
import { byTestId, mountFeature, typeInto } from '../../testing/mount-feature';
import AchievementsView from './index.vue';

// 标志性成果 linked to the construction tasks they support: picked by "code title" in the dialog,
// shown by code in the list.

const adminRules = [{ action: 'manage' as const, subject: ['Achievement' as const, 'ConstructionTask' as const, 'TaskBook' as const] }];
const agencyRules = [{ action: 'read' as const, subject: ['Achievement' as const, 'ConstructionTask' as const, 'TaskBook' as const] }];

function achievement(id: string, overrides: Partial<AchievementRowFragment> = {}): AchievementRowFragment {
  return {
    id,
    title: `成果 ${id}`,
    level: 'SCHOOL',
    category: '教学成果奖',
    awardedOn: '2025-09-10',
    awardingBody: null,
    quantity: 1,
    caseWriteUp: null,
    linkedTaskIds: [],
    ...overrides,
  };
}

const task = (id: string, code: string, title: string) => ({ id, code, title, level: code.split('.').length });
const books: AchievementTaskOptionsQuery = {
  taskBooks: {
    edges: [
      {
        node: {
          id: 'book-1',
          title: '高水平学校建设任务书',
          tasks: [task('t-1', '1', '加强党的建设'), task('t-1.1', '1.1', '建设样板党支部'), task('t-2', '2', '打造技术技能人才培养高地')],
        },
      },
      { node: { id: 'book-2', title: '眼视光技术专业群建设任务书', tasks: [task('g-1.2', '1.2', '打造眼视光技术专业群')] } },
    ],
  },
};
const taskOptions = { data: books };
const counts = { data: { achievementCounts: [] } };
const listOf = (...items: AchievementRowFragment[]) => ({ data: { achievements: connection(items) } });

const optionTexts = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="achievement-task-option-"]')).map((node) => node.textContent?.trim());
const selectedTags = () =>
  Array.from(byTestId('achievement-linked-tasks')!.querySelectorAll('.el-select__tags-text')).map((node) => node.textContent?.trim());

async function openPicker(): Promise<void> {
  byTestId('achievement-linked-tasks')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
}

async function pick(taskId: string): Promise<void> {
  byTestId(`achievement-task-option-${taskId}`)!.click();
  await flushPromises();
}

async function choose(selectId: string, optionId: string): Promise<void> {
  byTestId(selectId)!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(optionId)!.click();
  await flushPromises();
}

describe('landmark achievements: linked construction tasks', () => {
  it('offers the tasks of every book by code and title, subtasks indented, and sends the chosen ones on create', async () => {
    const added = achievement('a-9', { title: '省级教学团队', linkedTaskIds: ['t-1.1', 'g-1.2'] });
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: { AchievementCounts: counts, Achievements: listOf(), AchievementTaskOptions: taskOptions, AddAchievement: { data: { addAchievement: added } } },
    });
    await flushPromises();
    expect(gateway.callsOf('AchievementTaskOptions')).toHaveLength(0);

    byTestId('add-achievement')!.click();
    await flushPromises();
    expect(gateway.callsOf('AchievementTaskOptions')).toHaveLength(1);

    await openPicker();
    expect(optionTexts()).toEqual(['1 加强党的建设', '1.1 建设样板党支部', '2 打造技术技能人才培养高地', '1.2 打造眼视光技术专业群']);
    expect(Array.from(document.querySelectorAll('.el-select-group__title')).map((node) => node.textContent?.trim())).toEqual([
      '高水平学校建设任务书',
      '眼视光技术专业群建设任务书',
    ]);
    expect(byTestId('achievement-task-option-t-1.1')!.querySelector('.task-option--level-2')).not.toBeNull();
    expect(byTestId('achievement-task-option-t-1')!.querySelector('.task-option--level-1')).not.toBeNull();
    await pick('t-1.1');
    await pick('g-1.2');
    expect(selectedTags()).toEqual(['1.1 建设样板党支部', '1.2 打造眼视光技术专业群']);

    typeInto('achievement-title', '省级教学团队');
    await choose('achievement-level', 'achievement-level-option-SCHOOL');
    typeInto('achievement-category', '教学团队');
    typeInto('achievement-awarded-on', '2026-01-15');
    await flushPromises();
    byTestId('achievement-save')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('AddAchievement')).toHaveLength(1));
    expect(gateway.callsOf('AddAchievement')[0]?.variables['input']).toMatchObject({ title: '省级教学团队', linkedTaskIds: ['t-1.1', 'g-1.2'] });
  });

  it('pre-selects the linked tasks of an edited achievement and sends the changed choice on update', async () => {
    const linked = achievement('a-1', { title: '国家级教学成果奖', linkedTaskIds: ['t-1', 'g-1.2'] });
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: {
        AchievementCounts: counts,
        Achievements: listOf(linked),
        AchievementTaskOptions: taskOptions,
        UpdateAchievement: { data: { updateAchievement: { ...linked, linkedTaskIds: ['g-1.2', 't-2'] } } },
      },
    });
    await flushPromises();

    byTestId('edit-achievement')!.click();
    await flushPromises();
    expect(selectedTags()).toEqual(['1 加强党的建设', '1.2 打造眼视光技术专业群']);

    await openPicker();
    await pick('t-1');
    await pick('t-2');
    expect(selectedTags()).toEqual(['1.2 打造眼视光技术专业群', '2 打造技术技能人才培养高地']);
    byTestId('achievement-save')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('UpdateAchievement')).toHaveLength(1));
    expect(gateway.callsOf('UpdateAchievement')[0]?.variables['input']).toMatchObject({ id: 'a-1', linkedTaskIds: ['g-1.2', 't-2'] });
  });

  it('keeps the existing links when the tasks cannot be loaded, and loads them again on retry', async () => {
    const linked = achievement('a-1', { linkedTaskIds: ['t-1'] });
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: {
        AchievementCounts: counts,
        Achievements: listOf(linked),
        // The list's load fails too; the dialog's first load fails, its retry succeeds.
        AchievementTaskOptions: [{ errors: [gqlError('INTERNAL', '')] }, { errors: [gqlError('INTERNAL', '')] }, taskOptions],
        UpdateAchievement: { data: { updateAchievement: linked } },
      },
    });
    await flushPromises();
    expect(byTestId('achievement-linked-count')?.textContent?.trim()).toBe('1 项任务');

    byTestId('edit-achievement')!.click();
    await flushPromises();
    expect(byTestId('achievement-tasks-error')?.textContent).toContain('建设任务加载失败');
    expect(selectedTags()).toEqual(['未知任务']);

    byTestId('achievement-tasks-retry')!.click();
    await flushPromises();
    expect(byTestId('achievement-tasks-error')).toBeNull();
    expect(selectedTags()).toEqual(['1 加强党的建设']);

    byTestId('achievement-save')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('UpdateAchievement')).toHaveLength(1));
    expect(gateway.callsOf('UpdateAchievement')[0]?.variables['input']).toMatchObject({ linkedTaskIds: ['t-1'] });
  });

  it('shows the codes of the linked tasks in the list, with the title on hover, loading the tasks once', async () => {
    const { gateway } = await mountFeature(AchievementsView, {
      session: { rules: adminRules },
      handlers: {
        AchievementCounts: counts,
        Achievements: listOf(achievement('a-1', { linkedTaskIds: ['t-1.1', 'g-1.2', 'gone'] }), achievement('a-2')),
        AchievementTaskOptions: taskOptions,
      },
    });
    await flushPromises();

    const tags = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="achievement-linked-task"]'));
    expect(tags.map((node) => node.textContent?.trim())).toEqual(['1.1', '1.2', '已删除的任务']);
    expect(tags.map((node) => node.getAttribute('title'))).toEqual(['1.1 建设样板党支部', '1.2 打造眼视光技术专业群', null]);
    expect(byTestId('achievements-table')!.querySelectorAll('[data-testid="achievement-linked-tasks-cell"]')).toHaveLength(1);
    expect(gateway.callsOf('AchievementTaskOptions')).toHaveLength(1);
  });

  it('shows an agency only how many tasks are linked, without loading every institution’s tasks', async () => {
    const { gateway } = await mountFeature(AchievementsView, {
      session: { role: 'AGENCY_OFFICER', organisationKind: 'AGENCY', rules: agencyRules },
      handlers: { AchievementCounts: counts, Achievements: listOf(achievement('a-1', { linkedTaskIds: ['t-1', 't-2'] })) },
    });
    await flushPromises();

    expect(byTestId('achievement-linked-count')?.textContent?.trim()).toBe('2 项任务');
    expect(byTestId('achievement-linked-task')).toBeNull();
    expect(gateway.callsOf('AchievementTaskOptions')).toHaveLength(0);
  });
});
