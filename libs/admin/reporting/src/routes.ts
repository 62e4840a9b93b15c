import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { icons } from '@dsg/admin-ui';

// Pages of this feature; the app shell places them in its menu.
// `meta.ability` hides the menu entry and makes the route guard answer 403.
// The static paths (/reports/review-queue, /reports/review-chain) rank above /reports/:id.

export const reportingRoutes: RouteRecordRaw[] = [
  {
    path: '/reports',
    name: 'Reports',
    component: () => import('./views/reports/list.vue'),
    // 期报告; for an agency officer the same page is the inbox (收件箱) of submitted reports.
    meta: { title: 'reporting.menu.reports', ability: ['read', 'PeriodReport'], icon: markRaw(icons.Tickets), order: 8 },
  },
  {
    path: '/reports/periods',
    name: 'ReportingPeriods',
    component: () => import('./views/periods/index.vue'),
    // 填报期: the calendar of a programme and each institution's report state per period.
    meta: { title: 'reporting.menu.periods', ability: ['read', 'PeriodReport'], icon: markRaw(icons.Calendar), order: 8.2 },
  },
  {
    path: '/reports/review-queue',
    name: 'ReviewQueue',
    component: () => import('./views/review/queue.vue'),
    // 待我审核: whoever takes part in the institution's layered review.
    meta: { title: 'reporting.menu.reviewQueue', ability: ['read', 'ReviewItem'], icon: markRaw(icons.Stamp), order: 8.5 },
  },
  {
    path: '/reports/review-chain',
    name: 'ReviewChain',
    component: () => import('./views/review/chain.vue'),
    // 审核流程设置: the 双高办 configures the review steps.
    meta: { title: 'reporting.menu.reviewChain', ability: ['update', 'ReviewChain'], icon: markRaw(icons.Operation), order: 9 },
  },
  {
    path: '/reports/:id',
    name: 'ReportDetail',
    component: () => import('./views/reports/detail.vue'),
    props: true,
    meta: { title: 'reporting.detail.title', ability: ['read', 'PeriodReport'], hideInMenu: true },
  },
];
