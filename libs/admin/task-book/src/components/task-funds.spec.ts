import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { fundFigures, taskFixture as task } from '../testing/fixtures';
import { byTestId, mountFeature, typeInto } from '../testing/mount-feature';
import TaskFunds from './task-funds.vue';

// 资金 of a task as the drawer shows it: its figures (including its sub-tasks) and its own budget
// lines, which are plan data, replaced with setTaskBudget while the book is a draft only (else
// shown as a table of funding sources × years). Mounted with the drawer's props;
// ../views/task-book-detail/task-drawer-funds.spec.ts covers the wiring.

const rules: AppRawRule[] = [{ action: 'manage', subject: ['TaskBook', 'ConstructionTask'] }];
const years = [2025, 2026, 2027, 2028, 2029];
const budget = [
  { source: 'LOCAL' as const, year: 2026, amount: 50 },
  { source: 'CENTRAL' as const, year: 2025, amount: 100 },
];
const taskWithFunds = task('1', { title: '加强党的建设', budget, funds: fundFigures({ budget: 150, arrived: 75, spent: 30 }) });

async function mountFunds(options: { editable?: boolean; canUpdate?: boolean; handlers?: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> } = {}) {
  const mounted = await mountFeature(TaskFunds, {
    session: { rules },
    props: { task: taskWithFunds, years, editable: options.editable ?? true, canUpdate: options.canUpdate ?? true },
    handlers: options.handlers ?? {},
  });
  await flushPromises();
  return mounted;
}

const text = (id: string) => byTestId(id)?.textContent?.trim();
const input = (id: string) => byTestId<HTMLInputElement>(id)!;
const selected = (id: string) => byTestId(id)!.querySelector('.el-select__selected-item:not(.is-hidden)')?.textContent?.trim();

async function choose(selectId: string, optionId: string): Promise<void> {
  byTestId(selectId)!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(optionId)!.click();
  await flushPromises();
}

describe('task funds', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 10));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the task’s figures and its budget lines by year and source', async () => {
    await mountFunds();

    expect(text('task-funds-budget')).toBe('150 万元');
    expect(text('task-funds-arrived')).toBe('75 万元');
    expect(text('task-funds-spent')).toBe('30 万元');
    expect(text('task-funds-arrivalRate')).toBe('50%');
    expect(text('task-funds-executionRate')).toBe('20%');
    expect(document.querySelectorAll('[data-testid="task-budget-line"]')).toHaveLength(2);
    expect([selected('budget-source-0'), selected('budget-year-0'), input('budget-amount-0').value]).toEqual(['中央财政', '2025', '100']);
    expect([selected('budget-source-1'), selected('budget-year-1'), input('budget-amount-1').value]).toEqual(['地方财政', '2026', '50']);
    expect(text('task-budget-total')).toBe('合计 150 万元');
    expect(byTestId<HTMLButtonElement>('budget-save')!.disabled).toBe(true);
  });

  it('replaces the budget lines with the edited ones and tells the drawer', async () => {
    const saved = [
      { source: 'CENTRAL', year: 2025, amount: 120 },
      { source: 'SELF', year: 2027, amount: 30.5 },
    ];
    const { gateway, wrapper } = await mountFunds({ handlers: { SetTaskBudget: { data: { setTaskBudget: saved } } } });

    typeInto('budget-amount-0', '120');
    byTestId('budget-remove-1')!.click();
    await flushPromises();
    byTestId('budget-add-line')!.click();
    await flushPromises();
    await choose('budget-source-1', 'budget-source-1-SELF');
    await choose('budget-year-1', 'budget-year-1-2027');
    typeInto('budget-amount-1', '30.5');
    await flushPromises();
    expect(text('task-budget-total')).toBe('合计 150.5 万元');

    byTestId('budget-save')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('SetTaskBudget')).toHaveLength(1));
    expect(gateway.callsOf('SetTaskBudget')[0]?.variables).toEqual({
      input: {
        taskId: 't-1',
        lines: [
          { source: 'CENTRAL', year: 2025, amount: 120 },
          { source: 'SELF', year: 2027, amount: 30.5 },
        ],
      },
    });
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
    // The saved lines are the new starting point: nothing left to save.
    expect(byTestId<HTMLButtonElement>('budget-save')!.disabled).toBe(true);
  });

  it('clears all lines with an empty list', async () => {
    const { gateway } = await mountFunds({ handlers: { SetTaskBudget: { data: { setTaskBudget: [] } } } });

    byTestId('budget-remove-1')!.click();
    await flushPromises();
    byTestId('budget-remove-0')!.click();
    await flushPromises();
    expect(text('task-budget-empty')).toBe('暂无预算');
    byTestId('budget-save')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('SetTaskBudget')).toHaveLength(1));
    expect(gateway.callsOf('SetTaskBudget')[0]?.variables).toEqual({ input: { taskId: 't-1', lines: [] } });
  });

  it('refuses incomplete, negative and duplicate lines before calling the server', async () => {
    const { gateway } = await mountFunds();

    typeInto('budget-amount-1', '-5');
    byTestId('budget-add-line')!.click();
    await flushPromises();
    byTestId('budget-add-line')!.click();
    await flushPromises();
    await choose('budget-source-3', 'budget-source-3-CENTRAL');
    await choose('budget-year-3', 'budget-year-3-2025');
    typeInto('budget-amount-3', '1');
    await flushPromises();
    byTestId('budget-save')!.click();
    await flushPromises();

    expect(byTestId('budget-error-0')).toBeNull();
    expect(text('budget-error-1')).toBe('不能为负数');
    expect(text('budget-error-2')).toBe('请选择资金来源和年度');
    expect(text('budget-error-3')).toBe('同一资金来源同一年度只能有一行');
    expect(gateway.callsOf('SetTaskBudget')).toHaveLength(0);
  });

  it('shows the server’s message on the line it is about and keeps the edits', async () => {
    const { wrapper } = await mountFunds({
      handlers: { SetTaskBudget: { errors: [gqlError('BAD_USER_INPUT', '提交的数据有误', [{ field: 'lines.1.year', message: '应在 2025 到 2029 之间' }])] } },
    });

    typeInto('budget-amount-0', '80');
    await flushPromises();
    byTestId('budget-save')!.click();

    await vi.waitFor(() => expect(text('budget-error-1')).toBe('应在 2025 到 2029 之间'));
    expect(byTestId('budget-error-0')).toBeNull();
    expect(input('budget-amount-0').value).toBe('80');
    expect(byTestId<HTMLButtonElement>('budget-save')!.disabled).toBe(false);
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('shows a refusal without field errors, such as an approval in the meantime, as a message', async () => {
    await mountFunds({ handlers: { SetTaskBudget: { errors: [gqlError('CONFLICT', '任务书已批准，不能直接修改')] } } });

    typeInto('budget-amount-0', '80');
    await flushPromises();
    byTestId('budget-save')!.click();

    await vi.waitFor(() => expect(text('task-budget-error')).toBe('任务书已批准，不能直接修改'));
    expect(input('budget-amount-0').value).toBe('80');
  });

  it('shows the budget of an approved book as a read-only table, with a notice and nothing to edit', async () => {
    const { gateway } = await mountFunds({ editable: false });

    expect(text('task-budget-locked')).toContain('任务书已批准');
    expect(text('budget-matrix-CENTRAL-2025')).toBe('100');
    expect(text('budget-matrix-LOCAL-2026')).toBe('50');
    expect(byTestId('task-funds')!.querySelectorAll('input, textarea, .el-select')).toHaveLength(0);
    for (const id of ['task-budget-line', 'budget-amount-0', 'budget-source-0', 'budget-remove-0', 'budget-add-line', 'budget-save']) {
      expect(byTestId(id), id).toBeNull();
    }
    expect(gateway.callsOf('SetTaskBudget')).toHaveLength(0);
  });

  it('shows someone who may not update the task the figures and the budget table, with nothing to edit', async () => {
    await mountFunds({ canUpdate: false });

    expect(text('task-funds-budget')).toBe('150 万元');
    expect(text('budget-matrix-total-total')).toBe('150');
    expect(byTestId('task-funds')!.querySelectorAll('input, textarea, .el-select')).toHaveLength(0);
    expect(byTestId('budget-save')).toBeNull();
    expect(byTestId('budget-add-line')).toBeNull();
    expect(byTestId('budget-remove-0')).toBeNull();
    expect(byTestId('task-budget-locked')).toBeNull();
  });

  it('shows a read-only budget as amounts by funding source and year, with row and column totals', async () => {
    const lines = [
      { source: 'SELF' as const, year: 2029, amount: 20 },
      { source: 'CENTRAL' as const, year: 2026, amount: 80.5 },
      { source: 'LOCAL' as const, year: 2026, amount: 50 },
      { source: 'CENTRAL' as const, year: 2025, amount: 1200 },
    ];
    await mountFeature(TaskFunds, {
      session: { rules },
      props: { task: task('2', { budget: lines, funds: fundFigures({ budget: 1350.5 }) }), years, editable: false, canUpdate: true },
    });
    await flushPromises();

    const matrix = byTestId('task-budget-matrix')!;
    const headers = Array.from(matrix.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    expect(headers).toEqual(['资金来源', '2025 年', '2026 年', '2027 年', '2028 年', '2029 年', '合计']);
    // Only the sources with lines, in the usual order.
    expect(Array.from(matrix.querySelectorAll('[data-testid="budget-matrix-source"]')).map((cell) => cell.textContent?.trim())).toEqual(['中央财政', '地方财政', '学校自筹']);
    const row = (source: string) => [...years.map((year) => text(`budget-matrix-${source}-${year}`)), text(`budget-matrix-${source}-total`)];
    expect(row('CENTRAL')).toEqual(['1,200', '80.5', '—', '—', '—', '1,280.5']);
    expect(row('LOCAL')).toEqual(['—', '50', '—', '—', '—', '50']);
    expect(row('SELF')).toEqual(['—', '—', '—', '—', '20', '20']);
    expect(matrix.querySelector('.el-table__footer td')?.textContent?.trim()).toBe('合计');
    expect(row('total')).toEqual(['1,200', '130.5', '0', '0', '20', '1,350.5']);
    expect(text('budget-matrix-INDUSTRY-total')).toBeUndefined();
  });

  it('says so when a read-only task has no budget lines', async () => {
    await mountFeature(TaskFunds, { session: { rules }, props: { task: task('3'), years, editable: false, canUpdate: false } });
    await flushPromises();

    expect(text('task-budget-empty')).toBe('暂无预算');
    expect(byTestId('task-budget-matrix')).toBeNull();
  });
});
