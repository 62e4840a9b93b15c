import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { byTestId, fieldError, mountFeature, typeInto } from '../testing/mount-feature';
import CreateUserDialog from './create-user-dialog.vue';

const departments = { data: { departments: { edges: [{ node: { id: 'd-1', code: 'JWC', name: '教务处', nameEn: null } }] } } };

async function openDialog(createUser: MockGraphQLHandler) {
  const mounted = await mountFeature(CreateUserDialog, {
    props: { modelValue: true },
    session: { role: 'INSTITUTION_ADMIN', organisationKind: 'INSTITUTION', rules: [{ action: 'manage', subject: 'User' }] },
    handlers: { DepartmentOptions: departments, CreateUser: createUser },
  });
  await flushPromises();
  return mounted;
}

async function chooseRole(role: string): Promise<void> {
  byTestId('membership-role')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(`role-option-${role}`)!.click();
  await flushPromises();
}

async function fillValidForm(): Promise<void> {
  typeInto('user-username', 'li.ming');
  typeInto('user-display-name', '李明');
  typeInto('user-email', 'liming@example.edu.cn');
  typeInto('user-password', 'Initial2024pw');
  await chooseRole('TASK_LEAD');
}

describe('CreateUserDialog', () => {
  it('offers only institution roles to an institution admin', async () => {
    await openDialog({ data: null });

    byTestId('membership-role')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
    await flushPromises();

    const offered = Array.from(document.querySelectorAll('[data-testid^="role-option-"]')).map((node) => node.getAttribute('data-testid'));
    expect(offered).toEqual([
      'role-option-INSTITUTION_ADMIN',
      'role-option-TASK_LEAD',
      'role-option-DEPARTMENT_CONTRIBUTOR',
      'role-option-LEADERSHIP_VIEWER',
    ]);
  });

  it('checks the form before calling the server (password of at least 10 characters)', async () => {
    const { gateway } = await openDialog({ data: null });
    await fillValidForm();
    typeInto('user-password', 'short1');
    typeInto('user-email', 'not-an-email');

    byTestId('create-user-submit')!.click();

    await vi.waitFor(() => expect(fieldError('user-password')).toBe('初始密码至少需要 10 个字符'));
    expect(fieldError('user-email')).toBe('请输入有效的邮箱地址');
    expect(gateway.callsOf('CreateUser')).toHaveLength(0);
  });

  it("shows the server's BAD_USER_INPUT messages under their fields", async () => {
    const { gateway } = await openDialog({
      errors: [
        gqlError('BAD_USER_INPUT', '提交的数据有误', [
          { field: 'username', message: '用户名 li.ming 已被使用' },
          { field: 'input.email', message: '该邮箱已绑定其他账号' },
        ]),
      ],
    });
    await fillValidForm();

    byTestId('create-user-submit')!.click();

    await vi.waitFor(() => expect(fieldError('user-username')).toBe('用户名 li.ming 已被使用'));
    expect(fieldError('user-email')).toBe('该邮箱已绑定其他账号');
    expect(byTestId('create-user-error')).toBeNull();
    expect(gateway.callsOf('CreateUser')[0]?.variables).toEqual({
      input: {
        username: 'li.ming',
        displayName: '李明',
        email: 'liming@example.edu.cn',
        password: 'Initial2024pw',
        role: 'TASK_LEAD',
        organisationId: null,
        departmentId: null,
      },
    });
  });

  it('shows other errors above the form', async () => {
    await openDialog({ errors: [gqlError('FORBIDDEN', '没有权限创建用户')] });
    await fillValidForm();

    byTestId('create-user-submit')!.click();

    await vi.waitFor(() => expect(byTestId('create-user-error')?.textContent).toContain('没有权限创建用户'));
  });

  it('emits the created user and closes', async () => {
    const created = { id: 'u-9', username: 'li.ming', displayName: '李明', email: null, locked: false, memberships: [] };
    const { wrapper } = await openDialog({ data: { createUser: created } });
    await fillValidForm();

    byTestId('create-user-submit')!.click();

    await vi.waitFor(() => expect(wrapper.emitted('created')).toEqual([[created]]));
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]]);
  });

  it('lets a platform operator create an agency user in a chosen agency', async () => {
    const created = { id: 'u-10', username: 'wang', displayName: '王督导', email: null, locked: false, memberships: [] };
    const { gateway } = await mountFeature(CreateUserDialog, {
      props: { modelValue: true },
      session: { role: 'PLATFORM_OPERATOR', organisationKind: 'PLATFORM', organisationId: null, rules: [{ action: 'manage', subject: 'User' }] },
      handlers: {
        AgencyOptions: { data: { agencies: { edges: [{ node: { id: 'ag-1', name: '天津市教育委员会', nameEn: null } }] } } },
        InstitutionOptions: { data: { institutions: { edges: [] } } },
        CreateUser: { data: { createUser: created } },
      },
    });
    await flushPromises();
    typeInto('user-username', 'wang');
    typeInto('user-display-name', '王督导');
    typeInto('user-password', 'Initial2024pw');

    Array.from(byTestId('membership-kind')!.querySelectorAll('label'))
      .find((label) => label.textContent?.includes('主管部门'))!
      .click();
    await flushPromises();
    byTestId('membership-organisation')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
    await flushPromises();
    Array.from(document.querySelectorAll<HTMLElement>('.el-select-dropdown__item'))
      .find((item) => item.textContent?.includes('天津市教育委员会'))!
      .click();
    await flushPromises();
    await chooseRole('AUDITOR');
    expect(document.querySelector('[data-testid="role-option-INSTITUTION_ADMIN"]')).toBeNull();

    byTestId('create-user-submit')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('CreateUser')).toHaveLength(1));
    expect(gateway.callsOf('CreateUser')[0]?.variables['input']).toMatchObject({ role: 'AUDITOR', organisationId: 'ag-1', departmentId: null });
    expect(gateway.callsOf('DepartmentOptions')).toHaveLength(0);
  });
});
