import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { TaskHistoryEntryFragment } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { byTestId, mountFeature } from '../testing/mount-feature';
import TaskHistory from './task-history.vue';

// 变更记录 in the task drawer: the audit entries of a task, newest first, as the gateway returns them.

const people = [
  { id: 'u-1', label: '张三' },
  { id: 'u-2', label: '李四' },
];
const departments = [{ id: 'd-1', label: '党委办公室' }];

const OCCURRED_AT = '2026-03-05T02:30:00.000Z';
const entry = (id: string, action: string, objectType: string, before: unknown, after: unknown, extra: Partial<TaskHistoryEntryFragment> = {}): TaskHistoryEntryFragment => ({
  id,
  occurredAt: OCCURRED_AT,
  actorId: 'u-1',
  action,
  objectType,
  objectId: `o-${id}`,
  before,
  after,
  ...extra,
});
const page = (entries: TaskHistoryEntryFragment[], { hasNextPage = false, endCursor = null as string | null, totalCount = entries.length } = {}) => ({
  data: { taskHistory: { edges: entries.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage, endCursor }, totalCount } },
});

const task = {
  id: 't-1',
  tenantId: 'inst-1',
  position: 1,
  code: '1.2',
  title: '推进党建与业务融合',
  description: '短说明',
  leaderUserId: 'u-1',
  leadDepartmentId: null,
  status: 'NOT_STARTED',
  progress: 0,
  updatedAt: '2026-03-01T00:00:00.000Z',
};
const longText = '建设内容'.repeat(30);
const taskUpdate = entry('h-1', 'updateTask:update', 'ConstructionTask', task, {
  ...task,
  position: 2,
  title: '推进党建与业务深度融合',
  description: longText,
  leaderUserId: 'u-2',
  leadDepartmentId: 'd-1',
  status: 'IN_PROGRESS',
  progress: 30,
  updatedAt: '2026-03-05T02:30:00.000Z',
});
const indicatorCreate = entry('h-2', 'addIndicator:create', 'PerformanceIndicator', null, { id: 'i-1', code: '1.2-3', name: '样板支部数', unit: '个' });
const milestoneDelete = entry('h-3', 'deleteMilestone:delete', 'Milestone', { id: 'm-1', title: '中期检查', dueDate: '2026-06-30' }, null, { actorId: 'u-gone' });
const actualBySystem = entry('h-4', 'system:create', 'IndicatorActual', null, { id: 'x-1', period: '2025-Q3', value: 3 }, { actorId: null });

async function mountHistory(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>, props: { taskId?: string; active?: boolean } = {}) {
  const mounted = await mountFeature(TaskHistory, { props: { taskId: 't-1', active: true, people, departments, ...props }, handlers });
  await flushPromises();
  return mounted;
}

const all = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
const text = (id: string, root: ParentNode = document) => root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
const entries = () => all('history-entry');
const summaries = () => entries().map((row) => `${text('history-actor', row)} ${text('history-summary', row)}`);

describe('task history', () => {
  it('lists who changed what and when, updates with their changed fields only', async () => {
    const { gateway } = await mountHistory({ TaskHistory: page([taskUpdate, indicatorCreate, milestoneDelete, actualBySystem]) });

    expect(gateway.callsOf('TaskHistory').map((call) => call.variables)).toEqual([{ taskId: 't-1', first: 20, after: null }]);
    expect(summaries()).toEqual([
      '张三 修改了任务 1.2 推进党建与业务深度融合',
      '张三 新增了指标 1.2-3 样板支部数',
      '未知用户 删除了节点目标 中期检查',
      '系统 新增了完成值 2025 年第 3 季度',
    ]);
    expect(entries().map((row) => row.dataset['kind'])).toEqual(['update', 'create', 'delete', 'create']);

    const stamp = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(OCCURRED_AT));
    expect(document.querySelector('.el-timeline-item__timestamp')?.textContent?.trim()).toBe(stamp);

    // Only the update lists fields; position and updatedAt changed too but are bookkeeping.
    const fields = all('history-field');
    expect(fields.map((field) => field.dataset['field'])).toEqual(['title', 'description', 'leaderUserId', 'leadDepartmentId', 'status', 'progress']);
    expect(fields.map((field) => field.textContent?.trim())).toEqual([
      '名称：推进党建与业务融合 → 推进党建与业务深度融合',
      `建设内容：短说明 → ${longText.slice(0, 59)}…`,
      '领衔领导：张三 → 李四',
      '牵头部门：— → 党委办公室',
      '状态：未开始 → 进行中',
      '进度：0% → 30%',
    ]);
    expect(fields[1]!.querySelector('ins')?.getAttribute('title')).toBe(longText);
    expect(fields[0]!.querySelector('ins')?.hasAttribute('title')).toBe(false);
    expect(byTestId('list-summary')?.textContent).toBe('已加载 4 条，共 4 条');
    expect(byTestId('load-more')).toBeNull();
  });

  it('names the changes in English', async () => {
    await mountFeature(TaskHistory, {
      props: { taskId: 't-1', active: true, people, departments },
      locale: 'en',
      handlers: { TaskHistory: page([taskUpdate, milestoneDelete]) },
    });
    await flushPromises();

    expect(summaries()).toEqual(['张三 updated task 1.2 推进党建与业务深度融合', 'Unknown user deleted milestone 中期检查']);
    expect(all('history-field')[4]?.textContent?.trim()).toBe('Status: Not started → In progress');
  });

  it('loads nothing until shown', async () => {
    const { gateway, wrapper } = await mountHistory({ TaskHistory: page([indicatorCreate]) }, { active: false });
    expect(gateway.callsOf('TaskHistory')).toHaveLength(0);
    expect(entries()).toHaveLength(0);

    await wrapper.setProps({ active: true });
    await flushPromises();
    expect(gateway.callsOf('TaskHistory')).toHaveLength(1);
    expect(summaries()).toEqual(['张三 新增了指标 1.2-3 样板支部数']);

    // Hidden and shown again: what was loaded stays.
    await wrapper.setProps({ active: false });
    await wrapper.setProps({ active: true });
    await flushPromises();
    expect(gateway.callsOf('TaskHistory')).toHaveLength(1);
  });

  it('loads the next page with the end cursor and appends it', async () => {
    const { gateway } = await mountHistory({
      TaskHistory: [page([taskUpdate, indicatorCreate], { hasNextPage: true, endCursor: 'cursor-2', totalCount: 3 }), page([milestoneDelete], { totalCount: 3 })],
    });
    expect(byTestId('list-summary')?.textContent).toBe('已加载 2 条，共 3 条');

    byTestId('load-more')!.click();
    await flushPromises();

    expect(gateway.callsOf('TaskHistory').map((call) => call.variables)).toEqual([
      { taskId: 't-1', first: 20, after: null },
      { taskId: 't-1', first: 20, after: 'cursor-2' },
    ]);
    expect(entries().map((row) => row.dataset['objectType'])).toEqual(['ConstructionTask', 'PerformanceIndicator', 'Milestone']);
    expect(byTestId('list-summary')?.textContent).toBe('已加载 3 条，共 3 条');
    expect(byTestId('load-more')).toBeNull();
  });

  it('refreshes from the first page, replacing what was loaded', async () => {
    const { gateway } = await mountHistory({
      TaskHistory: [page([indicatorCreate], { hasNextPage: true, endCursor: 'cursor-1', totalCount: 2 }), page([milestoneDelete], { totalCount: 2 }), page([taskUpdate, indicatorCreate], { totalCount: 2 })],
    });
    byTestId('load-more')!.click();
    await flushPromises();
    expect(entries()).toHaveLength(2);

    byTestId('task-history-refresh')!.click();
    await flushPromises();

    expect(gateway.callsOf('TaskHistory').map((call) => call.variables['after'])).toEqual([null, 'cursor-1', null]);
    expect(entries().map((row) => row.dataset['objectType'])).toEqual(['ConstructionTask', 'PerformanceIndicator']);
  });

  it('says so when the task has no history', async () => {
    await mountHistory({ TaskHistory: page([]) });

    expect(text('task-history-empty')).toBe('暂无变更记录');
    expect(byTestId('task-history-timeline')).toBeNull();
  });

  it('shows a failed load with a retry that loads again', async () => {
    const { gateway } = await mountHistory({ TaskHistory: [{ errors: [gqlError('INTERNAL')] }, page([indicatorCreate])] });

    expect(byTestId('error-state')?.textContent).toContain('变更记录加载失败');
    expect(entries()).toHaveLength(0);

    byTestId('error-retry')!.click();
    await flushPromises();

    expect(gateway.callsOf('TaskHistory')).toHaveLength(2);
    expect(byTestId('error-state')).toBeNull();
    expect(summaries()).toEqual(['张三 新增了指标 1.2-3 样板支部数']);
  });

  it('keeps the loaded entries when a further page fails, and retries that page', async () => {
    const { gateway } = await mountHistory({
      TaskHistory: [page([taskUpdate], { hasNextPage: true, endCursor: 'cursor-1', totalCount: 2 }), { errors: [gqlError('INTERNAL')] }, page([indicatorCreate], { totalCount: 2 })],
    });

    byTestId('load-more')!.click();
    await flushPromises();
    expect(text('task-history-later-error')).toContain('变更记录加载失败');
    expect(entries()).toHaveLength(1);

    byTestId('task-history-retry')!.click();
    await flushPromises();
    expect(gateway.callsOf('TaskHistory').map((call) => call.variables['after'])).toEqual([null, 'cursor-1', 'cursor-1']);
    expect(byTestId('task-history-later-error')).toBeNull();
    expect(entries()).toHaveLength(2);
  });

  it('clears the entries of the previous task and loads the next one', async () => {
    const other = entry('h-9', 'addMilestone:create', 'Milestone', null, { id: 'm-9', title: '人才培养方案修订' });
    const byTask = (call: { variables: Record<string, unknown> }) => page(call.variables['taskId'] === 't-2' ? [other] : [taskUpdate, indicatorCreate]);
    const { gateway, wrapper } = await mountHistory({ TaskHistory: byTask });
    expect(entries()).toHaveLength(2);

    await wrapper.setProps({ taskId: 't-2' });
    await flushPromises();

    expect(gateway.callsOf('TaskHistory').map((call) => call.variables)).toEqual([
      { taskId: 't-1', first: 20, after: null },
      { taskId: 't-2', first: 20, after: null },
    ]);
    expect(summaries()).toEqual(['张三 新增了节点目标 人才培养方案修订']);
  });

  it('drops a previous task’s entries while hidden, and ignores its answer still on the way', async () => {
    let answer: (value: ReturnType<typeof page>) => void = () => undefined;
    const slow = new Promise<ReturnType<typeof page>>((resolve) => {
      answer = resolve;
    });
    const { gateway, wrapper } = await mountHistory({ TaskHistory: [() => slow, page([milestoneDelete])] });
    expect(gateway.callsOf('TaskHistory')).toHaveLength(1);

    await wrapper.setProps({ taskId: 't-2', active: false });
    answer(page([taskUpdate]));
    await flushPromises();
    expect(entries()).toHaveLength(0);
    expect(byTestId('task-history-empty')).toBeNull();
    expect(gateway.callsOf('TaskHistory')).toHaveLength(1);

    await wrapper.setProps({ active: true });
    await flushPromises();
    expect(gateway.callsOf('TaskHistory')[1]?.variables).toEqual({ taskId: 't-2', first: 20, after: null });
    expect(summaries()).toEqual(['未知用户 删除了节点目标 中期检查']);
  });
});
