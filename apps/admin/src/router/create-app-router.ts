import type { Pinia } from 'pinia';
import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { installGuards } from './guards';
import { routes } from './routes';

export interface AppRouterOptions {
  pinia: Pinia;
  /** Tests pass a memory history. */
  history?: RouterHistory;
}

export function createAppRouter(options: AppRouterOptions) {
  const router = createRouter({
    history: options.history ?? createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });
  installGuards(router, options.pinia);
  return router;
}
