import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { byTestId, mountPage, texts } from '../../testing/mount-feature';

const programmes = { data: { programmes: { edges: [{ node: { id: 'pg-1', code: 'GD-SG-2022', name: '广东省高水平高职院校建设计划', startYear: 2022, endYear: 2026 } }] } } };
const period = (id: string, code: string, status: string) => ({ id, code, opensOn: `${code}-01-01`, dueOn: `${Number(code) + 1}-01-31`, status });
const periods = { data: { reportingPeriods: [period('p-2025', '2025', 'CLOSED'), period('p-2026', '2026', 'OPEN')] } };
const row = (name: string, state: string | null, late: boolean, reportId: string | null = null) => ({
  enrolmentId: `e-${name}`, institutionId: `i-${name}`, institutionName: name, reportId, state, submittedToAgencyAt: state ? '2026-12-20T02:00:00.000Z' : null, late,
});

async function mountPeriods() {
  const mounted = await mountPage('/reports/periods', {
    session: { rules: [{ action: 'read', subject: 'PeriodReport' }] },
    handlers: {
      ReportingProgrammes: programmes,
      ReportingPeriods: periods,
      PeriodOverview: { data: { periodOverview: [row('广东工程职业技术学院', 'SUBMITTED_TO_AGENCY', false, 'r-1'), row('广州番禺职业技术学院', null, true)] } },
    } as never,
  });
  await flushPromises();
  await flushPromises();
  return mounted;
}

describe('reporting periods page', () => {
  it('lists the programme\'s periods and opens the latest open one with each institution\'s state', async () => {
    const { gateway } = await mountPeriods();
    expect(gateway.callsOf('ReportingPeriods')[0]!.variables).toEqual({ programmeId: 'pg-1' });
    expect(texts('period-status-2026')).toEqual(['填报中']);
    expect(gateway.callsOf('PeriodOverview')[0]!.variables).toEqual({ periodId: 'p-2026' });
    expect(texts('overview-institution')).toEqual(['广东工程职业技术学院', '广州番禺职业技术学院']);
    expect(texts('overview-state')).toEqual(['已报主管部门', '未报送']);
    expect(texts('overview-late')).toEqual(['逾期']);
    expect(byTestId('period-summary')?.textContent).toContain('1 / 2');
    expect(texts('overview-open')).toHaveLength(1);
  });
});
