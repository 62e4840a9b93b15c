import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useSessionStore } from '@dsg/admin-data-access';
import { authPayloadFixture, createTestContext, gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { installUi } from '@dsg/admin-ui';
import { authLocales } from '../locales';
import LoginForm from './login-form.vue';

const Blank = defineComponent({ render: () => null });

async function mountLoginForm(login: MockGraphQLHandler) {
  const context = await createTestContext({ namespaces: [authLocales], session: null, handlers: { Login: login } });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'Login', component: Blank },
      { path: '/organisation/users', component: Blank },
      { path: '/', component: Blank },
    ],
  });
  await router.push('/login?redirect=/organisation/users');
  const wrapper = mount(LoginForm, {
    attachTo: document.body,
    // Real transitions: Element Plus renders field errors inside a <transition-group>.
    global: { plugins: [...context.plugins, router, { install: installUi }], stubs: { transition: false, 'transition-group': false } },
  });
  return { wrapper, router, ...context };
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLoginForm>>['wrapper'], username: string, password: string) {
  await wrapper.get('[data-testid="login-username"]').setValue(username);
  await wrapper.get('[data-testid="login-password"]').setValue(password);
  await wrapper.get('[data-testid="login-form"]').trigger('submit');
  await flushPromises();
}

describe('LoginForm', () => {
  it('puts the test ids on the native inputs the e2e test fills', async () => {
    const { wrapper } = await mountLoginForm({ data: null });

    expect(wrapper.get('[data-testid="login-username"]').element.tagName).toBe('INPUT');
    expect(wrapper.get('[data-testid="login-password"]').attributes('type')).toBe('password');
    expect(wrapper.get('[data-testid="login-submit"]').element.tagName).toBe('BUTTON');
  });

  it('validates required fields before calling the server', async () => {
    const { wrapper, gateway } = await mountLoginForm({ data: null });

    await fillAndSubmit(wrapper, '   ', '');

    // Element Plus debounces showing the error state.
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((node) => node.text())).toEqual(['请输入用户名', '请输入密码']),
    );
    expect(gateway.callsOf('Login')).toHaveLength(0);
  });

  it("shows the server's message, e.g. a locked account", async () => {
    const { wrapper, router } = await mountLoginForm({
      errors: [gqlError('UNAUTHENTICATED', '账号已锁定，请 15 分钟后再试')],
    });

    await fillAndSubmit(wrapper, 'zhang', 'wrong-password-1');

    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('账号已锁定，请 15 分钟后再试');
    expect(wrapper.get('[data-testid="login-submit"]').classes()).not.toContain('is-loading');
    expect(router.currentRoute.value.path).toBe('/login');
  });

  it('shows a loading state while signing in, then continues to the redirect target', async () => {
    let answer: (value: { data: unknown }) => void = () => undefined;
    const pending = new Promise<{ data: unknown }>((resolve) => (answer = resolve));
    const { wrapper, router, gateway, pinia } = await mountLoginForm(() => pending);

    await fillAndSubmit(wrapper, ' Zhang ', 'right-password-1');
    expect(wrapper.get('[data-testid="login-submit"]').classes()).toContain('is-loading');
    expect(gateway.callsOf('Login')[0]?.variables).toEqual({ input: { username: 'Zhang', password: 'right-password-1' } });

    answer({ data: { login: authPayloadFixture() } });
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/organisation/users'));
    expect(useSessionStore(pinia).isAuthenticated).toBe(true);
  });
});
