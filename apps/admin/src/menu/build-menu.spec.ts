import { describe, expect, it } from 'vitest';
import { createAppAbility, type AppRawRule, type Permission } from '@dsg/admin-data-access';
import type { DsgMenuItem } from '@dsg/admin-ui';
import { agencyOfficerRules, departmentContributorRules, institutionAdminRules, platformOperatorRules } from '../../test/role-rules';
import { ROOT_ROUTE_NAME, routes } from '../router/routes';
import { buildMenu } from './build-menu';

function menuFor(rules: AppRawRule[]): DsgMenuItem[] {
  const ability = createAppAbility(rules);
  const layout = routes.find((route) => route.name === ROOT_ROUTE_NAME)!;
  return buildMenu(layout.children ?? [], {
    allows: (permission: Permission | undefined) => !permission || ability.can(permission[0], permission[1]),
    translate: (key) => key,
  });
}

/** The menu as paths, groups with their children: compact to compare. */
function outline(items: DsgMenuItem[]): unknown[] {
  return items.map((item) => (item.children ? { [item.key]: outline(item.children) } : item.key));
}

describe('buildMenu', () => {
  it('gives the institution admin the task books, my indicators, the reports with review queue and chain, users, departments, jobs and audit log', () => {
    expect(outline(menuFor(institutionAdminRules))).toEqual([
      '/dashboard',
      '/task-books',
      '/my-indicators',
      '/reports',
      '/reports/periods',
      '/reports/review-queue',
      '/reports/review-chain',
      { '/organisation': ['/organisation/users', '/organisation/departments'] },
      { '/system': ['/system/jobs', '/system/audit-log'] },
    ]);
  });

  it('gives the agency officer the enrolled institutions, their task books and the report inbox, and drops the empty organisation group', () => {
    const menu = menuFor(agencyOfficerRules);
    expect(outline(menu)).toEqual(['/dashboard', '/task-books', '/reports', '/reports/periods', '/institutions', { '/system': ['/system/jobs'] }]);
    expect(menu.map((item) => item.testId)).toContain('menu-Reports');
  });

  it('gives a department contributor the task books, the indicators they report, the reports and their review queue, and hides the detail pages', () => {
    const menu = menuFor(departmentContributorRules);
    expect(outline(menu)).toEqual(['/dashboard', '/task-books', '/my-indicators', '/reports', '/reports/periods', '/reports/review-queue', { '/system': ['/system/jobs'] }]);
    expect(menu.map((item) => item.testId)).toEqual(expect.arrayContaining(['menu-MyIndicators', 'menu-Reports', 'menu-ReviewQueue']));
  });

  it('gives the platform operator user management and the queue dashboard as an external link', () => {
    const menu = menuFor(platformOperatorRules);

    expect(outline(menu)).toEqual([
      '/dashboard',
      { '/organisation': ['/organisation/users'] },
      '/institutions',
      { '/system': ['/system/jobs', '/system/audit-log', '/system/queues'] },
    ]);
    const queue = menu.at(-1)?.children?.at(-1);
    expect(queue?.href).toBe('/admin/queues');
  });

  it('shows only the home page without any rule', () => {
    expect(outline(menuFor([]))).toEqual(['/dashboard']);
  });

  it('uses the translated titles and stable test ids', () => {
    const [home] = buildMenu(
      [{ path: '/dashboard', name: 'Dashboard', component: {}, meta: { title: 'organisations.menu.dashboard' } }],
      { allows: () => true, translate: (key) => `<${key}>` },
    );
    expect(home).toMatchObject({ title: '<organisations.menu.dashboard>', testId: 'menu-Dashboard' });
  });
});
