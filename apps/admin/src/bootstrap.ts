import { createApp } from 'vue';
import { createPinia } from 'pinia';
import type { RouterHistory } from 'vue-router';
import { authLocales } from '@dsg/admin-auth';
import { installAccess, useSessionStore } from '@dsg/admin-data-access';
import { setupAdminI18n } from '@dsg/admin-i18n';
import { organisationsLocales } from '@dsg/admin-organisations';
import { reportingLocales } from '@dsg/admin-reporting';
import { taskBookLocales } from '@dsg/admin-task-book';
import { installUi, notifyError } from '@dsg/admin-ui';
import App from './app.vue';
import { createAppRouter } from './router/create-app-router';

export interface AdminAppOptions {
  /** Tests pass a memory history. */
  history?: RouterHistory;
}

/** Wires the app together; main.ts mounts it, tests mount it with a memory history. */
export async function createAdminApp(options: AdminAppOptions = {}) {
  const app = createApp(App);
  const pinia = createPinia();
  app.use(pinia);

  // Messages of the persisted language load before the first render, so no raw keys flash.
  const i18n = await setupAdminI18n({ namespaces: [authLocales, organisationsLocales, taskBookLocales, reportingLocales] });
  app.use(i18n);

  installUi(app);
  installAccess(app, pinia);

  const router = createAppRouter({ pinia, history: options.history });
  app.use(router);

  // A request that stays unauthenticated after one refresh ends the session: back to login, then here again.
  useSessionStore(pinia).onSessionExpired(() => {
    notifyError(i18n.global.t('errors.sessionExpired'));
    void router.replace({ name: 'Login', query: { redirect: router.currentRoute.value.fullPath } });
  });

  return { app, pinia, i18n, router };
}
