import type { RouteRecordRaw } from 'vue-router';

/** Pages without a session; the app mounts them inside its auth layout. */
export const authRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'Login',
    component: () => import('./views/login/index.vue'),
    meta: { title: 'auth.login.title', public: true, hideInMenu: true },
  },
];

/** Account pages inside the main layout, reached from the user menu rather than the sidebar. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/account/password',
    name: 'ChangePassword',
    component: () => import('./views/change-password/index.vue'),
    meta: { title: 'auth.changePassword.title', hideInMenu: true },
  },
];
