import { createAdminApp } from './bootstrap';

async function start(): Promise<void> {
  const { app, router } = await createAdminApp();
  await router.isReady();
  app.mount('#app');
}

void start();
