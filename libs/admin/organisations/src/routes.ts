import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { icons } from '@dsg/admin-ui';

// Pages of this feature; the app shell places them in its menu groups.
// `meta.ability` hides the menu entry and makes the route guard answer 403.

export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: '/dashboard',
    name: 'Dashboard',
    component: () => import('./views/dashboard/index.vue'),
    meta: { title: 'organisations.menu.dashboard', icon: markRaw(icons.House), order: 0 },
  },
];

export const userRoutes: RouteRecordRaw[] = [
  {
    path: '/organisation/users',
    name: 'Users',
    component: () => import('./views/users/index.vue'),
    // Everyone may read their own user record; "may create users" is what marks an administrator.
    meta: { title: 'organisations.menu.users', ability: ['create', 'User'], icon: markRaw(icons.User), order: 10 },
  },
];

export const departmentRoutes: RouteRecordRaw[] = [
  {
    path: '/organisation/departments',
    name: 'Departments',
    component: () => import('./views/departments/index.vue'),
    // Agencies may read departments across institutions, but this page manages the own institution's.
    meta: {
      title: 'organisations.menu.departments',
      ability: ['create', 'Department'],
      icon: markRaw(icons.Connection),
      order: 20,
    },
  },
];

export const institutionRoutes: RouteRecordRaw[] = [
  {
    path: '/institutions',
    name: 'Institutions',
    component: () => import('./views/institutions/index.vue'),
    // Institution roles can read their own institution only; managing enrolments is what agencies
    // (and the platform) do, and they are the ones who need the list of enrolled institutions.
    meta: {
      title: 'organisations.menu.institutions',
      ability: ['update', 'Enrolment'],
      icon: markRaw(icons.School),
      order: 20,
    },
  },
];

export const jobRoutes: RouteRecordRaw[] = [
  {
    path: '/system/jobs',
    name: 'Jobs',
    component: () => import('./views/jobs/index.vue'),
    meta: { title: 'organisations.menu.jobs', ability: ['read', 'JobRun'], icon: markRaw(icons.List), order: 10 },
  },
];

export const auditLogRoutes: RouteRecordRaw[] = [
  {
    path: '/system/audit-log',
    name: 'AuditLog',
    component: () => import('./views/audit-log/index.vue'),
    meta: { title: 'organisations.menu.auditLog', ability: ['read', 'AuditLog'], icon: markRaw(icons.Document), order: 20 },
  },
];
