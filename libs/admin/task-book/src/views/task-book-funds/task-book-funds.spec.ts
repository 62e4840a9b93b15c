import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule, FundMovementRowFragment, FundTaskRowFragment, FundingSource, TaskBookFundsQuery } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { bookFixture, connection, fundFigures } from '../../testing/fixtures';
import { byTestId, mountFeature, typeInto } from '../../testing/mount-feature';
import TaskBooksView from '../task-books/index.vue';
import TaskBookFundsView from './index.vue';

// 资金 of a task book: figures from the server (to the cent, rates null without a budget), and
// the period editor that records arrivals and spending for whoever may update the book.

const adminRules: AppRawRule[] = [{ action: 'manage', subject: ['TaskBook', 'ConstructionTask'] }];
const viewerRules: AppRawRule[] = [{ action: 'read', subject: ['TaskBook', 'ConstructionTask'] }];

const fundTask = (code: string, overrides: Partial<FundTaskRowFragment> = {}): FundTaskRowFragment => {
  const parts = code.split('.');
  return {
    id: `t-${code}`,
    parentId: parts.length > 1 ? `t-${parts.slice(0, -1).join('.')}` : null,
    code,
    level: parts.length,
    title: `任务 ${code}`,
    budget: [],
    funds: fundFigures(),
    ...overrides,
  };
};
const bySource = (source: FundingSource, budget: number, arrived: number, spent: number) => ({ source, ...fundFigures({ budget, arrived, spent }) });

// 1.1 holds all the money: 中央 200 (2025 and 2026), 地方 100 (2025); 学校自筹 5 arrived without a budget.
const tasks = [
  fundTask('2', { title: '打造技术技能人才培养高地' }),
  fundTask('1.1', {
    title: '实施铸魂工程',
    budget: [
      { source: 'CENTRAL', year: 2025, amount: 100 },
      { source: 'LOCAL', year: 2025, amount: 100 },
      { source: 'CENTRAL', year: 2026, amount: 100 },
    ],
    funds: fundFigures({ budget: 300, arrived: 155, spent: 60 }),
  }),
  fundTask('1', { title: '加强党的建设', funds: fundFigures({ budget: 300, arrived: 155, spent: 60 }) }),
];

function funds(overrides: Partial<TaskBookFundsQuery['taskBook']> = {}): { data: TaskBookFundsQuery } {
  return {
    data: {
      taskBook: {
        ...bookFixture(),
        funds: fundFigures({ budget: 300, arrived: 155, spent: 60 }),
        fundsBySource: [bySource('CENTRAL', 200, 120, 60), bySource('LOCAL', 100, 30, 0), bySource('SELF', 0, 5, 0)],
        fundsByYear: [
          { year: 2025, ...fundFigures({ budget: 200, arrived: 125, spent: 50 }) },
          { year: 2026, ...fundFigures({ budget: 100, arrived: 30, spent: 10 }) },
        ],
        tasks,
        ...overrides,
      },
    },
  };
}

const movement = (code: string, source: FundingSource, period: string, arrived: number, spent: number): FundMovementRowFragment => ({
  taskId: `t-${code}`,
  source,
  period,
  arrived,
  spent,
  enteredBy: 'u-1',
  enteredAt: '2026-04-02T08:00:00.000Z',
});
const movements = (list: FundMovementRowFragment[]) => ({ data: { taskBook: { id: 'book-1', fundMovements: list } } });
const q2 = movements([movement('1.1', 'CENTRAL', '2026-Q2', 20, 10), movement('1.1', 'SELF', '2026-Q2', 5, 0)]);

async function mountPage(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = {}, rules = adminRules) {
  const mounted = await mountFeature(TaskBookFundsView, {
    props: { id: 'book-1' },
    session: { rules },
    handlers: { TaskBookFunds: funds(), TaskBookFundMovements: q2, ...handlers },
  });
  await flushPromises();
  await flushPromises();
  return mounted;
}

const text = (id: string, root: ParentNode = document) => root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
const texts = (id: string, root: ParentNode = document) => Array.from(root.querySelectorAll(`[data-testid="${id}"]`)).map((node) => node.textContent?.trim());
const value = (id: string) => byTestId<HTMLInputElement>(id)!.value;

async function choose(selectId: string, optionId: string): Promise<void> {
  byTestId(selectId)!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(optionId)!.click();
  await flushPromises();
}

describe('task book funds', () => {
  beforeEach(() => {
    // Only Date is faked: 10 May 2026, in 2026-Q2 and 27 % through the 2025–2029 programme.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 10));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the book’s figures and rates, by source and by year, with "—" where there is no budget', async () => {
    const { gateway } = await mountPage();

    expect(gateway.callsOf('TaskBookFunds')[0]?.variables).toEqual({ id: 'book-1' });
    expect(text('book-funds-budget')).toBe('300 万元');
    expect(text('book-funds-arrived')).toBe('155 万元');
    expect(text('book-funds-spent')).toBe('60 万元');
    expect(text('book-funds-arrivalRate')).toBe('51.7%');
    expect(byTestId('book-funds-arrivalRate')?.dataset['level']).toBe('NORMAL');
    // 20 % spent when the calendar is 27 % through: below 80 % of it, so lagging.
    expect(text('book-funds-executionRate')).toBe('20%');
    expect(byTestId('book-funds-executionRate')?.dataset['level']).toBe('LOW');
    expect(text('fund-rate-hint')).toContain('时间进度 27.1%');

    const sources = byTestId('funds-by-source')!;
    expect(texts('breakdown-label', sources)).toEqual(['中央财政', '地方财政', '学校自筹']);
    expect(texts('breakdown-budget', sources)).toEqual(['200', '100', '0']);
    expect(texts('breakdown-arrivalRate', sources)).toEqual(['60%', '30%', '—']);
    expect(texts('breakdown-executionRate', sources)).toEqual(['30%', '0%', '—']);
    expect(texts('breakdown-spentOfArrived', sources)).toEqual(['50%', '0%', '0%']);

    const years = byTestId('funds-by-year')!;
    expect(texts('breakdown-label', years)).toEqual(['2025 年', '2026 年']);
    expect(texts('breakdown-arrivalRate', years)).toEqual(['62.5%', '30%']);
    // Each year against its own calendar: 2025 is over (62.5 % lags it), 2026 is 35 % through (30 % does not).
    const levels = Array.from(years.querySelectorAll<HTMLElement>('[data-testid="breakdown-arrivalRate"]')).map((node) => node.dataset['level']);
    expect(levels).toEqual(['LOW', 'NORMAL']);
    expect(byTestId('funds-empty')).toBeNull();
  });

  it('draws budget, arrived and spent per funding source', async () => {
    await mountPage();

    await vi.waitFor(() => expect(byTestId('chart')).not.toBeNull());
    const option = JSON.parse(byTestId('chart')!.dataset['option']!) as {
      xAxis: { data: string[] };
      series: { type: string; name: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['中央财政', '地方财政', '学校自筹']);
    expect(option.series.map((series) => [series.type, series.name, series.data])).toEqual([
      ['bar', '预算', [200, 100, 0]],
      ['bar', '到位', [120, 30, 5]],
      ['bar', '执行', [60, 0, 0]],
    ]);
  });

  it('lists the tasks as a tree in code order, each with its figures including sub-tasks', async () => {
    await mountPage();

    const table = byTestId('fund-task-table')!;
    expect(texts('fund-task-code', table)).toEqual(['1', '1.1', '2']);
    expect(table.querySelectorAll('tr.el-table__row--level-1')).toHaveLength(1);
    expect(text('fund-task-1-budget')).toBe('300');
    expect(text('fund-task-1.1-arrived')).toBe('155');
    expect(text('fund-task-1.1-executionRate')).toBe('20%');
    expect(byTestId('fund-task-1.1-executionRate')?.dataset['level']).toBe('LOW');
    expect(text('fund-task-2-budget')).toBe('0');
    expect(text('fund-task-2-arrivalRate')).toBe('—');
    expect(text('fund-task-2-executionRate')).toBe('—');
  });

  it('starts the period editor from what the current period holds, and from another period when chosen', async () => {
    const { gateway } = await mountPage({
      TaskBookFundMovements: [q2, movements([movement('1.1', 'LOCAL', '2026-Q1', 30, 0)])],
    });

    expect(gateway.callsOf('TaskBookFundMovements')[0]?.variables).toEqual({ id: 'book-1', period: '2026-Q2' });
    expect(text('movement-period')).toContain('2026 年第 2 季度');
    // Budgeted lines (中央, 地方) and the recorded one without a budget (学校自筹), in source order.
    const rows = Array.from(byTestId('movement-table')!.querySelectorAll('tbody tr.el-table__row'));
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('1.1 实施铸魂工程中央财政200'),
      expect.stringContaining('1.1 实施铸魂工程地方财政100'),
      expect.stringContaining('1.1 实施铸魂工程学校自筹0'),
    ]);
    expect([value('movement-arrived-1.1-CENTRAL'), value('movement-spent-1.1-CENTRAL')]).toEqual(['20', '10']);
    expect([value('movement-arrived-1.1-LOCAL'), value('movement-spent-1.1-LOCAL')]).toEqual(['', '']);
    expect([value('movement-arrived-1.1-SELF'), value('movement-spent-1.1-SELF')]).toEqual(['5', '0']);
    expect(byTestId<HTMLButtonElement>('movement-save')!.disabled).toBe(true);

    await choose('movement-period', 'movement-period-2026-Q1');
    expect(gateway.callsOf('TaskBookFundMovements')[1]?.variables).toEqual({ id: 'book-1', period: '2026-Q1' });
    expect([value('movement-arrived-1.1-CENTRAL'), value('movement-spent-1.1-CENTRAL')]).toEqual(['', '']);
    expect([value('movement-arrived-1.1-LOCAL'), value('movement-spent-1.1-LOCAL')]).toEqual(['30', '0']);
    expect(byTestId('movement-arrived-1.1-SELF')).toBeNull();
  });

  it('saves only the changed lines for the chosen period, then reloads the figures and the period', async () => {
    const updated = funds({ funds: fundFigures({ budget: 300, arrived: 182.5, spent: 72.5 }) });
    const { gateway } = await mountPage({
      TaskBookFunds: [funds(), updated],
      TaskBookFundMovements: [
        q2,
        movements([movement('1.1', 'CENTRAL', '2026-Q2', 35, 10), movement('1.1', 'LOCAL', '2026-Q2', 0, 12.5), movement('1.1', 'SELF', '2026-Q2', 5, 0)]),
      ],
      RecordFundMovements: { data: { recordFundMovements: true } },
    });

    typeInto('movement-arrived-1.1-CENTRAL', '35');
    typeInto('movement-spent-1.1-LOCAL', '12.5');
    typeInto('movement-arrived-1.1-SELF', '5.00'); // the same amount, typed differently: not a change
    await flushPromises();
    expect(text('movement-dirty')).toBe('已修改 3 行');

    byTestId('movement-save')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('RecordFundMovements')).toHaveLength(1));
    expect(gateway.callsOf('RecordFundMovements')[0]?.variables).toEqual({
      input: {
        period: '2026-Q2',
        entries: [
          { taskId: 't-1.1', source: 'CENTRAL', arrived: 35, spent: 10 },
          { taskId: 't-1.1', source: 'LOCAL', arrived: 0, spent: 12.5 },
        ],
      },
    });

    await vi.waitFor(() => expect(gateway.callsOf('TaskBookFunds')).toHaveLength(2));
    await vi.waitFor(() => expect(gateway.callsOf('TaskBookFundMovements')).toHaveLength(2));
    await flushPromises();
    expect(gateway.callsOf('TaskBookFundMovements')[1]?.variables).toEqual({ id: 'book-1', period: '2026-Q2' });
    expect(text('book-funds-arrived')).toBe('182.5 万元');
    expect([value('movement-arrived-1.1-LOCAL'), value('movement-spent-1.1-LOCAL')]).toEqual(['0', '12.5']);
    expect(byTestId('movement-dirty')).toBeNull();
  });

  it('keeps the typed values and shows the server’s message on its line when the save is refused', async () => {
    const { gateway } = await mountPage({
      RecordFundMovements: { errors: [gqlError('BAD_USER_INPUT', '提交的数据有误', [{ field: 'entries.1.spent', message: '超出允许范围' }])] },
    });

    typeInto('movement-arrived-1.1-CENTRAL', '25');
    typeInto('movement-spent-1.1-LOCAL', '999');
    await flushPromises();
    byTestId('movement-save')!.click();

    await vi.waitFor(() => expect(text('movement-row-error-1.1-LOCAL')).toBe('超出允许范围'));
    expect(byTestId('movement-row-error-1.1-CENTRAL')).toBeNull();
    expect(text('movement-error')).toBe('有 1 行填写有误，请检查标红的行');
    expect(value('movement-arrived-1.1-CENTRAL')).toBe('25');
    expect(value('movement-spent-1.1-LOCAL')).toBe('999');
    expect(text('movement-dirty')).toBe('已修改 2 行');
    expect(gateway.callsOf('TaskBookFunds')).toHaveLength(1);
    expect(gateway.callsOf('TaskBookFundMovements')).toHaveLength(1);
  });

  it('shows a refusal without field errors as one message, still keeping the values', async () => {
    await mountPage({ RecordFundMovements: { errors: [gqlError('FORBIDDEN', '无权修改该任务书')] } });

    typeInto('movement-arrived-1.1-LOCAL', '40');
    await flushPromises();
    byTestId('movement-save')!.click();

    await vi.waitFor(() => expect(text('movement-error')).toBe('无权修改该任务书'));
    expect(value('movement-arrived-1.1-LOCAL')).toBe('40');
  });

  it('refuses amounts that are not numbers, too large or too precise before calling the server', async () => {
    const { gateway } = await mountPage({ RecordFundMovements: { data: { recordFundMovements: true } } });

    typeInto('movement-arrived-1.1-CENTRAL', '20万');
    typeInto('movement-spent-1.1-LOCAL', '-2e9');
    typeInto('movement-arrived-1.1-SELF', '5.125');
    await flushPromises();
    byTestId('movement-save')!.click();
    await flushPromises();

    expect(text('movement-row-error-1.1-CENTRAL')).toBe('本期到位：请输入数字');
    expect(text('movement-row-error-1.1-LOCAL')).toBe('本期执行：绝对值不能超过 10 亿万元');
    expect(text('movement-row-error-1.1-SELF')).toBe('本期到位：最多保留两位小数');
    expect(text('movement-error')).toBe('有 3 行填写有误，请检查标红的行');
    expect(gateway.callsOf('RecordFundMovements')).toHaveLength(0);
  });

  it('records money from a source the task has no line for yet', async () => {
    const { gateway } = await mountPage({ RecordFundMovements: { data: { recordFundMovements: true } } });

    await choose('movement-add-task', 'movement-add-task-2');
    await choose('movement-add-source', 'movement-add-source-INDUSTRY');
    byTestId('movement-add')!.click();
    await flushPromises();
    typeInto('movement-arrived-2-INDUSTRY', '8');
    await flushPromises();
    byTestId('movement-save')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('RecordFundMovements')).toHaveLength(1));
    expect(gateway.callsOf('RecordFundMovements')[0]?.variables).toEqual({
      input: { period: '2026-Q2', entries: [{ taskId: 't-2', source: 'INDUSTRY', arrived: 8, spent: 0 }] },
    });
  });

  it('shows a reader the figures but no editor', async () => {
    const { gateway } = await mountPage({}, viewerRules);

    expect(text('book-funds-budget')).toBe('300 万元');
    expect(byTestId('fund-movement-editor')).toBeNull();
    expect(byTestId('movement-save')).toBeNull();
    expect(gateway.callsOf('TaskBookFundMovements')).toHaveLength(0);
  });

  it('says so when the book has no budget and nothing recorded', async () => {
    await mountPage({ TaskBookFunds: funds({ funds: fundFigures(), fundsBySource: [], fundsByYear: [], tasks: [fundTask('1')] }), TaskBookFundMovements: movements([]) });

    expect(text('funds-empty')).toBe('该任务书尚未编制预算，也没有到位或执行记录');
    expect(text('book-funds-budget')).toBe('0 万元');
    expect(text('book-funds-arrivalRate')).toBe('—');
    expect(text('book-funds-executionRate')).toBe('—');
    expect(byTestId('funds-by-source')).toBeNull();
    expect(byTestId('movement-table')!.textContent).toContain('暂无预算行');
  });

  it('is reachable from each task book of the list', async () => {
    const { router } = await mountFeature(TaskBooksView, {
      session: { rules: viewerRules },
      handlers: { TaskBooks: { data: { taskBooks: connection([bookFixture({ id: 'book-7' })]) } } },
    });
    await flushPromises();

    byTestId('open-task-book-funds')!.click();
    // The funds page is loaded lazily on first navigation.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/task-books/book-7/funds'), { timeout: 5000 });
    expect(router.currentRoute.value.name).toBe('TaskBookFunds');
  });

  it('offers a retry when the figures cannot be loaded', async () => {
    const { gateway } = await mountPage({ TaskBookFunds: [{ errors: [gqlError('INTERNAL', '')] }, funds()] });

    expect(byTestId('error-state')?.textContent).toContain('数据加载失败');
    expect(byTestId('fund-summary')).toBeNull();
    byTestId('error-retry')!.click();
    await flushPromises();
    await flushPromises();
    expect(gateway.callsOf('TaskBookFunds')).toHaveLength(2);
    expect(text('book-funds-budget')).toBe('300 万元');
  });
});
