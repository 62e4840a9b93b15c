import { onScopeDispose, ref } from 'vue';
import { UnreadNotificationCountDocument, useGraphQL } from '@dsg/admin-data-access';

/** How often the header asks for the unread count (the bell also asks on every route change). */
export const NOTIFICATION_POLL_MS = 60_000;

/**
 * The signed-in user's unread notification count, asked now, every minute and on demand. A
 * failed poll keeps the last count (the bell is no place for errors); answers of an older run are
 * dropped. Stops when the owning component unmounts.
 */
export function useUnreadCount(intervalMs = NOTIFICATION_POLL_MS) {
  const { request } = useGraphQL();
  const count = ref(0);
  let sequence = 0;

  async function refresh(): Promise<void> {
    const run = ++sequence;
    try {
      const data = await request(UnreadNotificationCountDocument);
      if (run === sequence) count.value = data.unreadNotificationCount;
    } catch {
      // Keep the last count; the next poll tries again.
    }
  }

  const timer = setInterval(() => void refresh(), intervalMs);
  onScopeDispose(() => clearInterval(timer));
  void refresh();

  return { count, refresh };
}
