import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import { gqlError, type SessionFixtureOptions } from '@dsg/admin-data-access/testing';
import { connection, reportRowFixture } from '../../testing/fixtures';
import { byTestId, mountFeature, texts, typeInto } from '../../testing/mount-feature';
import ReportsView from './list.vue';

const rules: AppRawRule[] = [{ action: 'manage', subject: 'PeriodReport' }];
const agency: SessionFixtureOptions = { role: 'AGENCY_OFFICER', organisationKind: 'AGENCY', organisationId: 'agency-1', rules: [{ action: 'read', subject: 'PeriodReport' }] };

const rows = [
  reportRowFixture('r-1', { period: '2025-Q3', state: 'RETURNED_BY_OFFICE', dueOn: '2025-10-15', late: true }),
  reportRowFixture('r-2', { period: '2025-Q2', state: 'ACCEPTED', dueOn: '2025-07-15', institutionName: '天津职业大学' }),
];
const page = (list = rows, options: Parameters<typeof connection>[1] = {}) => ({ data: { periodReports: connection(list, options) } });

describe('period reports list', () => {
  it('lists the reports with institution, period, state, due date and the late flag', async () => {
    const { gateway } = await mountFeature(ReportsView, { session: { rules }, handlers: { PeriodReports: page() } });
    await flushPromises();

    expect(document.querySelector('.dsg-page__title')?.textContent).toBe('期报告');
    expect(gateway.callsOf('PeriodReports')[0]!.variables).toEqual({ periodCode: null, state: null, first: 50, after: null });
    expect(texts('report-period')).toEqual(['2025-Q3', '2025-Q2']);
    expect(texts('report-state')).toEqual(['双高办退回', '已受理']);
    expect(texts('report-due')).toEqual(['2025-10-15', '2025-07-15']);
    expect(texts('report-late')).toEqual(['逾期']);
    expect(texts('report-institution')).toEqual(['天津职业大学', '天津职业大学']);
    expect(byTestId('list-summary')?.textContent).toBe('已加载 2 条，共 2 条');
  });

  it('is the agency’s inbox, with its own empty state', async () => {
    await mountFeature(ReportsView, { session: agency, handlers: { PeriodReports: page([]) } });
    await flushPromises();

    expect(document.querySelector('.dsg-page__title')?.textContent).toBe('收件箱');
    expect(byTestId('reports-table')?.textContent).toContain('收件箱为空：暂无院校上报的期报告');
  });

  it('filters by period code (on Enter) and by state, and loads the next page', async () => {
    const { gateway } = await mountFeature(ReportsView, {
      session: { rules },
      handlers: { PeriodReports: [page(rows, { hasNextPage: true, totalCount: 3 }), page([reportRowFixture('r-3')]), page([]), page([])] },
    });
    await flushPromises();

    byTestId('load-more')!.click();
    await vi.waitFor(() => expect(texts('report-period')).toHaveLength(3));
    expect(gateway.callsOf('PeriodReports')[1]!.variables).toEqual({ periodCode: null, state: null, first: 50, after: 'c-1' });

    typeInto('reports-filter-period', ' 2025-Q3 ');
    await vi.waitFor(() => expect(gateway.callsOf('PeriodReports')).toHaveLength(3));
    expect(gateway.callsOf('PeriodReports')[2]!.variables).toEqual({ periodCode: '2025-Q3', state: null, first: 50, after: null });
    await vi.waitFor(() => expect(byTestId('reports-table')?.textContent).toContain('没有符合筛选条件的期报告'));

    byTestId('reports-filter-state')!.click();
    await flushPromises();
    byTestId('reports-state-option-SUBMITTED_TO_AGENCY')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('PeriodReports')).toHaveLength(4));
    expect(gateway.callsOf('PeriodReports')[3]!.variables).toEqual({ periodCode: '2025-Q3', state: 'SUBMITTED_TO_AGENCY', first: 50, after: null });
  });

  it('opens a report', async () => {
    const { router } = await mountFeature(ReportsView, { session: { rules }, handlers: { PeriodReports: page() } });
    await flushPromises();

    (document.querySelectorAll<HTMLElement>('[data-testid="open-report"]')[1])!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/reports/r-2'));
  });

  it('shows a load failure with a retry', async () => {
    const { gateway } = await mountFeature(ReportsView, {
      session: { rules },
      handlers: { PeriodReports: [{ errors: [gqlError('INTERNAL', '')] }, page()] },
    });
    await flushPromises();

    expect(byTestId('error-state')?.textContent).toContain('发生未知错误，请稍后重试');
    byTestId('error-retry')!.click();
    await vi.waitFor(() => expect(texts('report-period')).toEqual(['2025-Q3', '2025-Q2']));
    expect(gateway.callsOf('PeriodReports')).toHaveLength(2);
  });
});
