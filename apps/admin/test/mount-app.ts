import { flushPromises } from '@vue/test-utils';
import { createMemoryHistory } from 'vue-router';
import { vi } from 'vitest';
import {
  authPayloadFixture,
  mockGraphQLFetch,
  type MockGraphQLHandler,
  type SessionFixtureOptions,
} from '@dsg/admin-data-access/testing';
import { createAdminApp } from '../src/bootstrap';

export interface MountAppOptions {
  /** The signed-in session the refresh cookie restores, or null when there is none. */
  session?: SessionFixtureOptions | null;
  handlers?: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>;
}

/** The whole admin app, as main.ts starts it, with only `fetch` replaced by a fake gateway. */
export async function mountApp(path: string, options: MountAppOptions = {}) {
  const session = options.session === undefined ? {} : options.session;
  const gateway = mockGraphQLFetch({
    RefreshSession: session
      ? { data: { refreshSession: authPayloadFixture(session) } }
      : { errors: [{ message: '未登录', extensions: { code: 'UNAUTHENTICATED' } }] },
    Logout: { data: { logout: true } },
    // The header's notification bell asks on start and on every route change.
    UnreadNotificationCount: { data: { unreadNotificationCount: 0 } },
    ...options.handlers,
  });
  vi.stubGlobal('fetch', gateway.fetch);

  const { app, router, pinia } = await createAdminApp({ history: createMemoryHistory() });
  await router.push(path);
  const root = document.createElement('div');
  document.body.appendChild(root);
  app.mount(root);
  await flushPromises();

  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { app, router, pinia, gateway, root, byTestId, unmount: () => app.unmount() };
}

/** Lets pending fetches, route resolution and re-renders settle. */
export async function settle(): Promise<void> {
  await flushPromises();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushPromises();
}
