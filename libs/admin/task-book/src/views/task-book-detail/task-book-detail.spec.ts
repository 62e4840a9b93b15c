import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { TaskNodeFragment } from '@dsg/admin-data-access';
import type { MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { bookFixture, indicatorFixture, taskFixture as task } from '../../testing/fixtures';
import { byTestId, mountFeature, typeInto } from '../../testing/mount-feature';
import { openDrawerTab } from '../../testing/task-drawer';
import TaskBookDetailView from './index.vue';

const adminRules = [{ action: 'manage' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'IndicatorActual' as const] }];

const departments = {
  data: {
    departments: {
      edges: [
        { node: { id: 'd-jwc', code: 'JWC', name: '教务处', nameEn: 'Academic Affairs' } },
        { node: { id: 'd-kjc', code: 'KJC', name: '科技处', nameEn: null } },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};
const people = {
  data: {
    users: {
      edges: [
        { node: { id: 'u-wang', username: 'wang', displayName: '王院长' } },
        { node: { id: 'u-li', username: 'li', displayName: '李主任' } },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

// Deliberately not in code order: the page orders them.
const tasks: TaskNodeFragment[] = [
  task('2', { title: '打造技术技能人才培养高地', leadDepartmentId: 'd-jwc', leaderUserId: 'u-wang', status: 'IN_PROGRESS', progress: 40 }),
  task('1.2', { title: '推进党建与业务融合', leadDepartmentId: 'd-kjc', status: 'LAGGING', progress: 10 }),
  task('1', {
    title: '加强党的建设',
    leadDepartmentId: 'd-kjc',
    projectLeaderUserId: 'u-li',
    status: 'IN_PROGRESS',
    progress: 30,
    indicators: [
      indicatorFixture('1-01', { taskId: 't-1', attainment: 1, targets: [{ year: 2025, value: 3 }, { year: 2026, value: 5 }], finalTarget: 10 }),
      indicatorFixture('1-02', { taskId: 't-1', attainment: 0.85 }),
      indicatorFixture('1-03', { taskId: 't-1', attainment: 0.5 }),
      indicatorFixture('1-04', { taskId: 't-1', attainment: null, kind: 'QUALITATIVE' }),
    ],
  }),
  task('1.1', { title: '实施铸魂工程', cooperatingDepartmentIds: ['d-jwc'] }),
  task('1.1.1', { title: '建设样板支部', status: 'COMPLETED', progress: 100 }),
];

function detail(overrides: Parameters<typeof bookFixture>[0] = {}, list = tasks) {
  return { data: { taskBook: { ...bookFixture(overrides), tasks: list } } };
}

async function mountDetail(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = {}, rules = adminRules) {
  const mounted = await mountFeature(TaskBookDetailView, {
    props: { id: 'book-1' },
    session: { rules },
    handlers: { TaskBookDetail: detail(), TaskBookDepartments: departments, TaskBookPeople: people, ...handlers },
  });
  await flushPromises();
  return mounted;
}

const row = (code: string) => byTestId(`task-row-${code}`);
const visibleCodes = () => Array.from(document.querySelectorAll('[data-testid^="task-row-"]')).map((node) => node.getAttribute('data-testid')!.slice(9));
const inRow = (code: string, id: string) => row(code)!.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;

async function chooseOption(selectId: string, optionId: string): Promise<void> {
  byTestId(selectId)!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(optionId)!.click();
  await flushPromises();
}

async function confirmDialog(): Promise<void> {
  await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull());
  document.querySelector<HTMLElement>('.el-message-box .el-button--danger')!.click();
}

describe('task book detail', () => {
  it('builds the tree from the flat tasks in code order, with status, progress, department and indicator count', async () => {
    await mountDetail();

    expect(byTestId('task-tree')).not.toBeNull();
    expect(visibleCodes()).toEqual(['1', '1.1', '1.1.1', '1.2', '2']);
    expect(inRow('1', 'task-title').textContent).toBe('加强党的建设');
    expect(inRow('1', 'task-status').textContent?.trim()).toBe('进行中');
    expect(inRow('1.2', 'task-status').textContent?.trim()).toBe('滞后');
    expect(inRow('1', 'task-progress').textContent).toContain('30%');
    expect(inRow('1', 'task-lead-department').textContent).toBe('科技处');
    expect(inRow('1.1', 'task-lead-department').textContent).toBe('—');
    expect(inRow('1', 'task-indicator-count').textContent?.trim()).toBe('4 项');
    // A level-3 task cannot get children.
    expect(inRow('1.1.1', 'task-add-child').disabled).toBe(true);
    expect(byTestId('plan-locked-notice')).toBeNull();
  });

  it('filters by status, department and responsible person, keeping the ancestors of matches', async () => {
    await mountDetail();

    await chooseOption('filter-status', 'status-option-LAGGING');
    expect(visibleCodes()).toEqual(['1', '1.2']);
    expect(row('1')!.classList.contains('is-context')).toBe(true);
    expect(byTestId('drag-hint')?.textContent).toContain('筛选时不能拖动排序');

    byTestId('filter-reset')!.click();
    await flushPromises();
    expect(visibleCodes()).toHaveLength(5);

    // 教务处 leads task 2 and cooperates on 1.1.
    await chooseOption('filter-department', 'department-option-d-jwc');
    expect(visibleCodes()).toEqual(['1', '1.1', '2']);

    byTestId('filter-reset')!.click();
    await flushPromises();
    await chooseOption('filter-leader', 'leader-option-u-li');
    expect(byTestId('leader-option-u-li')?.textContent).toBe('李主任');
    expect(visibleCodes()).toEqual(['1']);
  });

  it('disables every plan edit of an approved book, with a notice, but still takes progress', async () => {
    await mountDetail({
      TaskBookDetail: detail({ currentVersionId: 'v-1' }),
      ReportTaskProgress: { data: { reportTaskProgress: { id: 't-1', status: 'COMPLETED', progress: 100 } } },
    });

    expect(byTestId('plan-locked-notice')?.textContent).toContain('任务书已批准');
    expect(byTestId<HTMLButtonElement>('add-task')!.disabled).toBe(true);
    for (const id of ['task-edit-title', 'task-move-up', 'task-move-down', 'task-add-sibling', 'task-add-child', 'task-delete']) {
      expect(inRow('1.2', id).disabled).toBe(true);
    }

    row('1')!.click();
    await flushPromises();
    expect(byTestId<HTMLButtonElement>('task-plan-submit')!.disabled).toBe(true);
    expect(byTestId<HTMLInputElement>('task-plan-title')!.disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>('task-progress-submit')!.disabled).toBe(false);
    await openDrawerTab('indicators');
    expect(byTestId<HTMLButtonElement>('add-indicator')!.disabled).toBe(true);
  });

  it('moves a task down among its siblings and reloads the renumbered tree', async () => {
    const { gateway } = await mountDetail({ MoveTask: { data: { moveTask: { id: 't-1.1', code: '1.2', parentId: 't-1' } } } });

    expect(inRow('1.1', 'task-move-up').disabled).toBe(true);
    inRow('1.1', 'task-move-down').click();
    await flushPromises();

    expect(gateway.callsOf('MoveTask')[0]?.variables).toEqual({ input: { id: 't-1.1', parentId: 't-1', index: 1 } });
    expect(gateway.callsOf('TaskBookDetail')).toHaveLength(2);
  });

  it('lets el-tree drop only where the result stays within three levels', async () => {
    const { wrapper } = await mountDetail();
    const tree = wrapper.findComponent({ name: 'ElTree' });
    const allowDrop = tree.props('allowDrop') as (a: unknown, b: unknown, type: string) => boolean;
    const node = (code: string) => {
      const all = (list: { task: TaskNodeFragment; children: unknown[] }[]): { task: TaskNodeFragment; children: unknown[] }[] =>
        list.flatMap((item) => [item, ...all(item.children as never)]);
      return { data: all(tree.props('data') as never).find((item) => item.task.code === code) };
    };

    expect(tree.props('draggable')).toBe(true);
    expect(allowDrop(node('2'), node('1.2'), 'inner')).toBe(true);
    expect(allowDrop(node('2'), node('1.1.1'), 'inner')).toBe(false);
    expect(allowDrop(node('1'), node('2'), 'inner')).toBe(false); // 1.1.1 would be at level 4
  });

  it('renames a task in place and deletes one after confirmation', async () => {
    const { gateway } = await mountDetail({
      UpdateTask: { data: { updateTask: { id: 't-1.2', code: '1.2', title: '推进党建与业务深度融合' } } },
      DeleteTask: { data: { deleteTask: true } },
    });

    inRow('1.2', 'task-edit-title').click();
    await flushPromises();
    typeInto('task-title-input', '推进党建与业务深度融合');
    byTestId('task-title-input')!.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    await flushPromises();
    expect(gateway.callsOf('UpdateTask')[0]?.variables).toEqual({ input: { id: 't-1.2', title: '推进党建与业务深度融合' } });

    inRow('2', 'task-delete').click();
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')?.textContent).toContain('确定删除任务「2 打造技术技能人才培养高地」'));
    await confirmDialog();
    await vi.waitFor(() => expect(gateway.callsOf('DeleteTask')[0]?.variables).toEqual({ id: 't-2' }));
  });

  it('adds a sub-task under a task, and a sibling right after a task', async () => {
    const { gateway } = await mountDetail({ AddTask: { data: { addTask: { id: 't-new', code: '1.3' } } } });

    inRow('1', 'task-add-child').click();
    await flushPromises();
    typeInto('new-task-title', '深化三全育人');
    byTestId('new-task-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('AddTask')).toHaveLength(1));
    expect(gateway.callsOf('AddTask')[0]?.variables).toEqual({
      input: {
        taskBookId: 'book-1',
        parentId: 't-1',
        index: null,
        title: '深化三全育人',
        description: null,
        leadDepartmentId: null,
        cooperatingDepartmentIds: [],
        leaderUserId: null,
        projectLeaderUserId: null,
        startDate: null,
        endDate: null,
      },
    });

    inRow('1.1', 'task-add-sibling').click();
    await flushPromises();
    typeInto('new-task-title', '实施强基工程');
    byTestId('new-task-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('AddTask')).toHaveLength(2));
    expect(gateway.callsOf('AddTask')[1]?.variables).toMatchObject({ input: { parentId: 't-1', index: 1, title: '实施强基工程' } });
  });

  it('opens a drawer with the plan and the indicators: yearly targets and attainment levels', async () => {
    await mountDetail();

    row('1')!.click();
    await flushPromises();

    expect(byTestId('task-drawer')?.textContent).toContain('1 加强党的建设');
    expect(byTestId('task-level')?.textContent?.trim()).toBe('一级任务');
    expect(byTestId<HTMLInputElement>('task-plan-title')!.value).toBe('加强党的建设');
    await openDrawerTab('indicators');
    const table = byTestId('indicator-table')!;
    const rows = Array.from(table.querySelectorAll('tbody tr.el-table__row'));
    expect(rows).toHaveLength(4);
    expect(rows[0]!.querySelector('[data-testid="indicator-target-2025"]')?.textContent).toBe('3');
    expect(rows[0]!.querySelector('[data-testid="indicator-target-2029"]')?.textContent).toBe('—');
    expect(rows[0]!.querySelector('[data-testid="indicator-final-target"]')?.textContent).toBe('10');
    const levels = rows.map((tableRow) => tableRow.querySelector('[data-testid="indicator-attainment"]'));
    expect(levels.map((tag) => tag?.getAttribute('data-level'))).toEqual(['MET', 'ON_TRACK', 'LAGGING', 'NO_DATA']);
    expect(levels.map((tag) => tag?.textContent?.trim())).toEqual(['100% 达成', '85% 正常', '50% 滞后', '无数据']);
  });

  it('adds an indicator with a target for each filled programme year', async () => {
    const { gateway } = await mountDetail({ AddIndicator: { data: { addIndicator: indicatorFixture('1-05') } } });
    row('1.2')!.click();
    await flushPromises();
    await openDrawerTab('indicators');

    byTestId('add-indicator')!.click();
    await flushPromises();
    typeInto('indicator-code-input', '1.2-01');
    typeInto('indicator-name-input', '党建工作样板支部数');
    typeInto('indicator-unit-input', '个');
    await chooseOption('indicator-category', 'category-option-OUTPUT_QUANTITY');
    for (const [year, value] of [
      ['2025', '1'],
      ['2027', '3'],
    ]) {
      const input = byTestId(`indicator-target-${year}`)!.querySelector('input')!;
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await flushPromises();
    byTestId('indicator-submit')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('AddIndicator')).toHaveLength(1));
    expect(gateway.callsOf('AddIndicator')[0]?.variables).toEqual({
      input: {
        taskId: 't-1.2',
        code: '1.2-01',
        name: '党建工作样板支部数',
        category: 'OUTPUT_QUANTITY',
        kind: 'QUANTITATIVE',
        unit: '个',
        direction: 'HIGHER_BETTER',
        aggregation: 'LATEST',
        baseline: null,
        finalTarget: null,
        yearlyTargets: [
          { year: 2025, value: 1 },
          { year: 2027, value: 3 },
        ],
      },
    });
  });

  it('lets a task lead edit only the tasks they or an ancestor task’s leaders are responsible for', async () => {
    // The gateway packs a task lead's rule with the actor's own id; here 李主任 (project leader of task 1).
    const leadRules = [
      { action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const] },
      { action: ['create' as const, 'update' as const], subject: 'ConstructionTask' as const, conditions: { tenantId: 'inst-1', responsibleUserIds: { $in: ['u-li'] } } },
    ];
    await mountDetail({}, leadRules as never);

    row('1.1.1')!.querySelector<HTMLElement>('[data-testid="task-title"]')!.click();
    await flushPromises();
    // A subtask of 李主任's task: progress can be reported.
    expect(byTestId('task-progress-submit')).not.toBeNull();

    row('2')!.querySelector<HTMLElement>('[data-testid="task-title"]')!.click();
    await flushPromises();
    // 王院长's task: read only.
    expect(byTestId('task-progress-submit')).toBeNull();
    expect(byTestId('task-plan-submit')).toBeNull();

    // The tree asks the same per row: 李主任 renames and adds under task 1, not under task 2 or at the top.
    expect(inRow('1', 'task-edit-title')).not.toBeNull();
    expect(inRow('1', 'task-add-child')).not.toBeNull();
    expect(row('2')!.querySelector('[data-testid="task-edit-title"]')).toBeNull();
    expect(row('2')!.querySelector('[data-testid="task-add-child"]')).toBeNull();
    expect(byTestId('add-task')).toBeNull();
  });

  it('lets a task lead drag only own tasks, and drop them only under own tasks', async () => {
    const leadRules = [
      { action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const] },
      { action: ['create' as const, 'update' as const], subject: 'ConstructionTask' as const, conditions: { tenantId: 'inst-1', responsibleUserIds: { $in: ['u-li'] } } },
    ];
    const { wrapper } = await mountDetail({}, leadRules as never);
    const tree = wrapper.findComponent({ name: 'ElTree' });
    const allowDrag = tree.props('allowDrag') as (a: unknown) => boolean;
    const allowDrop = tree.props('allowDrop') as (a: unknown, b: unknown, type: string) => boolean;
    const all = (list: { task: TaskNodeFragment; children: unknown[] }[]): { task: TaskNodeFragment; children: unknown[] }[] =>
      list.flatMap((item) => [item, ...all(item.children as never)]);
    const node = (code: string) => ({ data: all(tree.props('data') as never).find((item) => item.task.code === code) });

    expect(allowDrag(node('1.2'))).toBe(true);
    expect(allowDrag(node('2'))).toBe(false);
    expect(allowDrop(node('1.2'), node('1.1'), 'inner')).toBe(true);
    // Not under 王院长's task, nor to the top level (no parent the lead is responsible for).
    expect(allowDrop(node('1.2'), node('2'), 'inner')).toBe(false);
    expect(allowDrop(node('1.2'), node('2'), 'after')).toBe(false);
  });

  it('hides plan actions from a reader', async () => {
    await mountDetail({}, [{ action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const] }] as never);

    expect(byTestId('add-task')).toBeNull();
    expect(row('1')!.querySelector('[data-testid="task-delete"]')).toBeNull();
    expect(byTestId('drag-hint')).toBeNull();
    row('1')!.click();
    await flushPromises();
    expect(byTestId('task-plan-submit')).toBeNull();
    expect(byTestId('task-progress-submit')).toBeNull();
    await openDrawerTab('indicators');
    expect(byTestId('indicator-table')).not.toBeNull();
    expect(byTestId('add-indicator')).toBeNull();
  });
});

