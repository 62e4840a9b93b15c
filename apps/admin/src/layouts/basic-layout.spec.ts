import { afterEach, describe, expect, it, vi } from 'vitest';
import { authPayloadFixture } from '@dsg/admin-data-access/testing';
import { LOCALE_STORAGE_KEY } from '@dsg/admin-i18n';
import { institutionAdminRules } from '../../test/role-rules';
import { mountApp, settle } from '../../test/mount-app';

const enrolments = {
  data: {
    institution: {
      id: 'inst-1',
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
          specialtyGroup: '眼视光技术专业群',
          enrolledOn: '2019-12-10',
          programme: { id: 'p-1', code: 'SG-2019', name: '中国特色高水平高职学校和专业建设计划', nameEn: 'Double High-Level Plan', startYear: 2019, endYear: 2023 },
        },
      ],
    },
  },
};

const session = { organisationName: '天津职业大学', rules: institutionAdminRules };
let mounted: Awaited<ReturnType<typeof mountApp>> | undefined;
afterEach(() => mounted?.unmount());

describe('main layout', () => {
  it('shows the organisation, the role and a role-filtered menu in Chinese by default', async () => {
    mounted = await mountApp('/dashboard', { session, handlers: { InstitutionOverview: enrolments } });
    const { byTestId } = mounted;

    expect(byTestId('org-name')?.textContent).toBe('天津职业大学');
    expect(byTestId('current-role')?.textContent?.trim()).toBe('双高办管理员');
    expect(byTestId('sidebar-menu')?.textContent).toContain('用户与成员');
    expect(byTestId('sidebar-menu')?.textContent).not.toContain('入选院校');
    expect(byTestId('org-switcher')).toBeNull();
    expect(byTestId('menu-Users')?.textContent).toContain('用户与成员');
  });

  it('navigates from the sidebar', async () => {
    mounted = await mountApp('/dashboard', {
      session,
      handlers: {
        InstitutionOverview: enrolments,
        AuditLog: { data: { auditLog: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } },
      },
    });
    const { byTestId, router } = mounted;

    byTestId('menu-AuditLog')!.click();
    await vi.waitFor(() => expect(byTestId('audit-log-table')).not.toBeNull());
    expect(router.currentRoute.value.path).toBe('/system/audit-log');
  });

  it('opens the task books from the sidebar, then a book with its task tree', async () => {
    const book = { id: 'book-1', institutionId: 'inst-1', enrolmentId: 'e-1', title: '眼视光技术专业群任务书', startYear: 2025, endYear: 2029, currentVersionId: null };
    const task = {
      id: 't-1', parentId: null, code: '1', level: 1, title: '加强党的建设', description: null, leadDepartmentId: null, cooperatingDepartmentIds: [],
      leaderUserId: null, projectLeaderUserId: null, startDate: null, endDate: null, status: 'IN_PROGRESS', progress: 20, indicators: [],
    };
    const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    mounted = await mountApp('/dashboard', {
      session,
      handlers: {
        InstitutionOverview: enrolments,
        TaskBooks: { data: { taskBooks: { edges: [{ cursor: 'c-1', node: book }], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } } },
        TaskBookDetail: { data: { taskBook: { ...book, tasks: [task] } } },
        TaskBookDepartments: { data: { departments: empty } },
        TaskBookPeople: { data: { users: empty } },
      },
    });
    const { byTestId, router } = mounted;

    expect(byTestId('menu-MyIndicators')?.textContent).toContain('我的指标');
    byTestId('menu-TaskBooks')!.click();
    await vi.waitFor(() => expect(byTestId('task-books-table')?.textContent).toContain('眼视光技术专业群任务书'));

    byTestId('open-task-book')!.click();
    await vi.waitFor(() => expect(byTestId('task-row-1')?.textContent).toContain('加强党的建设'));
    expect(router.currentRoute.value.path).toBe('/task-books/book-1');
    expect(document.title).toBe('任务书详情 · 双高建设监管平台');
  });

  it('shows the unread notifications in the header, asks again on navigation, and opens the period reports', async () => {
    const reports = { data: { periodReports: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } };
    mounted = await mountApp('/dashboard', {
      session,
      handlers: {
        InstitutionOverview: enrolments,
        UnreadNotificationCount: [{ data: { unreadNotificationCount: 2 } }, { data: { unreadNotificationCount: 5 } }],
        PeriodReports: reports,
      },
    });
    const { byTestId, router, gateway } = mounted;

    await vi.waitFor(() => expect(byTestId('notification-unread-count')?.textContent).toBe('2'));
    byTestId('menu-Reports')!.click();
    await vi.waitFor(() => expect(byTestId('reports-table')).not.toBeNull());
    expect(router.currentRoute.value.path).toBe('/reports');
    await vi.waitFor(() => expect(byTestId('notification-unread-count')?.textContent).toBe('5'));
    expect(gateway.callsOf('UnreadNotificationCount').length).toBeGreaterThanOrEqual(2);
    expect(document.title).toBe('期报告 · 双高建设监管平台');
  });

  it('shows the institution enrolments on the home page', async () => {
    mounted = await mountApp('/dashboard', { session, handlers: { InstitutionOverview: enrolments } });

    const table = mounted.byTestId('enrolments-table')!;
    expect(table.textContent).toContain('中国特色高水平高职学校和专业建设计划');
    expect(table.textContent).toContain('高水平专业群');
    expect(table.textContent).toContain('眼视光技术专业群');
    expect(mounted.gateway.callsOf('InstitutionOverview')[0]?.variables).toEqual({ id: 'inst-1' });
  });

  it('switches the whole UI to English with one click and remembers it', async () => {
    mounted = await mountApp('/dashboard', { session, handlers: { InstitutionOverview: enrolments, JobRuns: { data: { jobRuns: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } } } });
    const { byTestId, router, gateway } = mounted;

    byTestId('locale-switch')!.click();
    // English messages are loaded on first use.
    await vi.waitFor(() => expect(byTestId('locale-switch')?.dataset['locale']).toBe('en'));

    expect(byTestId('sidebar-menu')?.textContent).toContain('Users & memberships');
    expect(byTestId('current-role')?.textContent?.trim()).toBe('DHP office admin');
    // The organisation's registered Chinese name is shown as is.
    expect(byTestId('org-name')?.textContent).toBe('天津职业大学');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

    // Server messages follow: later requests ask for English.
    await router.push('/system/jobs');
    await settle();
    expect(gateway.callsOf('JobRuns')[0]?.headers.get('Accept-Language')).toBe('en');
    expect(byTestId('jobs-table')?.textContent).toContain('No background jobs');
  });

  it('starts in the language chosen earlier', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    mounted = await mountApp('/dashboard', { session, handlers: { InstitutionOverview: enrolments } });

    expect(mounted.byTestId('sidebar-menu')?.textContent).toContain('Departments');
    expect(document.title).toBe('Home · Double High-Level Plan Oversight');
  });

  it('offers the organisation switcher only with several memberships and switches', async () => {
    const switched = authPayloadFixture({ organisationName: '天津市教委', organisationKind: 'AGENCY', role: 'AGENCY_OFFICER', rules: [] });
    mounted = await mountApp('/organisation/users', {
      session: { ...session, extraMemberships: [{ organisationName: '天津市教委', organisationKind: 'AGENCY', role: 'AGENCY_OFFICER' }] },
      handlers: {
        Users: { data: { users: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } },
        DepartmentOptions: { data: { departments: { edges: [] } } },
        SwitchMembership: { data: { switchMembership: switched } },
      },
    });
    const { byTestId, router, gateway } = mounted;

    byTestId('org-switcher')!.click();
    await settle();
    byTestId('org-option-m-2')!.click();
    await settle();

    expect(gateway.callsOf('SwitchMembership')[0]?.variables).toEqual({ membershipId: 'm-2' });
    expect(byTestId('org-name')?.textContent).toBe('天津市教委');
    expect(router.currentRoute.value.path).toBe('/dashboard');
    expect(byTestId('sidebar-menu')?.textContent).not.toContain('用户与成员');
  });

  it('logs out from the user menu and returns to the login page', async () => {
    mounted = await mountApp('/dashboard', { session, handlers: { InstitutionOverview: enrolments } });
    const { byTestId, router, gateway } = mounted;

    byTestId('user-menu')!.click();
    await settle();
    byTestId('logout')!.click();
    await settle();

    expect(gateway.callsOf('Logout')).toHaveLength(1);
    await vi.waitFor(() => expect(byTestId('login-username')).not.toBeNull());
    expect(router.currentRoute.value.name).toBe('Login');
    expect(byTestId('org-name')).toBeNull();
  });
});
