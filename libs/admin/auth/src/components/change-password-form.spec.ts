import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createTestContext, gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { installUi } from '@dsg/admin-ui';
import { authLocales } from '../locales';
import ChangePasswordForm from './change-password-form.vue';

async function mountForm(changePassword: MockGraphQLHandler) {
  const context = await createTestContext({ namespaces: [authLocales], handlers: { ChangePassword: changePassword } });
  const wrapper = mount(ChangePasswordForm, {
    attachTo: document.body,
    global: { plugins: [...context.plugins, { install: installUi }], stubs: { transition: false, 'transition-group': false } },
  });
  return { wrapper, ...context };
}

const errorOf = (wrapper: Awaited<ReturnType<typeof mountForm>>['wrapper'], testId: string) =>
  wrapper.get(`[data-testid="${testId}"]`).element.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim();

async function fill(wrapper: Awaited<ReturnType<typeof mountForm>>['wrapper'], current: string, next: string, confirm: string) {
  await wrapper.get('[data-testid="current-password"]').setValue(current);
  await wrapper.get('[data-testid="new-password"]').setValue(next);
  await wrapper.get('[data-testid="confirm-password"]').setValue(confirm);
  await wrapper.get('[data-testid="change-password-form"]').trigger('submit');
  await flushPromises();
}

describe('ChangePasswordForm', () => {
  it('checks length and confirmation before calling the server', async () => {
    const { wrapper, gateway } = await mountForm({ data: { changePassword: true } });

    await fill(wrapper, 'Old-password-1', 'short', 'different');

    await vi.waitFor(() => expect(errorOf(wrapper, 'new-password')).toBe('新密码至少需要 10 个字符'));
    expect(errorOf(wrapper, 'confirm-password')).toBe('两次输入的新密码不一致');
    expect(gateway.callsOf('ChangePassword')).toHaveLength(0);
  });

  it('shows a wrong current password under that field, without ending the session', async () => {
    const { wrapper, gateway } = await mountForm({
      errors: [gqlError('BAD_USER_INPUT', '提交的数据有误', [{ field: 'currentPassword', message: '当前密码不正确' }])],
    });

    await fill(wrapper, 'Wrong-password-1', 'New-password-22', 'New-password-22');

    await vi.waitFor(() => expect(errorOf(wrapper, 'current-password')).toBe('当前密码不正确'));
    expect(gateway.callsOf('ChangePassword')[0]?.variables).toEqual({
      input: { currentPassword: 'Wrong-password-1', newPassword: 'New-password-22' },
    });
    expect(gateway.operations().filter((name) => name === 'RefreshSession')).toHaveLength(1);
  });

  it('reports success and clears the form', async () => {
    const { wrapper } = await mountForm({ data: { changePassword: true } });

    await fill(wrapper, 'Old-password-1', 'New-password-22', 'New-password-22');

    await vi.waitFor(() => expect(wrapper.emitted('done')).toHaveLength(1));
    expect((wrapper.get('[data-testid="new-password"]').element as HTMLInputElement).value).toBe('');
  });
});
