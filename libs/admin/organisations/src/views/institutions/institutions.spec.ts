import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { InstitutionRowFragment } from '@dsg/admin-data-access';
import { byTestId, mountFeature, typeInto } from '../../testing/mount-feature';
import InstitutionsView from './index.vue';

const tianjin: InstitutionRowFragment = {
  id: 'i-1',
  code: '10069',
  name: '天津职业大学',
  nameEn: 'Tianjin Vocational Institute',
  province: '天津',
  city: '天津',
  enrolments: [
    {
      id: 'e-1',
      track: 'SPECIALTY_GROUP',
      tier: 'A',
      specialtyGroup: '眼视光技术',
      enrolledOn: '2019-12-10',
      programme: { id: 'p-1', code: 'DHP-2019', name: '双高计划（2019—2023）', nameEn: 'DHP 2019–2023', startYear: 2019, endYear: 2023 },
    },
  ],
};
const chongqing: InstitutionRowFragment = {
  ...tianjin,
  id: 'i-2',
  code: '14008',
  name: '重庆文化艺术职业学院',
  nameEn: null,
  province: '重庆',
  city: null,
  enrolments: [{ ...tianjin.enrolments[0]!, id: 'e-2', tier: null, specialtyGroup: '公共文化服务与管理' }],
};

function page(nodes: InstitutionRowFragment[], totalCount: number, hasNextPage = false) {
  return {
    data: {
      institutions: {
        edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })),
        pageInfo: { hasNextPage, endCursor: nodes.length ? `c-${nodes.at(-1)!.id}` : null },
        totalCount,
      },
    },
  };
}

const rows = () => Array.from(byTestId('institutions-table')!.querySelectorAll('tbody tr.el-table__row'));

describe('enrolled institutions', () => {
  it('lists name, province, city and enrolments of each institution', async () => {
    await mountFeature(InstitutionsView, {
      session: { role: 'AGENCY_OFFICER', organisationKind: 'AGENCY', organisationName: '天津市教委' },
      handlers: { Institutions: page([tianjin, chongqing], 2) },
    });
    await flushPromises();

    expect(rows()).toHaveLength(2);
    // One cell per row and nothing else: the e2e test reads cells by test id.
    expect(Array.from(document.querySelectorAll('[data-testid="institution-name"]')).map((cell) => cell.textContent)).toEqual([
      '天津职业大学',
      '重庆文化艺术职业学院',
    ]);
    const [first, second] = rows();
    expect(first!.querySelector('[data-testid="institution-name"]')?.textContent).toBe('天津职业大学');
    expect(first!.querySelector('[data-testid="institution-province"]')?.textContent).toBe('天津');
    expect(first!.textContent).toContain('双高计划（2019—2023）');
    expect(first!.textContent).toContain('高水平专业群');
    expect(first!.textContent).toContain('眼视光技术');
    expect(second!.querySelector('[data-testid="institution-city"]')?.textContent).toBe('—');
    expect(second!.textContent).toContain('公共文化服务与管理');
    expect(byTestId('list-summary')?.textContent).toBe('已加载 2 条，共 2 条');
  });

  it('searches on the server and says when nothing matches', async () => {
    const { gateway } = await mountFeature(InstitutionsView, {
      handlers: { Institutions: [page([tianjin, chongqing], 2), page([], 0)] },
    });
    await flushPromises();

    typeInto('institutions-search', '  北京 ');
    byTestId('institutions-search-submit')!.click();
    await flushPromises();

    expect(gateway.callsOf('Institutions').map((call) => call.variables['filter'])).toEqual([null, { search: '北京' }]);
    await vi.waitFor(() => expect(byTestId('institutions-table')?.textContent).toContain('没有找到匹配的院校'));
  });

  it('loads the next page with the end cursor and appends it', async () => {
    const { gateway } = await mountFeature(InstitutionsView, {
      handlers: { Institutions: [page([tianjin], 2, true), page([chongqing], 2)] },
    });
    await flushPromises();

    byTestId('load-more')!.click();
    await flushPromises();

    expect(gateway.callsOf('Institutions')[1]?.variables).toMatchObject({ first: 20, after: 'c-i-1' });
    expect(rows()).toHaveLength(2);
    expect(byTestId('load-more')).toBeNull();
  });

  it('offers a retry when loading fails', async () => {
    await mountFeature(InstitutionsView, {
      handlers: {
        Institutions: [{ errors: [{ message: '服务暂时不可用', extensions: { code: 'INTERNAL' } }] }, page([tianjin], 1)],
      },
    });
    await flushPromises();

    expect(byTestId('error-state')?.textContent).toContain('服务暂时不可用');
    byTestId('error-retry')!.click();
    await flushPromises();

    expect(byTestId('error-state')).toBeNull();
    expect(rows()).toHaveLength(1);
  });
});
