import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { UserRowFragment } from '@dsg/admin-data-access';
import { byTestId, mountFeature } from '../../testing/mount-feature';
import UsersView from './index.vue';

const adminRules = [
  { action: 'manage' as const, subject: 'User' as const },
  { action: 'manage' as const, subject: 'Membership' as const },
  { action: 'manage' as const, subject: 'Department' as const },
];

function user(id: string, overrides: Partial<UserRowFragment> = {}): UserRowFragment {
  return {
    id,
    username: `user-${id}`,
    displayName: `用户${id}`,
    email: null,
    locked: false,
    memberships: [
      {
        id: `m-${id}`,
        userId: id,
        role: 'TASK_LEAD',
        organisationKind: 'INSTITUTION',
        organisationId: 'inst-1',
        organisationName: '天津职业大学',
        departmentId: 'd-1',
        active: true,
      },
    ],
    ...overrides,
  };
}

function page(nodes: UserRowFragment[], totalCount = nodes.length) {
  return {
    data: {
      users: {
        edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })),
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount,
      },
    },
  };
}

const departments = { data: { departments: { edges: [{ node: { id: 'd-1', code: 'JWC', name: '教务处', nameEn: 'Academic Affairs' } }] } } };

describe('users & memberships', () => {
  it('lists users with their roles and departments', async () => {
    await mountFeature(UsersView, {
      session: { rules: adminRules },
      handlers: { Users: page([user('1'), user('2', { locked: true })]), DepartmentOptions: departments },
    });
    await flushPromises();

    const table = byTestId('users-table')!;
    expect(table.querySelectorAll('tbody tr.el-table__row')).toHaveLength(2);
    expect(byTestId('membership-m-1')?.textContent).toContain('项目负责人');
    expect(byTestId('membership-m-1')?.textContent).toContain('教务处 (JWC)');
    expect(Array.from(table.querySelectorAll('[data-testid="user-status"]')).map((tag) => tag.textContent?.trim())).toEqual(['正常', '已锁定']);
  });

  it('unlocks a locked account and updates its row', async () => {
    const { gateway } = await mountFeature(UsersView, {
      session: { rules: adminRules },
      handlers: {
        Users: page([user('2', { locked: true })]),
        DepartmentOptions: departments,
        UnlockUser: { data: { unlockUser: user('2', { locked: false }) } },
      },
    });
    await flushPromises();

    expect(document.querySelectorAll('[data-testid="unlock-user"]')).toHaveLength(1);
    byTestId('unlock-user')!.click();
    await flushPromises();

    expect(gateway.callsOf('UnlockUser')[0]?.variables).toEqual({ userId: '2' });
    expect(byTestId('user-status')?.textContent?.trim()).toBe('正常');
    expect(byTestId('unlock-user')).toBeNull();
  });

  it('revokes a membership after confirmation', async () => {
    const { gateway } = await mountFeature(UsersView, {
      session: { rules: adminRules },
      handlers: {
        Users: page([user('1')]),
        DepartmentOptions: departments,
        RevokeMembership: { data: { revokeMembership: { ...user('1').memberships[0]!, active: false } } },
      },
    });
    await flushPromises();

    byTestId('membership-m-1')!.querySelector<HTMLElement>('.el-tag__close')!.click();
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')?.textContent).toContain('确定撤销 用户1 在「天津职业大学」的「项目负责人」身份吗？'));
    document.querySelector<HTMLElement>('.el-message-box .el-button--danger')!.click();
    await vi.waitFor(() => expect(byTestId('membership-m-1')).toBeNull());

    expect(gateway.callsOf('RevokeMembership')[0]?.variables).toEqual({ id: 'm-1' });
  });

  it('shows an empty state that mentions the search', async () => {
    const { gateway } = await mountFeature(UsersView, {
      session: { rules: adminRules },
      handlers: { Users: [page([user('1')]), page([])], DepartmentOptions: departments },
    });
    await flushPromises();

    const input = byTestId<HTMLInputElement>('users-search')!;
    input.value = 'nobody';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    await flushPromises();

    expect(gateway.callsOf('Users')[1]?.variables).toMatchObject({ search: 'nobody', after: null });
    await vi.waitFor(() => expect(byTestId('users-table')?.textContent).toContain('没有找到匹配的用户'));
  });

  it('hides management actions from roles that may only read users', async () => {
    await mountFeature(UsersView, {
      session: { rules: [{ action: 'read', subject: 'User' }] },
      handlers: { Users: page([user('1', { locked: true })]), DepartmentOptions: departments },
    });
    await flushPromises();

    expect(byTestId('create-user')?.style.display).toBe('none');
    expect(byTestId('unlock-user')?.style.display).toBe('none');
    expect(byTestId('membership-m-1')?.querySelector('.el-tag__close')).toBeNull();
  });
});
