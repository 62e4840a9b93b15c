import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { figuresFixture } from '../testing/fixtures';
import { byTestId, mountFeature, texts } from '../testing/mount-feature';
import FiguresPanel from './figures-panel.vue';

async function mountPanel(figures: unknown, frozen = false) {
  const mounted = await mountFeature(FiguresPanel, { props: { figures, frozen }, session: { rules: [] } });
  await flushPromises();
  return mounted;
}

const value = (id: string) => byTestId(`figure-${id}`)?.querySelector('[data-testid="figure-value"]')?.textContent?.trim();

describe('figures panel', () => {
  it('shows the rates as percentages of the server’s fractions', async () => {
    await mountPanel(figuresFixture({ funds: { ...figuresFixture().funds, executionRate: 0.4567 } }));

    expect(value('completion-rate')).toBe('25%');
    expect(value('attainment-rate')).toBe('50%');
    expect(value('arrival-rate')).toBe('80%');
    expect(value('execution-rate')).toBe('45.7%');
    expect(byTestId('figure-completion-rate')?.textContent).toContain('共 12 项任务：已完成 3，进行中 7，未开始 2');
    expect(byTestId('figure-completion-rate')?.querySelector('[data-testid="figure-extra"]')?.textContent).toBe('逾期节点 1 个');
    expect(byTestId('figure-arrival-rate')?.textContent).toContain('预算 1,000 万元：到位 800，支出 456.5');
    expect(byTestId('figures-basis')?.textContent).toBe('以下数据按任务书实时计算，上报主管部门时冻结。');
  });

  it('shows "—" for a rate without a denominator', async () => {
    const base = figuresFixture();
    await mountPanel({
      ...base,
      tasks: { ...base.tasks, completionRate: null },
      indicators: { ...base.indicators, attainmentRate: null },
      funds: { ...base.funds, arrivalRate: null, executionRate: null },
    }, true);

    expect(['completion-rate', 'attainment-rate', 'arrival-rate', 'execution-rate'].map(value)).toEqual(['—', '—', '—', '—']);
    expect(byTestId('figures-basis')?.textContent).toBe('以下数据已于上报主管部门时冻结。');
  });

  it('shows every achievement level, the funds by source as a chart and the indicator rows with attainment', async () => {
    await mountPanel(figuresFixture());

    expect(texts('achievements-by-level')[0]).toBe('国家级2 项省级5 项市级0 项校级0 项');
    expect(byTestId('achievements-MUNICIPAL')?.textContent).toContain('0 项');
    // The chart component loads on first use (ECharts stays out of the first bundle): slow the first time.
    await vi.waitFor(() => expect(byTestId('chart')).not.toBeNull(), { timeout: 10_000 });
    const option = JSON.parse(byTestId('chart')!.dataset['option']!) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    // Sources in their canonical order, whatever order the JSON had.
    expect(option.xAxis.data).toEqual(['中央财政', '地方财政']);
    expect(option.series.map((series) => [series.name, series.data])).toEqual([
      ['预算', [600, 400]],
      ['到位', [500, 300]],
      ['支出', [256.5, 200]],
    ]);
    expect(texts('indicator-code')).toEqual(['1.1', '2.1']);
    expect(texts('indicator-actual')).toEqual(['5', '120']);
    expect(texts('indicator-attainment')).toEqual(['125% 达成', '60% 滞后']);
    expect(Array.from(document.querySelectorAll<HTMLElement>('[data-testid="indicator-attainment"]')).map((tag) => tag.dataset['level'])).toEqual(['MET', 'LAGGING']);
  });

  it('shows an empty state when there are no figures', async () => {
    await mountPanel('not figures');

    expect(byTestId('figures-empty')?.textContent).toBe('暂无本期数据');
    expect(byTestId('figure-completion-rate')).toBeNull();
  });
});
