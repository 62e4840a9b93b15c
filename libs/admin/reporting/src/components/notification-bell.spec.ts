import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { connection, notificationFixture } from '../testing/fixtures';
import { byTestId, mountFeature, texts } from '../testing/mount-feature';
import { NOTIFICATION_POLL_MS } from '../composables/use-unread-count';
import NotificationBell from './notification-bell.vue';

const count = (value: number) => ({ data: { unreadNotificationCount: value } });
const list = [
  notificationFixture('n-1', { title: '2025-Q3 报告被双高办退回', link: '/reports/r-1' }),
  notificationFixture('n-2', { title: '2025-Q2 报告已被受理', readAt: '2025-10-01T02:00:00.000Z', link: null }),
];

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  vi.useRealTimers();
});

async function mountBell(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>) {
  const mounted = await mountFeature(NotificationBell, {
    session: { rules: [] },
    handlers: { Notifications: { data: { notifications: connection(list) } }, ...handlers },
  });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

const badge = () => byTestId('notification-badge')?.querySelector<HTMLElement>('.el-badge__content');

describe('notification bell', () => {
  it('shows the unread count, and nothing when all is read', async () => {
    await mountBell({ UnreadNotificationCount: count(3) });

    expect(byTestId('notification-unread-count')?.textContent).toBe('3');
    expect(badge()?.textContent?.trim()).toBe('3');
    expect(byTestId('notification-bell')?.getAttribute('aria-label')).toBe('通知（3 条未读）');
    document.body.innerHTML = '';
    unmount?.();

    await mountBell({ UnreadNotificationCount: count(0) });
    expect(byTestId('notification-unread-count')).toBeNull();
    expect(badge()).toBeNull();
    expect(byTestId('notification-bell')?.getAttribute('aria-label')).toBe('通知');
  });

  it('asks again every minute and on every route change', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { gateway, router } = await mountBell({ UnreadNotificationCount: [count(1), count(2), count(4)] });
    expect(gateway.callsOf('UnreadNotificationCount')).toHaveLength(1);

    vi.advanceTimersByTime(NOTIFICATION_POLL_MS);
    await vi.waitFor(() => expect(byTestId('notification-unread-count')?.textContent).toBe('2'));
    expect(gateway.callsOf('UnreadNotificationCount')).toHaveLength(2);

    await router.push('/reports');
    await vi.waitFor(() => expect(byTestId('notification-unread-count')?.textContent).toBe('4'));
    expect(gateway.callsOf('UnreadNotificationCount')).toHaveLength(3);
  });

  it('lists the notifications; opening an unread one marks it read and goes to its link', async () => {
    const { gateway, router } = await mountBell({
      UnreadNotificationCount: [count(1), count(1), count(0)],
      MarkNotificationsRead: { data: { markNotificationsRead: 1 } },
    });

    byTestId('notification-bell')!.click();
    await vi.waitFor(() => expect(texts('notification-title')).toEqual(['2025-Q3 报告被双高办退回', '2025-Q2 报告已被受理']));
    expect(byTestId('notification-n-1')?.dataset['unread']).toBe('true');
    expect(byTestId('notification-n-1')?.querySelector('[data-testid="notification-unread-dot"]')).not.toBeNull();
    expect(byTestId('notification-n-2')?.querySelector('[data-testid="notification-unread-dot"]')).toBeNull();
    expect(byTestId('notification-n-1')?.textContent).toContain('退回意见：请补充佐证');

    byTestId('notification-n-1')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('MarkNotificationsRead')).toHaveLength(1));
    expect(gateway.callsOf('MarkNotificationsRead')[0]!.variables).toEqual({ ids: ['n-1'] });
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/reports/r-1'));
    await vi.waitFor(() => expect(byTestId('notification-unread-count')).toBeNull());
  });

  it('opens a read notification without marking it again', async () => {
    const { gateway } = await mountBell({ UnreadNotificationCount: count(1), MarkNotificationsRead: { data: { markNotificationsRead: 0 } } });

    byTestId('notification-bell')!.click();
    await vi.waitFor(() => expect(byTestId('notification-n-2')).not.toBeNull());
    byTestId('notification-n-2')!.click();
    await flushPromises();
    expect(gateway.callsOf('MarkNotificationsRead')).toHaveLength(0);
  });

  it('marks all read', async () => {
    const { gateway } = await mountBell({
      UnreadNotificationCount: count(5),
      Notifications: [{ data: { notifications: connection(list) } }, { data: { notifications: connection(list.map((item) => ({ ...item, readAt: item.readAt ?? '2025-10-09T03:00:00.000Z' }))) } }],
      MarkNotificationsRead: { data: { markNotificationsRead: 5 } },
    });

    byTestId('notification-bell')!.click();
    await vi.waitFor(() => expect(byTestId('notification-n-1')).not.toBeNull());
    byTestId('notifications-mark-all-read')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('MarkNotificationsRead')).toHaveLength(1));
    expect(gateway.callsOf('MarkNotificationsRead')[0]!.variables).toEqual({ ids: [] });
    await vi.waitFor(() => expect(byTestId('notification-n-1')?.dataset['unread']).toBe('false'));
    expect(byTestId('notification-unread-count')).toBeNull();
  });

  it('shows an empty list', async () => {
    await mountBell({ UnreadNotificationCount: count(0), Notifications: { data: { notifications: connection([]) } } });

    byTestId('notification-bell')!.click();
    await vi.waitFor(() => expect(byTestId('notifications-empty')?.textContent).toBe('暂无通知'));
  });
});
