import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { icons } from '@dsg/admin-ui';

// Pages of this feature; the app shell places them in its menu.
// `meta.ability` hides the menu entry and makes the route guard answer 403.

export const taskBookRoutes: RouteRecordRaw[] = [
  {
    path: '/task-books',
    name: 'TaskBooks',
    component: () => import('./views/task-books/index.vue'),
    meta: { title: 'taskBook.menu.taskBooks', ability: ['read', 'TaskBook'], icon: markRaw(icons.Notebook), order: 4 },
  },
  {
    path: '/task-books/:id',
    name: 'TaskBookDetail',
    component: () => import('./views/task-book-detail/index.vue'),
    props: true,
    meta: { title: 'taskBook.detail.title', ability: ['read', 'TaskBook'], hideInMenu: true },
  },
  {
    path: '/task-books/:id/funds',
    name: 'TaskBookFunds',
    component: () => import('./views/task-book-funds/index.vue'),
    props: true,
    // 资金: budget, arrivals and spending of one book; recording them needs `update TaskBook`.
    meta: { title: 'taskBook.funds.title', ability: ['read', 'TaskBook'], hideInMenu: true },
  },
  {
    path: '/responsibility-agreements',
    name: 'ResponsibilityAgreements',
    component: () => import('./views/responsibility-agreements/index.vue'),
    meta: { title: 'taskBook.agreements.menuAdmin', ability: ['create', 'ResponsibilityAgreement'], icon: markRaw(icons.Document), order: 6 },
  },
  {
    path: '/achievements',
    name: 'Achievements',
    component: () => import('./views/achievements/index.vue'),
    // 标志性成果: the institution's landmark achievements, counted per year and level.
    meta: { title: 'taskBook.achievements.menu', ability: ['read', 'Achievement'], icon: markRaw(icons.DataLine), order: 7 },
  },
];

export const myIndicatorRoutes: RouteRecordRaw[] = [
  {
    path: '/my-indicators',
    name: 'MyIndicators',
    component: () => import('./views/my-indicators/index.vue'),
    // 人人肩上有指标: whoever reports actuals (task leads, department contributors, the 双高办).
    meta: { title: 'taskBook.menu.myIndicators', ability: ['read', 'IndicatorActual'], icon: markRaw(icons.DataAnalysis), order: 5 },
  },
  {
    path: '/my-responsibilities',
    name: 'MyResponsibilities',
    component: () => import('./views/my-responsibilities/index.vue'),
    // Everyone signed in may read the agreements they are responsible for.
    meta: { title: 'taskBook.agreements.menuMine', ability: ['read', 'ResponsibilityAgreement'], icon: markRaw(icons.List), order: 5.5 },
  },
];
