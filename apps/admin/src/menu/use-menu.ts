import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { useAccess } from '@dsg/admin-data-access';
import type { DsgMenuItem } from '@dsg/admin-ui';
import { ROOT_ROUTE_NAME } from '../router/routes';
import { buildMenu } from './build-menu';

/** Menu of the main layout, recomputed when the ability (membership switch) or the language changes. */
export function useMenu() {
  const router = useRouter();
  const route = useRoute();
  const { t } = useI18n();
  const { allows } = useAccess();

  const items = computed(() => {
    const root = router.options.routes.find((record) => record.name === ROOT_ROUTE_NAME);
    return buildMenu(root?.children ?? [], { allows, translate: (key) => t(key) });
  });

  /** The entry to highlight: the deepest matched route that is itself in the menu. */
  const active = computed(() => {
    const inMenu = [...route.matched].reverse().find((record) => record.meta.title && !record.meta.hideInMenu);
    return inMenu?.path ?? route.path;
  });

  function open(item: DsgMenuItem): void {
    if (item.href) {
      window.open(item.href, '_blank', 'noopener');
      return;
    }
    void router.push(item.key);
  }

  return { items, active, open };
}
