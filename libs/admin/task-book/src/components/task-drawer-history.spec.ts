import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import type { RecordedGraphQLCall } from '@dsg/admin-data-access/testing';
import { taskFixture as task } from '../testing/fixtures';
import { byTestId, mountFeature } from '../testing/mount-feature';
import { activeDrawerTab, openDrawerTab } from '../testing/task-drawer';
import TaskDrawer from './task-drawer.vue';

// 变更记录 is the last tab of the task drawer: it loads when the tab is first opened, and another
// task's drawer goes back to the first tab (../components/task-drawer-tabs.spec.ts covers the rest).

const memberRules: AppRawRule[] = [{ action: 'read', subject: ['TaskBook', 'ConstructionTask', 'TaskHistory'] }];
const noHistoryRules: AppRawRule[] = [{ action: 'read', subject: ['TaskBook', 'ConstructionTask'] }];

// The directory's people, as the task book page passes them to the drawer.
const people = [{ id: 'u-1', label: '张三' }];
const historyOf = (call: RecordedGraphQLCall) => {
  const taskId = String(call.variables['taskId']);
  const title = taskId === 't-1' ? '全面加强党的建设' : '人才培养方案修订';
  const node = {
    id: `h-${taskId}`,
    occurredAt: '2026-03-05T02:30:00.000Z',
    actorId: 'u-1',
    action: 'updateTask:update',
    objectType: 'ConstructionTask',
    objectId: taskId,
    before: { id: taskId, code: taskId.slice(2), title: '旧名称' },
    after: { id: taskId, code: taskId.slice(2), title },
  };
  return { data: { taskHistory: { edges: [{ cursor: 'c-1', node }], pageInfo: { hasNextPage: false, endCursor: 'c-1' }, totalCount: 1 } } };
};

const tasks = [task('1', { title: '加强党的建设' }), task('2', { title: '打造技术技能人才培养高地' })];

async function openDrawer(rules: AppRawRule[]) {
  const mounted = await mountFeature(TaskDrawer, {
    props: { modelValue: true, task: tasks[0], taskBookId: 'book-1', years: [2025, 2026], editable: true, canUpdate: false, departments: [], people },
    session: { rules },
    handlers: { TaskHistory: historyOf },
  });
  await flushPromises();
  return mounted;
}

const summaries = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-testid="history-entry"]')).map(
    (row) => `${row.querySelector('[data-testid="history-actor"]')?.textContent?.trim()} ${row.querySelector('[data-testid="history-summary"]')?.textContent?.trim()}`,
  );

describe('task drawer: change history', () => {
  it('loads the history when its tab is opened, naming people from the directory', async () => {
    const { gateway } = await openDrawer(memberRules);
    expect(byTestId('task-drawer-tab-history')?.textContent).toBe('变更记录');
    expect(activeDrawerTab()).toBe('plan');
    expect(byTestId('task-history')).toBeNull();
    expect(gateway.callsOf('TaskHistory')).toHaveLength(0);

    await openDrawerTab('history');

    expect(gateway.callsOf('TaskHistory').map((call) => call.variables)).toEqual([{ taskId: 't-1', first: 20, after: null }]);
    expect(summaries()).toEqual(['张三 修改了任务 1 全面加强党的建设']);
  });

  it('shows another task on the first tab with its predecessor’s entries gone, loading its own when the tab is opened', async () => {
    const { gateway, wrapper } = await openDrawer(memberRules);
    await openDrawerTab('history');
    expect(summaries()).toEqual(['张三 修改了任务 1 全面加强党的建设']);

    await wrapper.setProps({ task: tasks[1] });
    await flushPromises();
    expect(activeDrawerTab()).toBe('plan');
    expect(summaries()).toEqual([]);
    expect(gateway.callsOf('TaskHistory')).toHaveLength(1);

    await openDrawerTab('history');
    expect(gateway.callsOf('TaskHistory').map((call) => call.variables['taskId'])).toEqual(['t-1', 't-2']);
    expect(summaries()).toEqual(['张三 修改了任务 2 人才培养方案修订']);
  });

  it('has no history tab for someone who may not read it', async () => {
    const { gateway } = await openDrawer(noHistoryRules);

    expect(document.querySelector('.el-drawer__title')?.textContent).toContain('加强党的建设');
    expect(byTestId('task-drawer-tabs')).not.toBeNull();
    expect(byTestId('task-drawer-tab-history')).toBeNull();
    expect(byTestId('task-history')).toBeNull();
    expect(gateway.callsOf('TaskHistory')).toHaveLength(0);
  });
});
