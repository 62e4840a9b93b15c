import type { App, Plugin } from 'vue';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { vi } from 'vitest';
import { createAdminI18n, setLocale, type AdminI18n, type AppLocale, type LocaleNamespace } from '@dsg/admin-i18n';
import { installAccess } from '../ability/install-access';
import { useSessionStore } from '../stores/session-store';
import { authPayloadFixture, type SessionFixtureOptions } from './fixtures';
import { mockGraphQLFetch, type MockGraphQLHandler } from './mock-graphql-fetch';

export interface TestContextOptions {
  /** Feature message namespaces to load. */
  namespaces?: LocaleNamespace[];
  locale?: AppLocale;
  /** Signed-in session to restore (through a mocked RefreshSession), or null for signed out. */
  session?: SessionFixtureOptions | null;
  /** Gateway answers by operation name; fetch is the only thing mocked. */
  handlers?: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>;
}

export interface TestContext {
  pinia: Pinia;
  i18n: AdminI18n;
  gateway: ReturnType<typeof mockGraphQLFetch>;
  /** Plugins for `mount(..., { global: { plugins } })`, besides the UI lib's installer. */
  plugins: (Plugin | AdminI18n | Pinia)[];
}

/**
 * Pinia, i18n (messages really loaded) and access control as the app wires them, with `fetch`
 * stubbed by a fake gateway. A session is established the way the app does on page load.
 */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const session = options.session === undefined ? {} : options.session;
  const gateway = mockGraphQLFetch({
    RefreshSession: session
      ? { data: { refreshSession: authPayloadFixture(session) } }
      : { errors: [{ message: 'no session', extensions: { code: 'UNAUTHENTICATED' } }] },
    ...options.handlers,
  });
  vi.stubGlobal('fetch', gateway.fetch);

  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createAdminI18n({ namespaces: options.namespaces ?? [] });
  await setLocale(options.locale ?? 'zh-CN', i18n);
  if (session) await useSessionStore(pinia).restore();

  const access: Plugin = { install: (app: App) => installAccess(app, pinia) };
  return { pinia, i18n, gateway, plugins: [pinia, i18n, access] };
}
