import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { MyIndicatorRowFragment } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler, type RecordedGraphQLCall } from '@dsg/admin-data-access/testing';
import { myIndicatorFixture as indicator } from '../../testing/fixtures';
import { byTestId, mountFeature, typeInto } from '../../testing/mount-feature';
import MyIndicatorsView from './index.vue';

const contributorRules = [
  { action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'IndicatorActual' as const] },
  { action: ['create' as const, 'update' as const], subject: 'IndicatorActual' as const },
];

const books = {
  data: {
    taskBooks: {
      edges: [
        {
          node: {
            id: 'book-1',
            title: '任务书',
            startYear: 2025,
            endYear: 2029,
            tasks: [
              { id: 't-1', code: '1', title: '加强党的建设' },
              { id: 't-2.1', code: '2.1', title: '深化产教融合' },
            ],
          },
        },
      ],
    },
  },
};

function indicators(attainment: (code: string) => number | null = () => null): MyIndicatorRowFragment[] {
  return [
    indicator('A', {
      name: '样板支部数',
      taskId: 't-1',
      targets: [
        { year: 2025, value: 2 },
        { year: 2026, value: 4 },
      ],
      actuals: [{ id: 'x-1', period: '2026-Q1', value: 3, text: null, note: null, enteredBy: 'u-1', enteredAt: '2026-04-02T08:00:00Z' }],
      attainment: attainment('A'),
    }),
    indicator('B', { name: '思政育人成效', taskId: 't-1', kind: 'QUALITATIVE', unit: null, attainment: attainment('B') }),
    indicator('C', { name: '企业培训人次', taskId: 't-2.1', aggregation: 'SUM', targets: [{ year: 2026, value: 1000 }], attainment: attainment('C') }),
  ];
}

const answer = (list: MyIndicatorRowFragment[]) => ({ data: { myIndicators: list } });

async function mountPage(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = {}) {
  const mounted = await mountFeature(MyIndicatorsView, {
    session: { role: 'DEPARTMENT_CONTRIBUTOR', rules: contributorRules },
    handlers: { MyTaskBooks: books, MyIndicators: answer(indicators()), ...handlers },
  });
  await flushPromises();
  await flushPromises();
  return mounted;
}

async function choosePeriod(code: string): Promise<void> {
  byTestId('period-select')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(`period-option-${code}`)!.click();
  await flushPromises();
}

const text = (id: string) => byTestId(id)?.textContent?.trim();

describe('my indicators', () => {
  beforeEach(() => {
    // Only Date is faked: 10 May 2026 is in the second quarter.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 10));
  });
  afterEach(() => vi.useRealTimers());

  it('defaults to the current quarter of the programme and lists what the person reports', async () => {
    const { gateway } = await mountPage();

    expect(gateway.callsOf('MyIndicators')[0]?.variables).toEqual({ period: '2026-Q2' });
    expect(byTestId('period-select')?.textContent).toContain('2026 年第 2 季度');
    byTestId('period-select')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
    await flushPromises();
    const options = Array.from(document.querySelectorAll('[data-testid^="period-option-"]')).map((node) => node.getAttribute('data-testid'));
    expect(options).toHaveLength(20);
    expect(options[0]).toBe('period-option-2025-Q1');
    expect(options.at(-1)).toBe('period-option-2029-Q4');

    const table = byTestId('my-indicators-table')!;
    expect(table.querySelectorAll('tbody tr.el-table__row')).toHaveLength(3);
    expect(table.textContent).toContain('1 加强党的建设');
    expect(table.textContent).toContain('2.1 深化产教融合');
    expect(text('year-target-A')).toBe('4');
    expect(text('existing-A')).toBe('—'); // reported for Q1, not for Q2
    expect(byTestId('actual-input-B')?.tagName).toBe('TEXTAREA');
    expect(byTestId<HTMLButtonElement>('save-actuals')!.disabled).toBe(true);
  });

  it('saves exactly the filled rows for the selected period, then shows the refreshed attainment', async () => {
    const saved = vi.fn((_call: RecordedGraphQLCall) => ({ data: { recordActuals: [] } }));
    const { gateway } = await mountPage({
      MyIndicators: [answer(indicators()), answer(indicators()), answer(indicators((code) => (code === 'A' ? 0.75 : code === 'C' ? 1.2 : null)))],
      RecordActuals: saved,
    });

    await choosePeriod('2026-Q1');
    expect(gateway.callsOf('MyIndicators')[1]?.variables).toEqual({ period: '2026-Q1' });
    expect(text('existing-A')).toBe('3');

    typeInto('actual-input-A', '3.5');
    typeInto('actual-input-C', '1200');
    typeInto('actual-note-C', '含线上培训');
    typeInto('actual-note-B', '只写了备注'); // a note alone is not a report
    await flushPromises();
    expect(byTestId<HTMLButtonElement>('save-actuals')!.disabled).toBe(false);

    byTestId('save-actuals')!.click();
    await vi.waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(saved.mock.calls[0]![0].variables).toEqual({
      input: {
        period: '2026-Q1',
        entries: [
          { indicatorId: 'i-A', value: 3.5, note: null },
          { indicatorId: 'i-C', value: 1200, note: '含线上培训' },
        ],
      },
    });

    await vi.waitFor(() => expect(gateway.callsOf('MyIndicators')).toHaveLength(3));
    await flushPromises();
    expect(gateway.callsOf('MyIndicators')[2]?.variables).toEqual({ period: '2026-Q1' });
    expect(text('attainment-A')).toBe('75% 滞后');
    expect(byTestId('attainment-A')?.getAttribute('data-level')).toBe('LAGGING');
    expect(text('attainment-C')).toBe('120% 达成');
    expect(text('attainment-B')).toBe('无数据');
    expect(byTestId<HTMLInputElement>('actual-input-A')!.value).toBe('');
  });

  it("shows the server's field errors on the rows they are about", async () => {
    await mountPage({
      RecordActuals: {
        errors: [gqlError('BAD_USER_INPUT', '提交的数据有误', [{ field: 'entries.1.text', message: '请填写完成情况' }])],
      },
    });

    typeInto('actual-input-A', '5');
    typeInto('actual-input-B', '   x');
    await flushPromises();
    byTestId('save-actuals')!.click();

    await vi.waitFor(() => expect(text('actual-error-B')).toBe('请填写完成情况'));
    expect(byTestId('actual-error-A')).toBeNull();
    expect(text('save-actuals-error')).toBe('有 1 项填报有误，请检查标红的行');
    // Nothing was saved: the values stay for correction.
    expect(byTestId<HTMLInputElement>('actual-input-A')!.value).toBe('5');
  });

  it('refuses a value that is not a number before calling the server', async () => {
    const { gateway } = await mountPage({ RecordActuals: { data: { recordActuals: [] } } });

    typeInto('actual-input-C', '12人次');
    await flushPromises();
    byTestId('save-actuals')!.click();
    await flushPromises();

    expect(text('actual-error-C')).toBe('请输入不小于 0 的数字');
    expect(gateway.callsOf('RecordActuals')).toHaveLength(0);
  });

  it('reports for other granularities: half-years', async () => {
    const { gateway } = await mountPage();

    byTestId('granularity-HALF')!.querySelector('input')!.click();
    await flushPromises();

    expect(gateway.callsOf('MyIndicators').at(-1)?.variables).toEqual({ period: '2026-H1' });
  });
});
