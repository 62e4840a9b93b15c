import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import { indicatorFixture, milestoneFixture, taskFixture as task } from '../testing/fixtures';
import { byTestId, mountFeature } from '../testing/mount-feature';
import { activeDrawerTab, drawerTabTitles, openDrawerTab } from '../testing/task-drawer';
import TaskDrawer from './task-drawer.vue';

// The task drawer in tabs: 计划与进度 first and rendered at once, the others rendered when first
// opened; tabs the role may not read are not shown; another task keeps the tab only when it lists
// the task's own records (indicators, milestones, funds, evidence), else goes back to the first.

const adminRules: AppRawRule[] = [{ action: 'manage', subject: ['TaskBook', 'ConstructionTask', 'IndicatorActual', 'Evidence', 'TaskHistory'] }];
// A leadership viewer of another kind: reads tasks and reported values, but neither evidence nor history.
const plainRules: AppRawRule[] = [{ action: 'read', subject: ['TaskBook', 'ConstructionTask', 'IndicatorActual'] }];

const tasks = [
  task('1', {
    title: '加强党的建设',
    indicators: [indicatorFixture('1-01', { name: '样板支部数' }), indicatorFixture('1-02', { name: '示范课数' })],
    milestones: [milestoneFixture('m-1', { taskId: 't-1', title: '完成党建调研' })],
  }),
  task('2', { title: '打造技术技能人才培养高地', indicators: [indicatorFixture('2-01', { taskId: 't-2', name: '专业群数' })] }),
];
const emptyHistory = { data: { taskHistory: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } };

async function openDrawer(rules: AppRawRule[]) {
  const mounted = await mountFeature(TaskDrawer, {
    props: { modelValue: true, task: tasks[0], taskBookId: 'book-1', years: [2025, 2026], editable: true, canUpdate: true, departments: [], people: [] },
    session: { rules },
    handlers: { TaskHistory: emptyHistory, ActualEvidence: { data: { evidence: [] } } },
  });
  await flushPromises();
  return mounted;
}

const indicatorNames = () => Array.from(document.querySelectorAll('[data-testid="indicator-table"] tbody tr.el-table__row')).map((row) => row.textContent);

describe('task drawer: tabs', () => {
  it('shows every tab to a 双高办 admin, with the number of indicators and milestones, rendering only the first at once', async () => {
    const { gateway } = await openDrawer(adminRules);

    expect(drawerTabTitles()).toEqual(['计划与进度', '绩效指标 (2)', '节点目标 (1)', '资金', '佐证材料', '变更记录']);
    expect(activeDrawerTab()).toBe('plan');
    expect(byTestId<HTMLInputElement>('task-plan-title')!.value).toBe('加强党的建设');
    expect(byTestId('task-progress-submit')).not.toBeNull();
    for (const id of ['indicator-table', 'task-milestones-t-1', 'task-funds', 'task-evidence', 'task-history']) expect(byTestId(id), id).toBeNull();
    // Nothing asked for but the session's own refresh.
    expect(gateway.operations().filter((name) => name !== 'RefreshSession')).toEqual([]);

    await openDrawerTab('indicators');
    expect(indicatorNames()).toHaveLength(2);
    await openDrawerTab('milestones');
    expect(byTestId('task-milestones-t-1')?.textContent).toContain('完成党建调研');
    await openDrawerTab('funds');
    expect(byTestId('task-funds')).not.toBeNull();
    await openDrawerTab('evidence');
    expect(byTestId('task-evidence')).not.toBeNull();
    expect(gateway.callsOf('ActualEvidence').map((call) => call.variables)).toEqual([{ objectType: 'ConstructionTask', objectId: 't-1' }]);
    await openDrawerTab('history');
    expect(byTestId('task-history')).not.toBeNull();
    expect(gateway.callsOf('TaskHistory')).toHaveLength(1);
  });

  it('has no evidence or history tab for a role that may read neither', async () => {
    const { gateway } = await openDrawer(plainRules);

    expect(drawerTabTitles()).toEqual(['计划与进度', '绩效指标 (2)', '节点目标 (1)', '资金']);
    expect(byTestId('task-drawer-tab-evidence')).toBeNull();
    expect(byTestId('task-drawer-tab-history')).toBeNull();
    await openDrawerTab('milestones');
    await openDrawerTab('funds');
    expect(byTestId('task-evidence')).toBeNull();
    expect(byTestId('task-history')).toBeNull();
    expect(gateway.callsOf('ActualEvidence')).toHaveLength(0);
    expect(gateway.callsOf('TaskHistory')).toHaveLength(0);
  });

  it('keeps the indicators tab for another task, showing its indicators, and goes back to the first tab from the history', async () => {
    const { gateway, wrapper } = await openDrawer(adminRules);

    await openDrawerTab('indicators');
    await wrapper.setProps({ task: tasks[1] });
    await flushPromises();
    expect(activeDrawerTab()).toBe('indicators');
    expect(drawerTabTitles()[1]).toBe('绩效指标 (1)');
    expect(indicatorNames()).toEqual([expect.stringContaining('专业群数')]);

    await openDrawerTab('history');
    expect(gateway.callsOf('TaskHistory').map((call) => call.variables['taskId'])).toEqual(['t-2']);
    await wrapper.setProps({ task: tasks[0] });
    await flushPromises();
    expect(activeDrawerTab()).toBe('plan');
    expect(byTestId<HTMLInputElement>('task-plan-title')!.value).toBe('加强党的建设');
    // The history of the task now shown is not asked for until its tab is opened.
    expect(gateway.callsOf('TaskHistory')).toHaveLength(1);
  });
});
