import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { accountRoutes, authRoutes } from '@dsg/admin-auth';
import {
  auditLogRoutes,
  dashboardRoutes,
  departmentRoutes,
  institutionRoutes,
  jobRoutes,
  userRoutes,
} from '@dsg/admin-organisations';
import { reportingRoutes } from '@dsg/admin-reporting';
import { myIndicatorRoutes, taskBookRoutes } from '@dsg/admin-task-book';
import { icons } from '@dsg/admin-ui';
import AuthLayout from '../layouts/auth-layout.vue';
import BasicLayout from '../layouts/basic-layout.vue';

export const ROOT_ROUTE_NAME = 'Root';

// Feature libs provide pages; the shell decides how they are grouped in the menu.
// Groups have no component: their children render in the layout's <router-view>.
const layoutChildren: RouteRecordRaw[] = [
  ...dashboardRoutes,
  ...taskBookRoutes,
  ...myIndicatorRoutes,
  ...reportingRoutes,
  {
    path: '/organisation',
    name: 'OrganisationGroup',
    redirect: '/organisation/users',
    meta: { title: 'layout.organisationGroup', icon: markRaw(icons.OfficeBuilding), order: 10 },
    children: [...userRoutes, ...departmentRoutes],
  },
  ...institutionRoutes,
  {
    path: '/system',
    name: 'SystemGroup',
    redirect: '/system/jobs',
    meta: { title: 'layout.system', icon: markRaw(icons.Setting), order: 90 },
    children: [
      ...jobRoutes,
      ...auditLogRoutes,
      {
        path: '/system/queues',
        name: 'QueueDashboard',
        component: () => import('../views/system/queue-dashboard/index.vue'),
        meta: {
          title: 'layout.queueDashboard',
          ability: ['read', 'QueueDashboard'],
          icon: markRaw(icons.Monitor),
          href: '/admin/queues',
          order: 30,
        },
      },
    ],
  },
  ...accountRoutes,
  {
    path: '/403',
    name: 'Forbidden',
    component: () => import('../views/exception/forbidden/index.vue'),
    meta: { title: 'exception.forbiddenTitle', hideInMenu: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'NotFound',
    component: () => import('../views/exception/not-found/index.vue'),
    meta: { title: 'exception.notFoundTitle', hideInMenu: true },
  },
];

export const routes: RouteRecordRaw[] = [
  {
    path: '/auth',
    component: AuthLayout,
    redirect: '/login',
    meta: { public: true },
    children: authRoutes,
  },
  {
    path: '/',
    name: ROOT_ROUTE_NAME,
    component: BasicLayout,
    redirect: '/dashboard',
    children: layoutChildren,
  },
];
