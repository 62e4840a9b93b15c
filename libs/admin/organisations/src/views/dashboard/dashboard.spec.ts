import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { InstitutionRowFragment } from '@dsg/admin-data-access';
import { byTestId, mountFeature } from '../../testing/mount-feature';
import DashboardView from './index.vue';

function institution(id: string, enrolments: Pick<InstitutionRowFragment['enrolments'][number], 'track' | 'tier'>[]): InstitutionRowFragment {
  return {
    id,
    code: id,
    name: `院校${id}`,
    nameEn: null,
    province: '天津',
    city: null,
    enrolments: enrolments.map((enrolment, index) => ({
      id: `${id}-${index}`,
      specialtyGroup: null,
      enrolledOn: null,
      programme: { id: 'p-1', code: 'P', name: '天津市双高计划', nameEn: null, startYear: 2021, endYear: 2025 },
      ...enrolment,
    })),
  };
}

describe('dashboard', () => {
  it("shows an agency officer's organisation, role and enrolments by tier and track", async () => {
    const { gateway } = await mountFeature(DashboardView, {
      session: {
        role: 'AGENCY_OFFICER',
        organisationKind: 'AGENCY',
        organisationName: '天津市教育委员会',
        rules: [{ action: 'read', subject: 'Institution' }],
      },
      handlers: {
        Institutions: {
          data: {
            institutions: {
              edges: [
                { cursor: 'a', node: institution('a', [{ track: 'SCHOOL', tier: 'A' }, { track: 'SPECIALTY_GROUP', tier: 'A' }]) },
                { cursor: 'b', node: institution('b', [{ track: 'SPECIALTY_GROUP', tier: 'B' }]) },
              ],
              pageInfo: { hasNextPage: false, endCursor: 'b' },
              totalCount: 2,
            },
          },
        },
      },
    });
    await flushPromises();

    expect(byTestId('dashboard-organisation')?.textContent).toBe('天津市教育委员会');
    expect(byTestId('dashboard-role')?.textContent).toBe('主管部门人员');
    expect(byTestId('institutions-count')?.textContent).toContain('2');
    expect(gateway.callsOf('Institutions')[0]?.variables).toEqual({ first: 100 });

    await vi.waitFor(() => expect(byTestId('chart')).not.toBeNull());
    const option = JSON.parse(byTestId('chart')!.dataset['option']!) as {
      xAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['A', 'B']);
    expect(option.series).toMatchObject([
      { name: '高水平学校', data: [1, 0] },
      { name: '高水平专业群', data: [1, 1] },
    ]);
  });

  it('points a platform operator to user management instead of tenant data', async () => {
    const { gateway } = await mountFeature(DashboardView, {
      session: { role: 'PLATFORM_OPERATOR', organisationKind: 'PLATFORM', organisationName: '平台运维中心', organisationId: null },
    });
    await flushPromises();

    expect(byTestId('dashboard-organisation')?.textContent).toBe('平台运维中心');
    expect(document.body.textContent).toContain('不查看院校业务数据');
    expect(gateway.operations()).toEqual(['RefreshSession']);
  });
});
