import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import type { RecordedGraphQLCall } from '@dsg/admin-data-access/testing';
import { bookFixture, evidenceFixture as evidence, indicatorFixture, taskFixture as task } from '../../testing/fixtures';
import { captureDownloads } from '../../testing/mock-http';
import { byTestId, fieldError, mountFeature, typeInto } from '../../testing/mount-feature';
import { openDrawerTab } from '../../testing/task-drawer';
import TaskBookDetailView from './index.vue';

// The 双高办 reviews evidence in the task drawer's 绩效指标 tab: each indicator expands to its reported values,
// each value lists its evidence with 通过 / 退回.

const reviewerRules = [{ action: 'manage' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'IndicatorActual' as const, 'Evidence' as const] }];
const viewerRules = [{ action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'IndicatorActual' as const, 'Evidence' as const] }];
const plainRules = [{ action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const] }];

const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
const indicators = [indicatorFixture('1-01', { taskId: 't-1', name: '样板支部数' }), indicatorFixture('1-02', { taskId: 't-1', name: '示范课数' })];
const detail = { data: { taskBook: { ...bookFixture(), tasks: [task('1', { title: '加强党的建设', indicators })] } } };
const actual = (id: string, period: string, value: number) => ({ id, period, value, text: null, note: null, enteredBy: 'u-1', enteredAt: '2026-04-02T08:00:00.000Z' });
const actuals = {
  data: {
    taskBook: {
      id: 'book-1',
      tasks: [
        {
          id: 't-1',
          indicators: [
            { id: 'i-1-01', actuals: [actual('x-1', '2026-Q1', 2), actual('x-2', '2026-Q2', 3)] },
            { id: 'i-1-02', actuals: [] },
          ],
        },
      ],
    },
  },
};

const filesByActual: Record<string, ReturnType<typeof evidence>[]> = {
  'x-2': [evidence('e-1', { objectId: 'x-2', fileName: '支部名单.pdf' })],
  'x-1': [],
};
const evidenceOf = (call: RecordedGraphQLCall) => ({ data: { evidence: filesByActual[String(call.variables['objectId'])] ?? [] } });

async function openDrawer(rules: AppRawRule[], extra = {}) {
  const mounted = await mountFeature(TaskBookDetailView, {
    props: { id: 'book-1' },
    session: { rules },
    handlers: {
      TaskBookDetail: detail,
      TaskBookDepartments: { data: { departments: empty } },
      TaskBookPeople: { data: { users: empty } },
      TaskBookActuals: actuals,
      ActualEvidence: evidenceOf,
      ...extra,
    },
  });
  await flushPromises();
  byTestId('task-row-1')!.click();
  await flushPromises();
  await openDrawerTab('indicators');
  return mounted;
}

const indicatorRows = () => Array.from(byTestId('indicator-table')!.querySelectorAll<HTMLElement>('tbody tr.el-table__row'));
async function expand(index: number): Promise<void> {
  indicatorRows()[index]!.querySelector<HTMLElement>('.el-table__expand-icon')!.click();
  await flushPromises();
  await flushPromises();
}
const text = (id: string, root: ParentNode = document) => root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();

describe('task drawer: evidence review', () => {
  it('lists each reported value of an indicator with its evidence, loading the values once', async () => {
    const saved = captureDownloads();
    const { gateway } = await openDrawer(reviewerRules);
    expect(gateway.callsOf('TaskBookActuals')).toHaveLength(0);

    await expand(0);
    const panel = byTestId('indicator-actuals-1-01')!;
    const rows = Array.from(panel.querySelectorAll<HTMLElement>('[data-testid="actual-row"]'));
    expect(rows.map((row) => row.dataset['period'])).toEqual(['2026-Q2', '2026-Q1']);
    expect(text('actual-value', rows[0])).toBe('3 个');
    expect(rows[0]!.textContent).toContain('2026 年第 2 季度');
    expect(gateway.callsOf('TaskBookActuals')[0]?.variables).toEqual({ id: 'book-1' });
    const actualEvidence = gateway.callsOf('ActualEvidence').filter((call) => call.variables['objectType'] === 'IndicatorActual');
    expect(actualEvidence.map((call) => call.variables['objectId']).sort()).toEqual(['x-1', 'x-2']);
    expect(text('evidence-download', rows[0])).toBe('支部名单.pdf');
    expect(text('evidence-status', rows[0])).toBe('待审');
    expect(text('evidence-empty', rows[1])).toBe('暂无佐证材料');

    await expand(1);
    expect(text('indicator-actuals-1-02')).toContain('该指标暂无填报记录');
    expect(gateway.callsOf('TaskBookActuals')).toHaveLength(1);
    expect(saved).toHaveLength(0);
  });

  it('approves a file, and returns one only with a reason', async () => {
    const { gateway } = await openDrawer(reviewerRules, {
      ReviewEvidence: [
        { data: { reviewEvidence: evidence('e-1', { reviewStatus: 'APPROVED' }) } },
        { data: { reviewEvidence: evidence('e-1', { reviewStatus: 'RETURNED', reviewNote: '缺少盖章页' }) } },
      ],
    });
    await expand(0);

    byTestId('review-evidence-approve')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('ReviewEvidence')).toHaveLength(1));
    expect(gateway.callsOf('ReviewEvidence')[0]?.variables).toEqual({ input: { id: 'e-1', approve: true, note: null } });
    await vi.waitFor(() => expect(gateway.callsOf('ActualEvidence').filter((call) => call.variables['objectId'] === 'x-2')).toHaveLength(2));

    byTestId('review-evidence-return')!.click();
    await flushPromises();
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('退回佐证材料 · 支部名单.pdf');
    byTestId('evidence-return-submit')!.click();
    await vi.waitFor(() => expect(fieldError('evidence-return-input')).toBe('请输入退回原因'));
    expect(gateway.callsOf('ReviewEvidence')).toHaveLength(1);

    typeInto('evidence-return-input', '缺少盖章页');
    byTestId('evidence-return-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('ReviewEvidence')).toHaveLength(2));
    expect(gateway.callsOf('ReviewEvidence')[1]?.variables).toEqual({ input: { id: 'e-1', approve: false, note: '缺少盖章页' } });
  });

  it('shows the evidence without review buttons to someone who may only read it', async () => {
    await openDrawer(viewerRules);
    await expand(0);

    expect(text('evidence-download')).toBe('支部名单.pdf');
    expect(byTestId('review-evidence-approve')).toBeNull();
    expect(byTestId('review-evidence-return')).toBeNull();
  });

  it.each([
    ['evidence', plainRules],
    ['reported values (an agency officer)', [{ action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'Evidence' as const] }]],
  ])('does not expand indicators for someone who may not read %s', async (_what, rules) => {
    const { gateway } = await openDrawer(rules);

    expect(indicatorRows()).toHaveLength(2);
    expect(byTestId('indicator-table')!.querySelector('.el-table__expand-icon')).toBeNull();
    expect(gateway.callsOf('TaskBookActuals')).toHaveLength(0);
  });
});
