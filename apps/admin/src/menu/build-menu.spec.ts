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
  it('gives the institution admin the task books, my indicators, users, departments, jobs and audit log', () => {
    expect(outline(menuFor(institutionAdminRules))).toEqual([
      '/dashboard',
      '/task-books',
      '/my-indicators',
      { '/organisation': ['/organisation/users', '/organisation/departments'] },
      { '/system': ['/system/jobs', '/system/audit-log'] },
    ]);
  });

  it('gives the agency officer the enrolled institutions and their task books, and drops the empty organisation group', () => {
    expect(outline(menuFor(agencyOfficerRules))).toEqual(['/dashboard', '/task-books', '/institutions', { '/system': ['/system/jobs'] }]);
  });

  it('gives a department contributor the task books and the indicators they report, and hides the task-book detail page', () => {
    const menu = menuFor(departmentContributorRules);
    expect(outline(menu)).toEqual(['/dashboard', '/task-books', '/my-indicators', { '/system': ['/system/jobs'] }]);
    expect(menu.map((item) => item.testId)).toContain('menu-MyIndicators');
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
